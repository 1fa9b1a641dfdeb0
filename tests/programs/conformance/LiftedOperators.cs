// Self-checking: user-defined operators on structs are lifted to nullable operands (null in, null out;
// comparisons with null are false), lifted user-defined conversions, and ?? with user-defined types.
using System;

struct Meters
{
    public readonly double Value;
    public Meters(double v) { Value = v; }
    public static Meters operator +(Meters a, Meters b) { return new Meters(a.Value + b.Value); }
    public static Meters operator -(Meters a) { return new Meters(-a.Value); }
    public static Meters operator *(Meters a, double k) { return new Meters(a.Value * k); }
    public static bool operator ==(Meters a, Meters b) { return a.Value == b.Value; }
    public static bool operator !=(Meters a, Meters b) { return a.Value != b.Value; }
    public static bool operator <(Meters a, Meters b) { return a.Value < b.Value; }
    public static bool operator >(Meters a, Meters b) { return a.Value > b.Value; }
    public static implicit operator Meters(int m) { return new Meters(m); }
    public static explicit operator int(Meters m) { return (int)m.Value; }
    public override bool Equals(object o) { return o is Meters && ((Meters)o).Value == Value; }
    public override int GetHashCode() { return Value.GetHashCode(); }
    public override string ToString() { return Value + "m"; }
}

class LiftedOperators
{
    static int failures;
    static int calls;

    static void Check(string what, string got, string expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static string S(Meters? m) { return m.HasValue ? m.Value.ToString() : "null"; }
    static Meters? Count(Meters? m) { calls++; return m; }

    static int Main()
    {
        Meters? a = new Meters(3), b = new Meters(4.5), none = null;
        Check("lifted +", S(a + b), "7.5m");
        Check("lifted + null", S(a + none), "null");
        Check("lifted unary", S(-a) + S(-none), "-3mnull");
        Check("lifted with non-nullable", S(a * 2.0), "6m");
        Check("lifted == values", (a == new Meters(3)).ToString(), "True");
        Check("lifted == null", (none == null).ToString() + (a == null), "TrueFalse");
        Check("lifted != mixed", (a != none).ToString(), "True");
        Meters? none2 = null;
        Check("null == null via operator", (none == none2).ToString(), "True");
        Check("lifted < with null is false", ((a < none) || (none < a) || (a > none)).ToString(), "False");
        Check("lifted < values", (a < b).ToString() + (b > a), "TrueTrue");

        // operands evaluated once even when null
        calls = 0;
        Meters? r = Count(a) + Count(none);
        Check("each operand evaluated once", calls + S(r), "2null");

        // lifted implicit conversion int? -> Meters?
        int? n = 5, nn = null;
        Meters? converted = n;
        Meters? convertedNull = nn;
        Check("lifted implicit conversion", S(converted) + S(convertedNull), "5mnull");
        int? back = (int?)b;
        Check("lifted explicit conversion", back.ToString(), "4");
        int? backNull = (int?)none;
        Check("lifted explicit conversion null", backNull.HasValue.ToString(), "False");
        Meters fromInt = 7;
        Check("plain implicit", fromInt.ToString(), "7m");

        // coalescing
        Check("?? with struct", (none ?? new Meters(1)).ToString(), "1m");
        Check("?? with value", (a ?? new Meters(1)).ToString(), "3m");
        Meters total = (none ?? 0) + (a ?? 0) + (b ?? 0);
        Check("?? sum", total.ToString(), "7.5m");

        // compound assignment on nullables
        Meters? acc = new Meters(0);
        for (int i = 1; i <= 4; i++) acc += new Meters(i);
        Check("compound lifted", S(acc), "10m");
        acc += none;
        Check("compound with null", S(acc), "null");

        // equality through object and arrays of nullable structs
        Meters?[] arr = { new Meters(1), null, new Meters(2) };
        double sum = 0;
        int nulls = 0;
        foreach (Meters? m in arr) { if (m == null) nulls++; else sum += m.Value.Value; }
        Check("nullable array", sum + "/" + nulls, "3/1");
        object boxed = a;
        Check("boxed lifted struct", (boxed is Meters).ToString() + ((Meters)boxed == new Meters(3)), "TrueTrue");

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }
}
