// Self-checking: lambdas capture variables (not values); loop variables of for are shared, of foreach are
// per iteration (C# 5); nested closures share outer variables; captured parameters and `this`.
using System;
using System.Collections.Generic;

class ClosureSemantics
{
    static int failures;

    static void Check(string what, string got, string expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static string Run(List<Func<int>> fs)
    {
        string s = "";
        foreach (var f in fs) s += f() + " ";
        return s.Trim();
    }

    int field = 10;
    Func<int> AddToField(int k) { return () => field += k; }

    static Func<int> MakeCounter()
    {
        int count = 0;
        return () => ++count;
    }

    static Func<int, Func<int, int>> Adder() { return a => b => a + b; }

    static int Main()
    {
        var fors = new List<Func<int>>();
        for (int i = 0; i < 3; i++) fors.Add(() => i);
        Check("for variable shared", Run(fors), "3 3 3");

        var foreaches = new List<Func<int>>();
        foreach (int i in new[] { 0, 1, 2 }) foreaches.Add(() => i);
        Check("foreach variable per iteration", Run(foreaches), "0 1 2");

        var copies = new List<Func<int>>();
        for (int i = 0; i < 3; i++) { int copy = i; copies.Add(() => copy * 10); }
        Check("copy per iteration", Run(copies), "0 10 20");

        int x = 1;
        Func<int> getX = () => x;
        x = 5;
        Check("captures variable not value", getX().ToString(), "5");
        Action setX = () => x = 42;
        setX();
        Check("lambda writes outer", x.ToString(), "42");

        var c1 = MakeCounter();
        var c2 = MakeCounter();
        c1(); c1();
        Check("independent counters", c1() + "," + c2(), "3,1");

        // two lambdas share one captured variable
        int shared = 0;
        Action inc = () => shared++;
        Func<int> read = () => shared;
        inc(); inc(); inc();
        Check("shared capture", read().ToString(), "3");

        // nested closures over different scopes
        var nested = new List<Func<int>>();
        int outer = 100;
        for (int i = 0; i < 2; i++)
        {
            int mid = i * 10;
            for (int j = 0; j < 2; j++)
            {
                int inner = j;
                nested.Add(() => outer + mid + inner);
            }
        }
        outer = 200;
        Check("nested scopes", Run(nested), "200 201 210 211");

        // curried
        Check("currying", Adder()(3)(4).ToString(), "7");
        var add5 = Adder()(5);
        Check("partial application", (add5(1) + add5(2)).ToString(), "13");

        // capturing this
        var obj = new ClosureSemantics();
        var addTwo = obj.AddToField(2);
        addTwo(); addTwo();
        Check("captured this", obj.field.ToString(), "14");

        // captured parameter
        Func<int> p = Capture(7);
        Check("captured parameter", p().ToString(), "8");
        Check("captured parameter again", p().ToString(), "9");

        // closures in while loops capture a fresh variable per block entry
        var whiles = new List<Func<int>>();
        int n = 0;
        while (n < 3) { int local = n * n; whiles.Add(() => local); n++; }
        Check("while block locals", Run(whiles), "0 1 4");

        // recursive lambda through a captured delegate variable
        Func<int, int> fact = null;
        fact = k => k <= 1 ? 1 : k * fact(k - 1);
        Check("recursive lambda", fact(10).ToString(), "3628800");

        // capture in a lambda inside a generic method
        Check("generic capture", Repeat("ab", 3)(), "ababab");

        // capture of struct local: lambda sees updates
        var pt = new Pt { X = 1 };
        Func<int> px = () => pt.X;
        pt.X = 9;
        Check("struct captured by reference", px().ToString(), "9");

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }

    struct Pt { public int X; }

    static Func<int> Capture(int start) { return () => ++start; }

    static Func<string> Repeat<T>(T item, int times)
    {
        return () => { string s = ""; for (int i = 0; i < times; i++) s += item; return s; };
    }
}
