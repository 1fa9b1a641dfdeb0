// Self-checking: Nullable<T> — lifted arithmetic and comparison operators, ??, HasValue/Value/GetValueOrDefault,
// boxing rules, equality with null, nullable structs and enums, lifted bool logic.
using System;

struct Point { public int X, Y; public Point(int x, int y) { X = x; Y = y; } }
enum Level { Low, High }

class NullableSemantics
{
    static int failures;

    static void Check(string what, string got, string expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static string S(int? v) { return v.HasValue ? v.Value.ToString() : "null"; }
    static string B(bool? v) { return v.HasValue ? v.Value.ToString() : "null"; }
    static int? Parse(string s) { int v; return int.TryParse(s, out v) ? v : (int?)null; }

    static int Main()
    {
        int? a = 5, b = null, c = 3;
        Check("add", S(a + c), "8");
        Check("add null", S(a + b), "null");
        Check("mul null", S(b * 2), "null");
        Check("neg", S(-a), "-5");
        Check("neg null", S(-b), "null");
        Check("shift", S(a << 2), "20");
        Check("compare <", (a > c).ToString(), "True");
        Check("compare with null is false", ((a < b) || (a > b) || (a <= b) || (a >= b)).ToString(), "False");
        Check("null == null", (b == null).ToString(), "True");
        int? b2 = null;
        Check("two nulls equal", (b == b2).ToString(), "True");
        Check("value != null", (a != null).ToString(), "True");
        Check("== value", (a == 5).ToString(), "True");
        Check("null != 5", (b != 5).ToString(), "True");

        Check("??", (b ?? 42).ToString(), "42");
        Check("?? with value", (a ?? 42).ToString(), "5");
        Check("?? chain", S(b ?? b2 ?? c), "3");
        Check("GetValueOrDefault", b.GetValueOrDefault() + "," + b.GetValueOrDefault(9) + "," + a.GetValueOrDefault(9), "0,9,5");
        bool threw = false;
        try { int v = b.Value; Check("unreached " + v, "", "x"); } catch (InvalidOperationException) { threw = true; }
        Check("Value of null throws", threw.ToString(), "True");
        threw = false;
        try { int v = (int)b; Check("unreached " + v, "", "x"); } catch (InvalidOperationException) { threw = true; }
        Check("explicit cast of null throws", threw.ToString(), "True");

        // compound assignment and increment
        int? n = 1;
        n += 2;
        n++;
        Check("compound", S(n), "4");
        int? nn = null;
        nn++;
        nn += 5;
        Check("compound on null stays null", S(nn), "null");

        // lifted bool: & and | with three-valued logic
        bool? t = true, f = false, u = null;
        Check("true & null", B(t & u), "null");
        Check("false & null", B(f & u), "False");
        Check("true | null", B(t | u), "True");
        Check("false | null", B(f | u), "null");
        Check("null ^ true", B(u ^ t), "null");
        Check("!null", B(!u), "null");
        Check("if on bool? == true", (u == true ? "yes" : "no") + (t == true ? "yes" : "no"), "noyes");

        // boxing
        object boxedA = a, boxedB = b;
        Check("box value", (boxedA is int).ToString() + boxedA.GetType().Name, "TrueInt32");
        Check("box null", (boxedB == null).ToString(), "True");
        int? unboxed = (int?)boxedA;
        Check("unbox", S(unboxed), "5");
        object str = "str";
        Check("as int?", S(boxedA as int?) + S(str as int?), "5null");
        Check("is int?", (boxedA is int?).ToString(), "True");
        Check("Equals boxed", a.Equals(5).ToString() + b.Equals(null), "TrueTrue");
        Check("ToString of null", b.ToString() == "" ? "empty" : "not", "empty");
        Check("HashCode of null", b.GetHashCode().ToString(), "0");

        // nullable structs and enums
        Point? p = new Point(1, 2);
        Point? q = null;
        Check("struct nullable", (p.Value.X + p.Value.Y).ToString() + q.HasValue, "3False");
        Check("struct default", (q ?? new Point(9, 9)).X.ToString(), "9");
        Level? lvl = Level.High;
        Check("enum nullable", lvl.ToString() + (lvl == Level.High), "HighTrue");

        // nullable from methods and in arrays
        Check("parse ok", S(Parse("12")), "12");
        Check("parse fail", S(Parse("x")), "null");
        int?[] arr = new int?[3];
        arr[1] = 7;
        int sum = 0, nulls = 0;
        foreach (int? v in arr) { if (v.HasValue) sum += v.Value; else nulls++; }
        Check("nullable array", sum + "/" + nulls, "7/2");

        // conversions
        long? wide = a;
        Check("widening", wide.ToString(), "5");
        double? dd = a / 2.0;
        Check("mixed with double", dd.ToString(), "2.5");
        int? fromLong = (int?)wide;
        Check("narrowing", S(fromLong), "5");

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }
}
