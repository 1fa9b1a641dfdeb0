// Self-checking: ref returns, ref locals, ref parameters into arrays, fields and struct members.
using System;

struct Point { public int X, Y; }

class Grid
{
    private int[] cells = new int[9];
    public ref int At(int r, int c) { return ref cells[r * 3 + c]; }
    public int Sum() { int s = 0; foreach (int v in cells) s += v; return s; }
}

class RefLocalsAndReturns
{
    static int failures;
    static int staticField = 5;
    static Point[] points = new Point[3];

    static void Check(string what, int got, int expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static ref int Largest(int[] a)
    {
        int best = 0;
        for (int i = 1; i < a.Length; i++) if (a[i] > a[best]) best = i;
        return ref a[best];
    }

    static ref int Choose(bool first, ref int a, ref int b)
    {
        if (first) return ref a;
        return ref b;
    }

    static ref int StaticRef() { return ref staticField; }
    static ref Point PointAt(int i) { return ref points[i]; }

    static void AddTo(ref int target, int amount) { target += amount; }
    static void Swap(ref int a, ref int b) { int t = a; a = b; b = t; }
    static void SetOut(out int x, out int y) { x = 1; y = 2; }

    static int Main()
    {
        int[] data = { 3, 9, 4, 1 };
        ref int big = ref Largest(data);
        big = 100;
        Check("ref return into array", data[1], 100);
        Largest(data) -= 50;
        Check("compound on ref return", data[1], 50);
        Largest(data)++;
        Check("increment ref return", data[1], 51);

        int a = 1, b = 2;
        Choose(true, ref a, ref b) = 10;
        Choose(false, ref a, ref b) = 20;
        Check("choose a", a, 10);
        Check("choose b", b, 20);

        ref int s = ref StaticRef();
        s *= 3;
        Check("ref to static", staticField, 15);

        PointAt(1).X = 7;
        ref Point p = ref PointAt(2);
        p.Y = 8;
        p.X = p.Y + 1;
        Check("ref to struct element X", points[1].X, 7);
        Check("ref to struct element 2", points[2].X * 10 + points[2].Y, 98);

        var g = new Grid();
        g.At(1, 1) = 5;
        g.At(2, 2) += 4;
        ref int corner = ref g.At(0, 0);
        corner = 1;
        Check("grid sum", g.Sum(), 10);

        // ref locals can be reassigned (C# 7.3 ref reassignment is not used; new locals instead)
        int[] arr = { 1, 2, 3 };
        ref int first = ref arr[0];
        ref int last = ref arr[2];
        Swap(ref first, ref last);
        Check("swap through ref locals", arr[0] * 100 + arr[1] * 10 + arr[2], 321);

        // ref parameters into fields and array elements
        var holder = new Holder();
        AddTo(ref holder.Value, 5);
        AddTo(ref holder.Value, 6);
        Check("ref to field", holder.Value, 11);
        AddTo(ref arr[1], 40);
        Check("ref to element", arr[1], 42);
        Point local = new Point();
        AddTo(ref local.Y, 3);
        Check("ref to struct field", local.Y, 3);

        // out parameters
        int ox, oy;
        SetOut(out ox, out oy);
        Check("out", ox * 10 + oy, 12);
        int parsed;
        bool ok = int.TryParse("123", out parsed);
        Check("TryParse out", ok ? parsed : -1, 123);
        ok = int.TryParse("12x", out parsed);
        Check("TryParse fails", ok ? 1 : parsed, 0);

        // ref to a 2D array element
        int[,] m = new int[2, 2];
        AddTo(ref m[1, 0], 9);
        Check("ref to md element", m[1, 0], 9);

        // ref through a ref parameter chain
        int deep = 0;
        Level1(ref deep);
        Check("ref chain", deep, 111);

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }

    static void Level1(ref int x) { x += 1; Level2(ref x); }
    static void Level2(ref int x) { x += 10; Level3(ref x); }
    static void Level3(ref int x) { x += 100; }

    class Holder { public int Value; }
}
