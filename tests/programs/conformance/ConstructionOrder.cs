// Self-checking: instance construction order — field initializers before the base constructor call, base
// constructors before derived bodies, this(...) chaining, readonly fields, virtual calls during construction,
// struct constructors, static and instance initializer interplay, and object initializers after constructors.
using System;
using System.Text;

static class Log
{
    public static StringBuilder B = new StringBuilder();
    public static int Note(string s) { B.Append(s).Append(' '); return s.Length; }
    public static string Take() { string s = B.ToString().Trim(); B.Length = 0; return s; }
}

class A
{
    int a1 = Log.Note("A.field");
    public A() { Log.Note("A.ctor"); Hook(); }
    public A(int x) : this() { Log.Note("A.ctor(int)"); }
    protected virtual void Hook() { Log.Note("A.hook"); }
}

class B : A
{
    int b1 = Log.Note("B.field1");
    readonly int b2;
    int b3 = Log.Note("B.field3");
    public B() : base(1) { b2 = Log.Note("B.ctor"); }
    public B(string s) : this() { Log.Note("B.ctor(" + s + ")"); }
    protected override void Hook() { Log.Note("B.hook(b2=" + b2 + ")"); }
    public int B2 { get { return b2; } }
}

class C : B
{
    static int s1 = Log.Note("C.static");
    int c1 = Log.Note("C.field");
    static C() { Log.Note("C.cctor"); }
    public C() : base("x") { Log.Note("C.ctor"); }
    public string Prop { get; set; }
}

struct S
{
    public int X, Y;
    public S(int x) : this() { X = x; Log.Note("S.ctor"); }
    public S(int x, int y) : this(x) { Y = y; Log.Note("S.ctor2"); }
}

class WithInit
{
    public int V = Log.Note("W.field");
    public WithInit() { Log.Note("W.ctor"); }
    public int Set { set { Log.Note("W.set" + value); } }
}

class ConstructionOrder
{
    static int failures;

    static void Check(string what, string got, string expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static int Main()
    {
        new A();
        Check("A", Log.Take(), "A.field A.ctor A.hook");
        new A(5);
        Check("A(int) chains to A()", Log.Take(), "A.field A.ctor A.hook A.ctor(int)");
        var b = new B();
        Check("B", Log.Take(), "B.field1 B.field3 A.field A.ctor B.hook(b2=0) A.ctor(int) B.ctor");
        Check("readonly assigned in ctor", b.B2.ToString(), "6");
        new B("q");
        Check("B(string) chains", Log.Take(), "B.field1 B.field3 A.field A.ctor B.hook(b2=0) A.ctor(int) B.ctor B.ctor(q)");
        var c = new C { Prop = "p" };
        Check("C with statics", Log.Take(), "C.static C.cctor C.field B.field1 B.field3 A.field A.ctor B.hook(b2=0) A.ctor(int) B.ctor B.ctor(x) C.ctor");
        Check("object initializer after ctor", c.Prop, "p");
        new C();
        Check("C again without statics", Log.Take(), "C.field B.field1 B.field3 A.field A.ctor B.hook(b2=0) A.ctor(int) B.ctor B.ctor(x) C.ctor");

        var s = new S(1, 2);
        Check("struct chaining", Log.Take() + " " + s.X + s.Y, "S.ctor S.ctor2 12");
        var d = default(S);
        var e = new S();
        Check("struct default ctor runs nothing", Log.Take() + (d.X + e.Y), "0");

        var w = new WithInit { Set = 3, V = 9 };
        Check("initializer members in order", Log.Take() + " " + w.V, "W.field W.ctor W.set3 9");

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }
}
