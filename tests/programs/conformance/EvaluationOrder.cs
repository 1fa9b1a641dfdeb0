// Self-checking: operands, arguments, array indices and compound assignments are evaluated left to right, once.
using System;
using System.Text;

class EvaluationOrder
{
    static int failures;
    static StringBuilder log = new StringBuilder();

    static void Check(string what, string got, string expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static int T(string tag, int value) { log.Append(tag); return value; }
    static int[] Arr(string tag, int[] a) { log.Append(tag); return a; }
    static string Take() { string s = log.ToString(); log.Length = 0; return s; }

    class Box { public int V; public Box Next; }
    static Box B(string tag, Box b) { log.Append(tag); return b; }

    static int Three(int a, int b, int c) { return a * 100 + b * 10 + c; }

    static int counter;
    static int Next() { return ++counter; }

    static int Main()
    {
        int r = T("a", 1) + T("b", 2) * T("c", 3);
        Check("binary order", Take(), "abc");
        Check("binary value", r.ToString(), "7");

        r = Three(T("x", 1), T("y", 2), T("z", 3));
        Check("args order", Take(), "xyz");
        Check("args value", r.ToString(), "123");

        r = Three(c: T("c", 3), a: T("a", 1), b: T("b", 2));
        Check("named args evaluated in source order", Take(), "cab");
        Check("named args value", r.ToString(), "123");

        int[] arr = new int[3];
        Arr("A", arr)[T("i", 1)] = T("v", 42);
        Check("array store order", Take(), "Aiv");
        Check("array store value", arr[1].ToString(), "42");

        Arr("A", arr)[T("i", 1)] += T("v", 8);
        Check("array compound order", Take(), "Aiv");
        Check("array compound value", arr[1].ToString(), "50");

        Box box = new Box();
        B("o", box).V += T("v", 5);
        Check("field compound order", Take(), "ov");
        B("o", box).V++;
        Check("field ++ evaluates object once", Take(), "o");
        Check("field value", box.V.ToString(), "6");

        // i = i++ + i: old value, then incremented value
        int i = 5;
        i = i++ + i;
        Check("i++ + i", i.ToString(), "11");
        i = 5;
        i = ++i + i++;
        Check("++i + i++", i.ToString(), "12");
        i = 1;
        i += i++ * 10;
        Check("i += i++ * 10", i.ToString(), "11");

        // array index evaluated before the right-hand side changes it
        int k = 0;
        int[] data = { 10, 20, 30 };
        data[k] = k = 2;
        Check("data[k] = k = 2", data[0] + "," + k, "2,2");
        k = 0;
        data[k++] = data[k] * 2;
        Check("data[k++] = data[k]*2", data[0] + "," + data[1], "40,20");

        // short circuit
        bool t = T("p", 1) == 0 && T("q", 1) == 1;
        Check("&& short-circuits", Take(), "p");
        t = T("p", 1) == 1 || T("q", 1) == 1;
        Check("|| short-circuits", Take(), "p");
        t = T("p", 1) == 0 & T("q", 1) == 1;
        Check("& evaluates both", Take(), "pq");
        int tern = T("c", 0) == 0 ? T("t", 1) : T("f", 2);
        Check("ternary", Take(), "ct");

        // null coalescing evaluates the right side only when needed
        string s = null;
        string u = s ?? (T("r", 0) == 0 ? "right" : "");
        Check("?? right", Take() + u, "rright");
        s = "left";
        u = s ?? (T("r", 0) == 0 ? "right" : "");
        Check("?? left", Take() + u, "left");

        // constructor arguments and object initializers
        counter = 0;
        var p = new Pair(Next(), Next()) { Third = Next() };
        Check("ctor then initializer", p.A + "" + p.B + p.Third, "123");

        // string concatenation order
        counter = 0;
        string cat = Next() + "-" + Next() + "-" + Next();
        Check("concat order", cat, "1-2-3");

        // chained member access evaluates each receiver once
        Box chain = new Box { Next = new Box { V = 1 } };
        B("1", B("0", chain).Next).V *= T("m", 7);
        Check("chained receivers", Take(), "01m");
        Check("chained value", chain.Next.V.ToString(), "7");

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }

    class Pair
    {
        public int A, B, Third;
        public Pair(int a, int b) { A = a; B = b; }
    }
}
