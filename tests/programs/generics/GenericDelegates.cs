using System;

delegate TResult Transform<T, TResult>(T input);
delegate void Visitor<T>(T item, int index);

class GenericDelegates
{
    static void Each<T>(T[] arr, Visitor<T> v) { for (int i = 0; i < arr.Length; i++) v(arr[i], i); }
    static Transform<A, C> Compose<A, B, C>(Transform<A, B> f, Transform<B, C> g) { return x => g(f(x)); }
    static T Fold<T>(T[] arr, T seed, Func<T, T, T> f) { T acc = seed; for (int i = 0; i < arr.Length; i++) acc = f(acc, arr[i]); return acc; }
    static int Len(string s) { return s.Length; }

    static void Main()
    {
        string[] words = new string[] { "alpha", "be", "gam" };
        Each(words, (w, i) => Console.WriteLine(i + ":" + w));
        Transform<string, int> len = Len;
        Transform<int, string> stars = n => new string('*', n);
        Transform<string, string> both = Compose(len, stars);
        Console.WriteLine(both("hello"));
        Console.WriteLine(Fold(new int[] { 1, 2, 3, 4 }, 0, (a, b) => a + b));
        Console.WriteLine(Fold(words, "", (a, b) => a + b[0]));
        Console.WriteLine(Fold(new long[] { 2, 3, 5 }, 1L, (a, b) => a * b));
        Func<int, Func<int, int>> adder = a => b => a + b;
        Console.WriteLine(adder(10)(5));
    }
}
