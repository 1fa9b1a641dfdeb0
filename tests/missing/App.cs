using System;
using System.Runtime.InteropServices;

class App
{
    delegate int Op(int a, int b);

    [DllImport("libc", EntryPoint = "getpid")]
    static extern int GetPid();

    // an array of strings: a signature Kiln cannot marshal yet, so the method throws and its callers are warned
    [DllImport("libc", EntryPoint = "strlen")]
    static extern int LengthOf(string[] parts);

    static void UsesOld(Widget w) { Console.WriteLine("not printed: the method cannot be compiled"); Console.WriteLine(w.Old()); }
    static void UsesGoneField(Widget w) { Console.WriteLine(w.Gone); }
    static void UsesVanishing() { Console.WriteLine(new Vanishing()); }
    static void UsesPair() { Pair p = new Pair(); p.A = 1; Console.WriteLine(p.A); }
    static void NeverCalled() { Console.WriteLine(new Widget().Old() + new Vanishing()); }

    static void Run(string name, Action a)
    {
        try { a(); Console.WriteLine(name + ": ok"); }
        catch (Exception e) { Console.WriteLine(name + ": " + e.GetType().FullName + ": " + e.Message); }
    }

    static void Main(string[] args)
    {
        var w = new Widget();
        Console.WriteLine(w.Name() + " " + w.Size + " " + Widget.Count);
        Run("method", () => UsesOld(w));
        Run("field", () => UsesGoneField(w));
        Run("type", UsesVanishing);
        Run("struct", UsesPair);
        Op add = (a, b) => a + b;
        Console.WriteLine("delegate: " + add(2, 3));
        Run("BeginInvoke", () => add.BeginInvoke(1, 2, null, null));
        Run("P/Invoke", () => Console.WriteLine(GetPid() > 0));
        Run("P/Invoke string[]", () => LengthOf(new[] { "a" }));
    }
}
