// Self-checking: params arrays, optional and named arguments, ref/out/in-style passing, overloads with params.
using System;

class ArgumentPassing
{
    static int failures;

    static void Check(string what, string got, string expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static string Count(params int[] xs) { return xs == null ? "null" : xs.Length.ToString(); }
    static string Objects(params object[] xs) { return xs == null ? "null" : xs.Length + ":" + (xs.Length > 0 && xs[0] != null ? xs[0].GetType().Name : "-"); }
    static string Fmt(string prefix, params string[] parts) { return prefix + string.Join("+", parts); }
    static string Over(int a) { return "single"; }
    static string Over(params int[] a) { return "params"; }
    static string Over(int a, int b) { return "two"; }
    static string Opt(int a, int b = 10, string c = "c", double d = 1.5) { return a + "|" + b + "|" + c + "|" + d; }
    static string OptNull(string s = null, object o = null) { return (s ?? "null") + (o ?? "null"); }
    static string OptConst(int x = int.MaxValue, char c = 'z', long l = -1L) { return x + "" + c + l; }
    static int SideEffects;
    static int Next() { return ++SideEffects; }
    static string Pair(int first, int second) { return first + "," + second; }
    static void Out3(out int a, out string b, out double c) { a = 1; b = "two"; c = 3.0; }
    static void RefMany(ref int a, ref int b, ref int c) { int t = a; a = b; b = c; c = t; }
    static int Sum(int start, params int[] rest) { int s = start; foreach (int r in rest) s += r; return s; }
    static string ParamsModify(params int[] xs) { if (xs.Length > 0) xs[0] = 99; return xs.Length.ToString(); }

    static int Main()
    {
        Check("params none", Count(), "0");
        Check("params many", Count(1, 2, 3), "3");
        Check("params array passed directly", Count(new[] { 4, 5 }), "2");
        Check("params null", Count(null), "null");
        Check("params object single null", Objects(null), "null");
        Check("params object cast null", Objects((object)null), "1:-");
        Check("params object array of strings", Objects(new string[] { "a", "b" }), "2:String");
        Check("params object boxes", Objects(1, "x"), "2:Int32");
        Check("params with prefix", Fmt("p:", "a", "b"), "p:a+b");
        Check("params with prefix none", Fmt("p:"), "p:");
        Check("overload exact single", Over(1), "single");
        Check("overload exact two", Over(1, 2), "two");
        Check("overload params three", Over(1, 2, 3), "params");
        Check("overload params none", Over(), "params");
        Check("params after fixed", Sum(1, 2, 3, 4).ToString(), "10");

        int[] mine = { 1, 2 };
        ParamsModify(mine);
        Check("params array is the caller's", mine[0].ToString(), "99");

        Check("all defaults", Opt(1), "1|10|c|1.5");
        Check("some positional", Opt(1, 2), "1|2|c|1.5");
        Check("named skip", Opt(1, c: "x"), "1|10|x|1.5");
        Check("named out of order", Opt(d: 2.5, a: 7), "7|10|c|2.5");
        Check("named all", Opt(c: "q", b: 3, a: 2, d: 0), "2|3|q|0");
        Check("null defaults", OptNull(), "nullnull");
        Check("null default partially", OptNull(o: 5), "null5");
        Check("const defaults", OptConst(), "2147483647z-1");
        Check("const defaults named", OptConst(l: 5), "2147483647z5");

        SideEffects = 0;
        Check("named args evaluate in written order", Pair(second: Next(), first: Next()), "2,1");

        int a, c0;
        string b;
        double c;
        Out3(out a, out b, out c);
        Check("out", a + b + c, "1two3");
        Out3(out c0, out b, out c);
        Check("out reuse", c0.ToString(), "1");

        int x = 1, y = 2, z = 3;
        RefMany(ref x, ref y, ref z);
        Check("ref rotate", x + "" + y + z, "231");

        int[] arr = { 1, 2, 3 };
        RefMany(ref arr[0], ref arr[1], ref arr[2]);
        Check("ref elements", arr[0] + "" + arr[1] + arr[2], "231");

        // same variable passed twice by ref aliases
        int same = 5;
        Alias(ref same, ref same);
        Check("ref aliasing", same.ToString(), "12");

        // out variable declarations (C# 7) are not used; TryParse pattern instead
        int parsed;
        Check("TryParse negative", (int.TryParse("-42", out parsed) ? parsed : 0).ToString(), "-42");
        Check("TryParse whitespace", int.TryParse(" 7 ", out parsed).ToString() + parsed, "True7");
        Check("TryParse overflow", int.TryParse("2147483648", out parsed).ToString() + parsed, "False0");

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }

    static void Alias(ref int p, ref int q) { p += 1; q *= 2; }
}
