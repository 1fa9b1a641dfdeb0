// Self-checking: static constructors run once, at first access of a static member or first instance, in that
// order; static field initializers run in textual order before the static constructor body.
using System;
using System.Text;

static class Trace
{
    public static StringBuilder Log = new StringBuilder();
    public static int Note(string s, int v) { Log.Append(s).Append(';'); return v; }
}

class First
{
    public static int A = Trace.Note("First.A", 1);
    public static int B = Trace.Note("First.B", A + 1);
    static First() { Trace.Note("First.cctor", 0); B *= 10; }
    public static int Get() { return B; }
}

class Second
{
    static Second() { Trace.Note("Second.cctor", 0); }
    public Second() { Trace.Note("Second.ctor", 0); }
    public static int Value = Trace.Note("Second.Value", 5);
}

class Dependent
{
    public static int X = Trace.Note("Dependent.X", Other.Y + 1);
    static Dependent() { Trace.Note("Dependent.cctor", 0); }
}

class Other
{
    public static int Y = Trace.Note("Other.Y", 41);
    static Other() { Trace.Note("Other.cctor", 0); }
}

class BaseInit
{
    static BaseInit() { Trace.Note("BaseInit.cctor", 0); }
    public static int BaseValue = 1;
}

class DerivedInit : BaseInit
{
    static DerivedInit() { Trace.Note("DerivedInit.cctor", 0); }
    public static int DerivedValue = 2;
    public DerivedInit() { Trace.Note("DerivedInit.ctor", 0); }
}

class Thrower
{
    public static int Value;
    static Thrower() { Trace.Note("Thrower.cctor", 0); throw new InvalidOperationException("boom"); }
}

class ConstHolder
{
    public const int Constant = 99;
    static ConstHolder() { Trace.Note("ConstHolder.cctor", 0); }
}

class StaticInitOrder
{
    static int failures;

    static void Check(string what, string got, string expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static string Take() { string s = Trace.Log.ToString(); Trace.Log.Length = 0; return s; }

    static int Main()
    {
        Check("nothing yet", Take(), "");
        Check("First.Get", First.Get().ToString(), "20");
        Check("First order", Take(), "First.A;First.B;First.cctor;");
        Check("First again", First.Get().ToString(), "20");
        Check("no rerun", Take(), "");

        var s = new Second();
        Check("Second via new", Take(), "Second.Value;Second.cctor;Second.ctor;");
        Check("Second.Value", Second.Value.ToString(), "5");
        Check("no rerun Second", Take(), "");

        Check("Dependent.X", Dependent.X.ToString(), "42");
        Check("nested init order", Take(), "Other.Y;Other.cctor;Dependent.X;Dependent.cctor;");

        // accessing a derived static does not run the base cctor; constructing does (base ctor runs)
        Check("DerivedValue", DerivedInit.DerivedValue.ToString(), "2");
        Check("derived only", Take(), "DerivedInit.cctor;");
        new DerivedInit();
        Check("instance runs base cctor", Take(), "BaseInit.cctor;DerivedInit.ctor;");

        // constants are compiled in and do not trigger the cctor
        Check("const", ConstHolder.Constant.ToString(), "99");
        Check("const no cctor", Take(), "");

        // a throwing cctor surfaces as TypeInitializationException, every time
        string first = "", second = "";
        try { Thrower.Value = 1; } catch (TypeInitializationException e) { first = e.InnerException.GetType().Name; }
        try { Thrower.Value = 2; } catch (TypeInitializationException e) { second = e.InnerException.GetType().Name; }
        Check("type init 1", first, "InvalidOperationException");
        Check("type init 2", second, "InvalidOperationException");
        Check("cctor ran once", Take(), "Thrower.cctor;");

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }
}
