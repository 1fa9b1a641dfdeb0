using System;

class Box { public int V; }

class RefOutParams
{
    static void Swap(ref int a, ref int b) { int t = a; a = b; b = t; }
    static bool DivMod(int a, int b, out int q, out int r)
    {
        if (b == 0) { q = 0; r = 0; return false; }
        q = a / b; r = a % b; return true;
    }
    static void Reassign(Box b) { b = new Box(); b.V = 99; }
    static void ReassignRef(ref Box b) { b = new Box(); b.V = 99; }
    static void MinMax(int[] xs, out int min, out int max) { min = int.MaxValue; max = int.MinValue; for (int i = 0; i < xs.Length; i++) { if (xs[i] < min) min = xs[i]; if (xs[i] > max) max = xs[i]; } }
    static void IncAll(ref int a, ref int b, ref int c) { a++; b++; c++; }
    static void AppendTo(ref string s, string more) { s += more; }

    static void Main()
    {
        int x = 1, y = 2;
        Swap(ref x, ref y);
        Console.WriteLine(x + " " + y);
        int q, r;
        Console.WriteLine(DivMod(17, 5, out q, out r) + " " + q + " " + r);
        Console.WriteLine(DivMod(1, 0, out q, out r) + " " + q + " " + r);
        Box b = new Box(); b.V = 1;
        Reassign(b);
        Console.WriteLine(b.V);
        ReassignRef(ref b);
        Console.WriteLine(b.V);
        int lo, hi;
        MinMax(new int[] { 5, -2, 9, 0 }, out lo, out hi);
        Console.WriteLine(lo + " " + hi);
        int[] arr = new int[] { 10, 20, 30 };
        IncAll(ref arr[0], ref arr[2], ref x);
        Console.WriteLine(arr[0] + " " + arr[1] + " " + arr[2] + " " + x);
        Swap(ref arr[0], ref arr[2]);
        Console.WriteLine(arr[0] + " " + arr[2]);
        string s = "a";
        for (int i = 0; i < 3; i++) AppendTo(ref s, i.ToString());
        Console.WriteLine(s);
    }
}
