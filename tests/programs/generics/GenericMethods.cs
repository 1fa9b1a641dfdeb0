using System;

class GenericMethods
{
    static void Swap<T>(ref T a, ref T b) { T t = a; a = b; b = t; }
    static T Max<T>(T a, T b, Comparison<T> cmp) { return cmp(a, b) >= 0 ? a : b; }
    static T[] Repeat<T>(T v, int n) { T[] r = new T[n]; for (int i = 0; i < n; i++) r[i] = v; return r; }
    static int CountWhere<T>(T[] arr, Predicate<T> p) { int c = 0; for (int i = 0; i < arr.Length; i++) if (p(arr[i])) c++; return c; }
    static U[] Map<T, U>(T[] arr, Func<T, U> f) { U[] r = new U[arr.Length]; for (int i = 0; i < arr.Length; i++) r[i] = f(arr[i]); return r; }

    static void Main()
    {
        int x = 1, y = 2;
        Swap(ref x, ref y);
        Console.WriteLine(x + " " + y);
        string s = "left", t = "right";
        Swap<string>(ref s, ref t);
        Console.WriteLine(s + " " + t);
        Console.WriteLine(Max(3, 9, (a, b) => a - b));
        Console.WriteLine(Max("apple", "pear", (a, b) => a.Length - b.Length));
        string[] rep = Repeat("ab", 3);
        Console.WriteLine(rep.Length + " " + rep[0] + rep[1] + rep[2]);
        int[] nums = new int[] { 1, 2, 3, 4, 5, 6, 7 };
        Console.WriteLine(CountWhere(nums, n => n % 2 == 1));
        string[] strs = Map(nums, n => "#" + n);
        Console.WriteLine(strs[0] + strs[6]);
        long[] sq = Map<int, long>(nums, n => (long)n * n * 1000000000L);
        Console.WriteLine(sq[6]);
    }
}
