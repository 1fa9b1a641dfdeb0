using System;

static class Fn
{
    public static Func<A, C> Then<A, B, C>(Func<A, B> f, Func<B, C> g) { return x => g(f(x)); }
    public static Func<A, Func<B, R>> Curry<A, B, R>(Func<A, B, R> f) { return a => b => f(a, b); }
    public static Func<B, A, R> Flip<A, B, R>(Func<A, B, R> f) { return (b, a) => f(a, b); }
    public static Func<T, T> Iterate<T>(Func<T, T> f, int n) { return x => { for (int i = 0; i < n; i++) x = f(x); return x; }; }
}

class FuncComposition
{
    static void Main()
    {
        Func<string, int> len = s => s.Length;
        Func<int, bool> even = n => n % 2 == 0;
        Func<string, bool> evenLen = Fn.Then(len, even);
        Console.WriteLine(evenLen("ab") + " " + evenLen("abc"));
        Func<int, int, int> sub = (a, b) => a - b;
        Console.WriteLine(Fn.Curry(sub)(10)(3) + " " + Fn.Flip(sub)(10, 3));
        Func<string, string> exclaim = s => s + "!";
        Console.WriteLine(Fn.Iterate(exclaim, 5)("wow"));
        Func<long, long> dbl = x => x * 2;
        Console.WriteLine(Fn.Iterate(dbl, 62)(1));
        Func<int, string> pipeline = Fn.Then(Fn.Then<int, int, int>(x => x + 1, x => x * x), x => "<" + x + ">");
        Console.WriteLine(pipeline(4));
    }
}
