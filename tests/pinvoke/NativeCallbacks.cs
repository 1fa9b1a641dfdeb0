// Calls tests/pinvoke/native_callbacks.c (built by PInvokeCallbacksTest as libkilncallbacks.so next to the
// executable): native code calls delegates back with ints, doubles, strings, pointers, bools and structs in
// registers, in memory and returned through a hidden pointer; a callback kept by C is called later; C function
// pointers become delegates (GetDelegateForFunctionPointer, and returned by P/Invoke methods). With the argument
// "throw", a callback throws: the process fails fast.
using System;
using System.Runtime.InteropServices;

struct Point { public int X, Y; public override string ToString() { return "(" + X + "," + Y + ")"; } }
struct Vector { public double X, Y; }
struct Big { public long A, B, C, D; }

[UnmanagedFunctionPointer(CallingConvention.Cdecl)] delegate int IntOp(int a, int b);
delegate double DoubleFn(double x);
delegate Point PointMap(Point p);
delegate Vector VectorCombine(Vector a, Vector b, double k);
delegate Big BigMake(long seed);
delegate long BigSum(Big b);
delegate bool Predicate(int x);
delegate void Visit(string name, int index);
delegate void Bump(ref int counter);
[UnmanagedFunctionPointer(CallingConvention.Cdecl, CharSet = CharSet.Unicode)] delegate void VisitWide(string name, int length);
delegate double Many(int a, double b, int c, double d, long e, float f, sbyte g, double h, Point p, Vector v, short s, Point q);

class Accumulator
{
    public int Total;
    public int Add(int a, int b) { Total += b; return a + b; }
}

static class NativeCallbacks
{
    const string Lib = "kilncallbacks";
    [DllImport(Lib)] static extern int fold_ints(int[] values, int count, int seed, IntOp op);
    [DllImport(Lib)] static extern double integrate(DoubleFn f, double from, double to, int steps);
    [DllImport(Lib)] static extern Point map_point(PointMap f, Point p);
    [DllImport(Lib)] static extern Vector combine(VectorCombine f, Vector a, Vector b, double k);
    [DllImport(Lib)] static extern long big_via(BigMake f, long seed);
    [DllImport(Lib)] static extern long big_sum_via(BigSum f, long seed);
    [DllImport(Lib)] static extern int count_if(int[] values, int count, Predicate p);
    [DllImport(Lib)] static extern void visit_names(Visit v);
    [DllImport(Lib)] static extern void visit_wide(VisitWide v);
    [DllImport(Lib)] static extern void bump_times(Bump b, int times, ref int counter);
    [DllImport(Lib)] static extern double call_many(Many f);
    [DllImport(Lib)] static extern void store_callback(IntOp op);
    [DllImport(Lib)] static extern int call_stored(int a, int b);
    [DllImport(Lib)] static extern IntPtr get_stored();
    [DllImport(Lib)] static extern IntPtr multiply_pointer();
    [DllImport(Lib)] static extern IntPtr swap_pointer();
    [DllImport(Lib)] static extern IntPtr big_pointer();
    [DllImport(Lib)] static extern int call_once(IntOp op);
    [DllImport(Lib, EntryPoint = "get_stored")] static extern IntOp StoredDelegate();
    [DllImport(Lib, EntryPoint = "multiply_pointer")] static extern IntOp MultiplyDelegate();
    [DllImport(Lib, EntryPoint = "swap_pointer")] static extern PointMap SwapDelegate();
    [DllImport("libc")] static extern int abs(int x);
    [DllImport("libc")] static extern int getppid();

    static IntOp kept;

    static void Store(int offset)
    {
        // the only reference left is the static field, as .NET asks of callbacks native code keeps
        kept = (a, b) => a * 100 + b + offset;
        store_callback(kept);
    }

    // a new capturing lambda per call, as `qsort(..., (a, b) => ...)` in a loop makes: dead delegates give their
    // trampolines back, so memory stays flat
    static string Churn(int calls)
    {
        long before = GC.GetTotalMemory(true);
        long total = 0;
        for (int i = 0; i < calls; i++)
        {
            int k = i;
            total += call_once((a, b) => a + b + k % 2);
        }
        long grown = GC.GetTotalMemory(true) - before;
        return total + " " + (grown < 4000000);
    }

