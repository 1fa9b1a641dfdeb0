// Calls tests/pinvoke/native.c (built by PInvokeTest as libkilnnative.so next to the executable, where .NET looks
// first): structs of every System V class by value both ways and by pointer, strings both ways (returned ones are
// freed, as .NET does), arrays,
// small integers and bools, and more struct arguments than registers.
using System;
using System.Runtime.InteropServices;

struct Point { public int X, Y; public override string ToString() { return "(" + X + "," + Y + ")"; } }
struct Vector { public double X, Y; }
struct Color { public float R, G, B; }
struct Tagged { public long Id; public double Weight; }
struct Mixed { public float F; public int I; }
struct Big { public long A, B, C, D; }
struct Small { public byte A; public short B; public byte C; }
struct Rect { public Point Origin; public Point Size; }

static class Native
{
    const string Lib = "kilnnative";
    [DllImport(Lib)] static extern int point_sum(Point p);
    [DllImport(Lib)] static extern Point point_make(int x, int y);
    [DllImport(Lib)] static extern Vector vector_scale(Vector v, double k);
    [DllImport(Lib)] static extern Color color_invert(Color c);
    [DllImport(Lib)] static extern Tagged tagged_next(Tagged t);
    [DllImport(Lib)] static extern Mixed mixed_swap(Mixed m);
    [DllImport(Lib)] static extern Big big_make(long seed);
    [DllImport(Lib)] static extern long big_sum(Big b);
    [DllImport(Lib)] static extern Small small_make(byte a, short b, byte c);
    [DllImport(Lib)] static extern int small_sum(Small s);
    [DllImport(Lib)] static extern Rect rect_grow(Rect r, int by);
    [DllImport(Lib)] static extern int rect_area(ref Rect r);
    [DllImport(Lib)] static extern void rect_move(ref Rect r, int dx, int dy);
    [DllImport(Lib)] static extern long points8(Point a, Point b, Point c, Point d, Point e, Point f, Point g, Point h);
    [DllImport(Lib)] static extern double mixed_args(sbyte a, short b, byte c, ushort d, float e, double f, long g, Vector v);
    [DllImport(Lib)] static extern int utf8_bytes(string s);
    [DllImport(Lib, CharSet = CharSet.Unicode)] static extern int utf16_units(string s);
    [DllImport(Lib)] static extern int utf16_first([MarshalAs(UnmanagedType.LPWStr)] string s);
    [DllImport(Lib)] static extern IntPtr greet([MarshalAs(UnmanagedType.LPUTF8Str)] string name);
    [DllImport(Lib)] static extern void release(IntPtr p);
    [DllImport(Lib, EntryPoint = "greet")] static extern string GreetString(string name);
    [DllImport(Lib, CharSet = CharSet.Unicode)] static extern string wide_reverse(string s);
    [DllImport(Lib)] static extern string nothing_or_copy(bool copy, string s);
    [DllImport(Lib)] static extern double sum_doubles(double[] values, int count);
    [DllImport(Lib)] static extern void fill_squares(long[] values, int count);
    [DllImport(Lib)] static extern void sort_points(Point[] points, int count);
    [DllImport(Lib)] static extern void increment(ref int value);
    [DllImport(Lib)] static extern void divmod(int a, int b, out int q, out int r);
    [DllImport(Lib)] [return: MarshalAs(UnmanagedType.U1)] static extern bool is_even_c(int x);
    [DllImport(Lib)] static extern bool is_even_win(int x);
    [DllImport(Lib)] static extern int not_int(bool b);
    [DllImport(Lib)] static extern int widen_signed(sbyte a, short b);
    [DllImport(Lib)] static extern uint widen_unsigned(byte a, ushort b);
    [DllImport(Lib, CharSet = CharSet.Unicode)] static extern char upper_wide(char c);

    static int Main()
    {
        Point p = new Point { X = 3, Y = 4 };
        Console.WriteLine("point " + point_sum(p) + " " + point_make(-1, 2));
        Vector v = vector_scale(new Vector { X = 1.5, Y = -2 }, 4);
        Console.WriteLine("vector " + v.X + " " + v.Y);
        Color c = color_invert(new Color { R = 0.25f, G = 0.5f, B = 1 });
        Console.WriteLine("color " + c.R + " " + c.G + " " + c.B);
        Tagged t = tagged_next(new Tagged { Id = 41, Weight = 1.25 });
        Console.WriteLine("tagged " + t.Id + " " + t.Weight);
        Mixed m = mixed_swap(new Mixed { F = 7.75f, I = 9 });
        Console.WriteLine("mixed " + m.F + " " + m.I);
        Big b = big_make(5);
        Console.WriteLine("big " + b.A + " " + b.B + " " + b.C + " " + b.D + " " + big_sum(b));
        Small s = small_make(200, -300, 7);
        Console.WriteLine("small " + s.A + " " + s.B + " " + s.C + " " + small_sum(s));
        Rect r = rect_grow(new Rect { Origin = p, Size = new Point { X = 10, Y = 20 } }, 1);
        rect_move(ref r, 5, -5);
        Console.WriteLine("rect " + r.Origin + " " + r.Size + " " + rect_area(ref r));
        Point[] ps = new Point[8];
        for (int i = 0; i < 8; i++) ps[i] = new Point { X = i, Y = 1 };
        Console.WriteLine("points8 " + points8(ps[0], ps[1], ps[2], ps[3], ps[4], ps[5], ps[6], ps[7]));
        Console.WriteLine("mixed args " + mixed_args(-3, -400, 250, 60000, 0.5f, 0.25, 1L << 40, new Vector { X = 1, Y = 2 }));

        Console.WriteLine("utf8 " + utf8_bytes("naïve €") + " " + utf8_bytes(null));
        Console.WriteLine("utf16 " + utf16_units("naïve €") + " " + utf16_units(null) + " " + utf16_first("€uro"));
        IntPtr greeting = greet("wörld");
        Console.WriteLine("greet " + Marshal.PtrToStringUTF8(greeting));
        release(greeting);
        Console.WriteLine("returned " + GreetString("Kiln") + " " + wide_reverse("€→x") + " " + (nothing_or_copy(false, "a") == null)
            + " " + nothing_or_copy(true, "ü"));

        Console.WriteLine("doubles " + sum_doubles(new double[] { 0.5, 1.5, 2 }, 3) + " " + sum_doubles(null, 0));
        long[] squares = new long[5];
        fill_squares(squares, squares.Length);
        Console.WriteLine("squares " + string.Join(",", squares));
        Point[] unsorted = { new Point { X = 3, Y = 0 }, new Point { X = -1, Y = 1 }, new Point { X = 2, Y = 2 } };
        sort_points(unsorted, unsorted.Length);
        Console.WriteLine("sorted " + string.Join(" ", unsorted));
        int counter = 41;
        increment(ref counter);
        int q, rem;
        divmod(47, 5, out q, out rem);
        Console.WriteLine("byref " + counter + " " + q + " " + rem);

        Console.WriteLine("bool " + is_even_c(4) + " " + is_even_c(5) + " " + is_even_win(6) + " " + is_even_win(7)
            + " " + not_int(true) + " " + not_int(false));
        Console.WriteLine("widen " + widen_signed(-5, -7) + " " + widen_unsigned(255, 65535) + " " + upper_wide('q') + upper_wide('é'));
        return 0;
    }
}
