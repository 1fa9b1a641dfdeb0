// C#'s __arglist: vararg static and instance methods called with no, one and many extra arguments of every kind,
// walked with ArgIterator (GetRemainingCount, GetNextArgType, GetNextArg) and read through TypedReference. (.NET on
// Linux has no varargs; Mono, the oracle, has them, as Kiln does.)
using System;
class Counter
{
    int total;
    public void Add(string label, __arglist)
    {
        ArgIterator it = new ArgIterator(__arglist);
        int n = it.GetRemainingCount();
        while (it.GetRemainingCount() > 0)
        {
            TypedReference r = it.GetNextArg();
            if (__reftype(r) == typeof(int)) total += __refvalue(r, int);
        }
        Console.WriteLine(label + ": " + n + " args, total " + total);
    }
}
struct Point { public int X, Y; public override string ToString() { return "(" + X + "," + Y + ")"; } }
class Varargs
{
    static string Describe(__arglist)
    {
        var it = new ArgIterator(__arglist);
        var parts = new System.Collections.Generic.List<string>();
        while (it.GetRemainingCount() > 0)
        {
            Type t = Type.GetTypeFromHandle(it.GetNextArgType());
            TypedReference r = it.GetNextArg();
            parts.Add(t.Name + "=" + TypedReference.ToObject(r));
        }
        return string.Join(" ", parts);
    }
    static int Sum(int first, __arglist)
    {
        var it = new ArgIterator(__arglist);
        int s = first;
        while (it.GetRemainingCount() > 0) s += __refvalue(it.GetNextArg(), int);
        return s;
    }
    static int Main()
    {
        Console.WriteLine(Describe(__arglist(1, "two", 3.5, 'c', true, 7L, new Point { X = 1, Y = 2 }, (string)null == null)));
        Console.WriteLine(Describe(__arglist()));
        Console.WriteLine(Sum(1, __arglist()) + " " + Sum(1, __arglist(2)) + " " + Sum(1, __arglist(2, 3, 4)));
        var c = new Counter();
        c.Add("first", __arglist(5, "x", 6));
        c.Add("second", __arglist());
        for (int i = 0; i < 3; i++) c.Add("loop" + i, __arglist(i, i * 10));
        return 0;
    }
}