    static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "throw")
        {
            try
            {
                call_once((a, b) => { throw new InvalidOperationException("thrown in a callback " + (a + b)); });
            }
            catch (InvalidOperationException)
            {
                Console.WriteLine("caught across native frames");
            }
            return 1;
        }
        int[] values = { 3, 1, 4, 1, 5, 9, 2, 6 };
        Accumulator acc = new Accumulator();
        Console.WriteLine("fold " + fold_ints(values, values.Length, 0, (a, b) => a * 2 + b) + " "
            + fold_ints(values, values.Length, 10, acc.Add) + " " + acc.Total);
        int[] counted = { 0 };
        double power = 2;
        Console.WriteLine("integrate " + Math.Round(integrate(x => { counted[0]++; return Math.Pow(x, power); }, 0, 3, 1000), 4)
            + " " + counted[0]);
        Console.WriteLine("point " + map_point(p => new Point { X = p.X + 1, Y = p.Y * 3 }, new Point { X = 2, Y = -1 }));
        Vector v = combine((a, b, k) => new Vector { X = a.X + k * b.X, Y = a.Y + k * b.Y },
            new Vector { X = 1, Y = 2 }, new Vector { X = 0.5, Y = -4 }, 3);
        Console.WriteLine("vector " + v.X + " " + v.Y);
        Console.WriteLine("big " + big_via(seed => new Big { A = seed, B = seed + 1, C = 2, D = 9 }, 3) + " "
            + big_sum_via(b => b.A * b.B * b.C * b.D, 2));
        Console.WriteLine("predicate " + count_if(values, values.Length, x => x % 2 == 1));
        string visited = "";
        visit_names((name, i) => visited += " " + i + "=" + name + "/" + name.Length);
        Console.WriteLine("strings" + visited);
        string wide = null;
        visit_wide((name, length) => wide = name + " " + (name.Length == length));
        Console.WriteLine("unicode " + wide);
        int counter = 5;
        bump_times((ref int c) => c += 10, 3, ref counter);
        Console.WriteLine("byref " + counter);
        Console.WriteLine("many " + call_many((a, b, c, d, e, f, g, h, p, w, s, q) =>
            a + b + c + d + e + f + g + h + p.X * 10 + p.Y + w.X + w.Y + s + q.X * 3 + q.Y));

        Store(7);
        GC.Collect();
        GC.Collect();
        Console.WriteLine("stored " + call_stored(4, 2) + " " + call_stored(-1, 1));
        Console.WriteLine("stored pointer is the delegate's " + (get_stored() == Marshal.GetFunctionPointerForDelegate(kept))
            + " " + ReferenceEquals(Marshal.GetDelegateForFunctionPointer<IntOp>(get_stored()), kept));

        IntOp multiply = Marshal.GetDelegateForFunctionPointer<IntOp>(multiply_pointer());
        PointMap swap = (PointMap)Marshal.GetDelegateForFunctionPointer(swap_pointer(), typeof(PointMap));
        BigMake big = Marshal.GetDelegateForFunctionPointer<BigMake>(big_pointer());
        Big b3 = big(-3);
        Console.WriteLine("c pointers " + multiply(6, 7) + " " + swap(new Point { X = 1, Y = 2 }) + " "
            + b3.A + "," + b3.B + "," + b3.C + "," + b3.D);
        // a delegate over a C pointer passed back to C as a callback
        Console.WriteLine("c pointer as callback " + fold_ints(values, 3, 1, multiply));
        Console.WriteLine("returned delegates " + ReferenceEquals(StoredDelegate(), kept) + " " + MultiplyDelegate()(5, 6)
            + " " + SwapDelegate()(new Point { X = 8, Y = 9 }));
        store_callback(null);
        Console.WriteLine("returned null " + (StoredDelegate() == null));
        Console.WriteLine("churn " + Churn(200000));
        try
        {
            Marshal.GetFunctionPointerForDelegate(new Func<int, int>(x => x));
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("generic: " + e.Message);
        }
        Console.WriteLine("libc " + abs(-12) + " " + (getppid() > 0));
        return 0;
    }
}
