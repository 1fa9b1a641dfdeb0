using System;
using System.Reflection;

// Delegate.CreateDelegate and MethodInfo.CreateDelegate of static methods that no code makes a delegate of (nor
// calls): the analysis keeps what GetMethod names, and the compiler gives every static method reflection can reach
// the entry a delegate calls through. Delegate.Method finds the method again, and an equal delegate compares equal.
static class Formulas
{
    static int Square(int x) { return x * x; }
    public static double Half(double x) { return x / 2; }
    public static string Greet(string name, int times) { return string.Concat(name, "!", times.ToString()); }
    public static void Note(string text) { Console.WriteLine("note: " + text); }
    public static long Widen(int value) { return value * 10000000000L; }
}

struct Point
{
    public int X, Y;
    public static Point Make(int x, int y) { Point p; p.X = x; p.Y = y; return p; }
}

class Program
{
    static void Main()
    {
        Type t = typeof(Formulas);
        var square = (Func<int, int>)Delegate.CreateDelegate(typeof(Func<int, int>), t.GetMethod("Square", BindingFlags.NonPublic | BindingFlags.Static));
        Console.WriteLine(square(7) + " " + square.Method.Name + " " + (square.Target == null));
        var half = (Func<double, double>)t.GetMethod("Half").CreateDelegate(typeof(Func<double, double>));
        Console.WriteLine(half(5));
        var greet = (Func<string, int, string>)Delegate.CreateDelegate(typeof(Func<string, int, string>), t.GetMethod("Greet"));
        Console.WriteLine(greet("hello", 3));
        var note = (Action<string>)Delegate.CreateDelegate(typeof(Action<string>), t.GetMethod("Note"));
        note("static void");
        note += note;
        note("twice");
        var widen = (Func<int, long>)Delegate.CreateDelegate(typeof(Func<int, long>), t.GetMethod("Widen"));
        Console.WriteLine(widen(3) + " " + widen.Method.ReturnType.Name);
        var make = (Func<int, int, Point>)Delegate.CreateDelegate(typeof(Func<int, int, Point>), typeof(Point).GetMethod("Make"));
        Point p = make(4, 5);
        Console.WriteLine(p.X + "," + p.Y + " " + make.Method.DeclaringType.Name);
        var again = (Func<double, double>)Delegate.CreateDelegate(typeof(Func<double, double>), t.GetMethod("Half"));
        Console.WriteLine(again.Equals(half) + " " + (again.Method == half.Method));
        Console.WriteLine(Delegate.CreateDelegate(typeof(Func<int, int>), t.GetMethod("Half"), false) == null);
    }
}
