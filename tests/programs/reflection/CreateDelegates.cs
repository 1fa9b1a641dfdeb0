// expect-stdout-file: CreateDelegates.out
// Mono's binding failure by name says "Couldn't bind to method 'Add'."; .NET's message is the .out file's.
using System;
using System.Reflection;

// Delegate.CreateDelegate and MethodInfo.CreateDelegate over reflected methods: closed instance methods (virtual ones
// bound to the target's override), static methods, by name, Delegate.Target and Method, and binding failures.
class Counter
{
    public int Value;
    public int Add(int x) { Value += x; return Value; }
    public virtual string Describe(string prefix) { return prefix + " counter " + Value; }
    public static int Twice(int x) { return 2 * x; }
    public static string Shout(string s) { return s.ToUpper() + "!"; }
}

class LoudCounter : Counter
{
    public override string Describe(string prefix) { return prefix + " LOUD " + Value; }
}

class Program
{
    static void Main()
    {
        // the program makes delegates of the static methods itself too (Kiln compiles their delegate entry points
        // ahead of time only for methods some code makes a delegate of)
        Func<int, int> direct = Counter.Twice;
        Func<string, string> shoutDirect = Counter.Shout;
        Console.WriteLine(direct(1) + " " + shoutDirect("a"));

        var counter = new Counter();
        counter.Add(0); // CreateDelegate by name is not followed by the analysis: Add is compiled because it is called
        var add = (Func<int, int>)Delegate.CreateDelegate(typeof(Func<int, int>), counter, "Add");
        Console.WriteLine(add(5) + " " + add(2) + " " + counter.Value + " " + (add.Target == counter) + " " + add.Method.Name);

        MethodInfo describe = typeof(Counter).GetMethod("Describe");
        var loud = new LoudCounter { Value = 3 };
        var d1 = (Func<string, string>)Delegate.CreateDelegate(typeof(Func<string, string>), loud, describe);
        Console.WriteLine(d1("virtual:") + " " + d1.Method.DeclaringType.Name);
        var d2 = (Func<string, string>)describe.CreateDelegate(typeof(Func<string, string>), counter);
        Console.WriteLine(d2("method:"));

        var twice = (Func<int, int>)Delegate.CreateDelegate(typeof(Func<int, int>), typeof(Counter).GetMethod("Twice"));
        Console.WriteLine(twice(21) + " " + (twice.Target == null) + " " + twice.Method.Name);
        var shout = (Func<string, string>)typeof(Counter).GetMethod("Shout").CreateDelegate(typeof(Func<string, string>));
        Console.WriteLine(shout("hey"));

        try { Delegate.CreateDelegate(typeof(Func<string, string>), counter, "Add"); }
        catch (ArgumentException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        Console.WriteLine(Delegate.CreateDelegate(typeof(Func<int, int>), counter, "Missing", false, false) == null);
        try { Delegate.CreateDelegate(typeof(Func<int, int>), typeof(Counter).GetMethod("Shout")); }
        catch (ArgumentException e) { Console.WriteLine(e.GetType().Name); }
    }
}
