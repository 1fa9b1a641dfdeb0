using System;

class HigherOrderFunctions
{
    static int[] Map(int[] xs, Func<int, int> f) { int[] r = new int[xs.Length]; for (int i = 0; i < xs.Length; i++) r[i] = f(xs[i]); return r; }
    static int[] Filter(int[] xs, Predicate<int> p)
    {
        int n = 0;
        for (int i = 0; i < xs.Length; i++) if (p(xs[i])) n++;
        int[] r = new int[n]; n = 0;
        for (int i = 0; i < xs.Length; i++) if (p(xs[i])) r[n++] = xs[i];
        return r;
    }
    static int Reduce(int[] xs, int seed, Func<int, int, int> f) { for (int i = 0; i < xs.Length; i++) seed = f(seed, xs[i]); return seed; }
    static Func<int, int> Twice(Func<int, int> f) { return x => f(f(x)); }
    static Func<int, int> Compose(Func<int, int> f, Func<int, int> g) { return x => g(f(x)); }
    static Func<int, int> Power(Func<int, int> f, int n) { Func<int, int> r = x => x; for (int i = 0; i < n; i++) r = Compose(r, f); return r; }
    static string Show(int[] xs) { string s = "["; for (int i = 0; i < xs.Length; i++) s += (i > 0 ? "," : "") + xs[i]; return s + "]"; }

    static void Main()
    {
        int[] xs = new int[10];
        for (int i = 0; i < xs.Length; i++) xs[i] = i + 1;
        Console.WriteLine(Show(Map(xs, x => x * x)));
        Console.WriteLine(Show(Filter(xs, x => x % 3 != 0)));
        Console.WriteLine(Reduce(xs, 0, (a, b) => a + b));
        Console.WriteLine(Reduce(Map(Filter(xs, x => x % 2 == 0), x => x * 10), 1, (a, b) => a + b));
        Func<int, int> inc = x => x + 1;
        Console.WriteLine(Twice(inc)(5) + " " + Twice(Twice(inc))(5));
        Console.WriteLine(Power(x => x * 2, 10)(1));
        Console.WriteLine(Compose(x => x + 3, x => x * 5)(1) + " " + Compose(x => x * 5, x => x + 3)(1));
    }
}
