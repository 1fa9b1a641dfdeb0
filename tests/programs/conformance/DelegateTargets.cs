// Self-checking: what a delegate captures — a struct instance method binds a boxed copy, a class instance method
// binds the object, static methods have no target, extension methods bind their first argument; Invoke vs call,
// delegates as parameters and return values, and Delegate.Combine/Remove with mixed targets.
using System;

struct Counter
{
    public int N;
    public int Next() { return ++N; }
    public override string ToString() { return "Counter(" + N + ")"; }
}

class Box { public int N; public int Next() { return ++N; } }

static class Ext
{
    public static int Twice(this Box b) { return b.N * 2; }
    public static string Shout(this string s) { return s.ToUpper() + "!"; }
}

class DelegateTargets
{
    static int failures;
    static int staticCalls;

    static void Check(string what, string got, string expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static int StaticNext() { return ++staticCalls; }
    static Func<int> Pick(bool useStatic, Box b) { if (useStatic) return StaticNext; return b.Next; }
    static int Apply(Func<int, int> f, int x) { return f(f(x)); }
    static Func<int, int> Compose(Func<int, int> f, Func<int, int> g) { return x => g(f(x)); }

    static int Main()
    {
        var c = new Counter();
        Func<int> bound = c.Next;
        bound(); bound();
        Check("struct method binds a boxed copy", bound() + "," + c.N, "3,0");
        c.N = 100;
        Check("later changes to the struct are not seen", bound().ToString(), "4");
        Check("struct ToString delegate", ((Func<string>)c.ToString)(), "Counter(100)");
        Check("target is the box", (bound.Target is Counter).ToString() + ((Counter)bound.Target).N, "True4");

        var box = new Box();
        Func<int> bb = box.Next;
        bb(); bb();
        Check("class method binds the object", box.N.ToString(), "2");
        Check("target identity", ReferenceEquals(bb.Target, box).ToString(), "True");

        Func<int> st = StaticNext;
        st(); st.Invoke();
        Check("static delegate", staticCalls + "," + (st.Target == null), "2,True");

        Func<int> ext = box.Twice;
        box.N = 21;
        Check("extension method bound to argument", ext().ToString(), "42");
        Check("extension target", ReferenceEquals(ext.Target, box).ToString(), "True");
        Func<string> shout = "hi".Shout;
        Check("extension on string", shout(), "HI!");

        Check("returned delegates", Pick(true, box)() + "," + Pick(false, box)(), "3,22");
        Check("delegate parameter", Apply(x => x * 3, 2).ToString(), "18");
        Check("composition", Compose(x => x + 1, x => x * 10)(4).ToString(), "50");
        Func<int, int> inc = x => x + 1;
        Func<int, int> chain = inc;
        for (int i = 0; i < 9; i++) chain = Compose(chain, inc);
        Check("composed ten times", chain(0).ToString(), "10");

        // combining delegates with different targets
        var b1 = new Box(); var b2 = new Box();
        Action both = (Action)(() => b1.N++) + (() => b2.N += 10);
        both(); both();
        Check("multicast over two targets", b1.N + "," + b2.N, "2,20");
        Func<int> n1 = b1.Next, n2 = b2.Next;
        Func<int> multi = (Func<int>)Delegate.Combine(n1, n2);
        Check("Combine returns last result", multi().ToString(), "21");
        Func<int> removed = (Func<int>)Delegate.Remove(multi, n2);
        Check("Remove by target", removed() + "," + b2.N, "4,21");
        Func<int> n1again = b1.Next;
        Check("equal delegates same target/method", (n1 == n1again).ToString() + (n1 == (Func<int>)b2.Next), "TrueFalse");

        // delegate invoked through a variable captured in a loop
        var fs = new Func<int>[3];
        for (int i = 0; i < 3; i++) { var local = new Box { N = i * 10 }; fs[i] = local.Next; }
        Check("per-iteration targets", fs[0]() + "," + fs[1]() + "," + fs[2]() + "," + fs[2](), "1,11,21,22");

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }
}
