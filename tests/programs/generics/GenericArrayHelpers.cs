using System;

static class Arr
{
    public static T[] Of<T>(params T[] xs) { return xs; }
    public static int IndexOf<T>(T[] xs, T v) { for (int i = 0; i < xs.Length; i++) if (object.Equals(xs[i], v)) return i; return -1; }
    public static T[] Reverse<T>(T[] xs) { T[] r = new T[xs.Length]; for (int i = 0; i < xs.Length; i++) r[i] = xs[xs.Length - 1 - i]; return r; }
    public static T[] Resize<T>(T[] xs, int n) { T[] r = new T[n]; for (int i = 0; i < n && i < xs.Length; i++) r[i] = xs[i]; return r; }
    public static void Fill<T>(T[] xs, T v) { for (int i = 0; i < xs.Length; i++) xs[i] = v; }
    public static string Show<T>(T[] xs) { string s = "{"; for (int i = 0; i < xs.Length; i++) s += (i > 0 ? " " : "") + (xs[i] == null ? "null" : xs[i].ToString()); return s + "}"; }
    public static bool SequenceEqual<T>(T[] a, T[] b) { if (a.Length != b.Length) return false; for (int i = 0; i < a.Length; i++) if (!object.Equals(a[i], b[i])) return false; return true; }
}

class GenericArrayHelpers
{
    static void Main()
    {
        int[] ints = Arr.Of(3, 1, 4, 1, 5);
        Console.WriteLine(Arr.Show(ints) + " " + Arr.IndexOf(ints, 1) + " " + Arr.IndexOf(ints, 9));
        Console.WriteLine(Arr.Show(Arr.Reverse(ints)));
        Console.WriteLine(Arr.Show(Arr.Resize(ints, 7)) + " " + Arr.Show(Arr.Resize(ints, 2)));
        string[] strs = Arr.Of("a", null, "c");
        Console.WriteLine(Arr.Show(strs) + " " + Arr.IndexOf(strs, null) + " " + Arr.IndexOf(strs, "c"));
        char[] cs = new char[3];
        Arr.Fill(cs, 'z');
        Console.WriteLine(Arr.Show(cs));
        Console.WriteLine(Arr.SequenceEqual(ints, Arr.Reverse(Arr.Reverse(ints))) + " " + Arr.SequenceEqual(ints, Arr.Reverse(ints)));
        bool[] bs = Arr.Resize(new bool[] { true }, 3);
        Console.WriteLine(Arr.Show(bs));
        long[] ls = Arr.Of(1L, long.MaxValue);
        Console.WriteLine(Arr.Show(ls));
    }
}
