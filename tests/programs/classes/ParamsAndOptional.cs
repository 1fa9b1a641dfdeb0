using System;

class ParamsAndOptional
{
    static int Sum(params int[] xs) { int s = 0; for (int i = 0; i < xs.Length; i++) s += xs[i]; return s; }
    static string Join(string sep, params object[] parts) { string r = ""; for (int i = 0; i < parts.Length; i++) r += (i > 0 ? sep : "") + parts[i]; return r; }
    static string Greet(string name, string greeting = "Hello", int times = 1)
    {
        string r = "";
        for (int i = 0; i < times; i++) r += greeting + " " + name + (i + 1 < times ? "; " : "");
        return r;
    }
    static long Scale(long v, long factor = 10, long offset = 0) { return v * factor + offset; }

    static void Main()
    {
        Console.WriteLine(Sum() + " " + Sum(1) + " " + Sum(1, 2, 3) + " " + Sum(new int[] { 4, 5 }));
        Console.WriteLine(Join(", ", "a", 1, 'c', true, 2L, null));
        Console.WriteLine(Join("-"));
        Console.WriteLine(Greet("Ann"));
        Console.WriteLine(Greet("Bob", "Hi"));
        Console.WriteLine(Greet("Cy", times: 2));
        Console.WriteLine(Greet(times: 3, greeting: "Yo", name: "Di"));
        Console.WriteLine(Scale(5) + " " + Scale(5, 3) + " " + Scale(5, offset: 1) + " " + Scale(offset: 2, v: 1));
    }
}
