// Control flow and argument passing: switch on strings (many cases, null, default), goto case / goto default,
// switch on chars and with type patterns, params arrays, optional and named arguments (with evaluation order),
// ref and out parameters, overload resolution with params.
using System;
using System.Collections.Generic;

class SwitchAndArguments
{
    static string Command(string cmd)
    {
        switch (cmd)
        {
            case "start": case "run": return "starting";
            case "stop": return "stopping";
            case "pause": return "pausing";
            case "resume": goto case "start";
            case "restart": return Command("stop") + "+" + Command("start");
            case "status": return "ok";
            case "help": goto default;
            case "version": return "1.0";
            case "": return "empty";
            case null: return "null command";
            default: return "usage: start|stop|pause|resume|restart|status|version";
        }
    }

    static int Score(char grade)
    {
        int score = 0;
        switch (char.ToUpper(grade))
        {
            case 'A': score += 10; goto case 'B';
            case 'B': score += 10; goto case 'C';
            case 'C': score += 10; break;
            case 'F': score = -1; break;
            default: score = 0; break;
        }
        return score;
    }

    static string Shape(object o)
    {
        if (o == null) return "nothing";
        if (o is int) { int i = (int)o; return i < 0 ? "negative int " + i : "int " + i; }
        string str = o as string;
        if (str != null) return str.Length == 0 ? "empty string" : "string of " + str.Length;
        int[] arr = o as int[];
        if (arr != null) return "int array of " + arr.Length;
        if (o is IEnumerable<char>) return "chars";
        return "other " + o.GetType().Name;
    }

    static int Sum(params int[] values) { int s = 0; foreach (int v in values) s += v; return s; }
    static string Which(object o) { return "object"; }
    static string Which(params object[] os) { return "params " + (os == null ? "null" : os.Length.ToString()); }
    static string Which(int a, int b) { return "two ints"; }
    static string Format(string template, params object[] args) { return args.Length + ":" + string.Format(template, args); }

    static string Greet(string name, string greeting = "Hello", int times = 1, char end = '!')
    {
        string s = "";
        for (int i = 0; i < times; i++) s += greeting + " " + name + end;
        return s;
    }

    static int counter;
    static int Next(string tag) { counter++; Console.Write(tag + counter + " "); return counter; }
    static string Ordered(int first, int second, int third) { return first + "," + second + "," + third; }

    static void Swap<T>(ref T x, ref T y) { T t = x; x = y; y = t; }
    static bool TryDivide(int a, int b, out int quotient, out int remainder)
    {
        if (b == 0) { quotient = remainder = 0; return false; }
        quotient = a / b; remainder = a % b;
        return true;
    }
    static void MinMax(int[] data, out int min, out int max)
    {
        min = int.MaxValue; max = int.MinValue;
        foreach (int d in data) { if (d < min) min = d; if (d > max) max = d; }
    }
    static void Grow(ref int[] arr, int extra) { Array.Resize(ref arr, arr.Length + extra); }
    static void Reassign(int[] arr) { arr = new int[] { 99 }; }
    static void Mutate(int[] arr) { arr[0] = 99; }

    static int Main()
    {
        foreach (string c in new[] { "start", "resume", "restart", "help", "version", "", null, "bogus", "STOP" }) Console.WriteLine((c ?? "<null>") + " -> " + Command(c));
        Console.WriteLine("scores " + Score('a') + " " + Score('B') + " " + Score('c') + " " + Score('f') + " " + Score('x'));
        foreach (object o in new object[] { null, -3, 42, "", "abc", new[] { 1, 2 }, new List<char>(), 2.5 }) Console.WriteLine("shape: " + Shape(o));

        Console.WriteLine("params " + Sum() + " " + Sum(1) + " " + Sum(1, 2, 3) + " " + Sum(new[] { 4, 5 }));
        Console.WriteLine("overloads " + Which(1) + " | " + Which(1, 2) + " | " + Which(1, 2, 3) + " | " + Which() + " | " + Which((object[])null) + " | " + Which("a", "b"));
        Console.WriteLine("params format " + Format("{0}-{1}", "x", 2) + " " + Format("none"));
        Console.WriteLine(Greet("Ann"));
        Console.WriteLine(Greet("Bob", "Hi", 2));
        Console.WriteLine(Greet("Cy", end: '?'));
        Console.WriteLine(Greet(times: 2, name: "Di", greeting: "Yo"));
        Console.WriteLine("named order " + Ordered(third: Next("c"), first: Next("a"), second: Next("b")));

        int x = 1, y = 2;
        Swap(ref x, ref y);
        string s1 = "left", s2 = "right";
        Swap(ref s1, ref s2);
        Console.WriteLine("swap " + x + y + " " + s1 + "/" + s2);
        int q, r;
        Console.WriteLine("divide " + TryDivide(17, 5, out q, out r) + " " + q + " r" + r + " " + TryDivide(1, 0, out q, out r) + " " + q);
        int lo, hi;
        MinMax(new[] { 4, -2, 9, 0 }, out lo, out hi);
        Console.WriteLine("minmax " + lo + " " + hi);
        if (int.TryParse("123", out int parsed)) Console.WriteLine("out var " + (parsed + 1));
        var arr = new[] { 1, 2 };
        Grow(ref arr, 3);
        Reassign(arr);
        Console.Write("ref array " + arr.Length + " " + arr[0]);
        Mutate(arr);
        Console.WriteLine(" mutated " + arr[0]);
        var (name, age) = ("tuple", 3);
        Console.WriteLine("deconstruct " + name + " " + age);

        int total = 0;
        for (int i = 0; ; i++)
        {
            if (i % 2 == 0) continue;
            if (i > 9) break;
            total += i;
        }
        int k = 0;
        do { k += 3; } while (k < 10);
        int w = 100;
        while (w > 1) w /= 3;
        Console.WriteLine("loops " + total + " " + k + " " + w);
        int found = -1;
        int[,] grid = { { 1, 2, 3 }, { 4, 5, 6 } };
        for (int i = 0; i < 2; i++)
            for (int j = 0; j < 3; j++)
                if (grid[i, j] == 5) { found = i * 10 + j; goto done; }
        done:
        Console.WriteLine("goto out of nested loop " + found);
        return 100;
    }
}
