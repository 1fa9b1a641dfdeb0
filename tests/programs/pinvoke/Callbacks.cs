// Delegates passed to native code as function pointers (reverse P/Invoke), through libc: qsort and bsearch with
// managed comparers over ints and structs — lambdas capturing state, static methods, closed instance methods —
// and Marshal.GetFunctionPointerForDelegate / GetDelegateForFunctionPointer: a pointer made from a delegate gives
// that delegate back (whatever type is asked for); a libc function's address (dlsym) becomes a delegate that calls
// it; the non-generic overloads with a delegate type used nowhere else. Argument errors as .NET words them.
using System;
using System.Runtime.InteropServices;

struct Entry
{
    public int Key;
    public double Weight;
}

[UnmanagedFunctionPointer(CallingConvention.Cdecl)]
delegate int Comparer(IntPtr a, IntPtr b);

delegate int IntBinary(int a, int b);

delegate int AbsFunction(int x);

delegate double Scale(double x, int times);

// used only with the non-generic overloads
delegate long LongFunction(long x);

class Counter
{
    public int Compared;
    readonly int sign;

    public Counter(int sign) { this.sign = sign; }

    public int ByKey(IntPtr a, IntPtr b)
    {
        Compared++;
        return sign * Marshal.ReadInt32(a).CompareTo(Marshal.ReadInt32(b));
    }
}

static class Callbacks
{
    [DllImport("libc")] static extern void qsort(IntPtr items, UIntPtr count, UIntPtr size, Comparer compare);
    [DllImport("libc")] static extern void qsort(Entry[] items, UIntPtr count, UIntPtr size, Comparer compare);
    [DllImport("libc")] static extern IntPtr bsearch(ref int key, IntPtr items, UIntPtr count, UIntPtr size, Comparer compare);
    [DllImport("libc")] static extern IntPtr dlsym(IntPtr handle, string name);

    static int ByValue(IntPtr a, IntPtr b)
    {
        return Marshal.ReadInt32(a).CompareTo(Marshal.ReadInt32(b));
    }

    static IntPtr Ints(int[] values)
    {
        IntPtr p = Marshal.AllocHGlobal(4 * values.Length);
        Marshal.Copy(values, 0, p, values.Length);
        return p;
    }

    static string Read(IntPtr p, int count)
    {
        int[] values = new int[count];
        Marshal.Copy(p, values, 0, count);
        return string.Join(",", values);
    }

    static int Main()
    {
        int[] values = { 42, -7, 19, 0, 3, 88, -1000, 19, 5 };
        IntPtr p = Ints(values);
        qsort(p, (UIntPtr)values.Length, (UIntPtr)4, ByValue);
        Console.WriteLine("static " + Read(p, values.Length));

        Counter descending = new Counter(-1);
        qsort(p, (UIntPtr)values.Length, (UIntPtr)4, descending.ByKey);
        Console.WriteLine("instance " + Read(p, values.Length) + " compared " + (descending.Compared > 0));

        int calls = 0;
        int byLastDigit = 10;
        Comparer lastDigit = (a, b) =>
        {
            calls++;
            int x = Math.Abs(Marshal.ReadInt32(a)) % byLastDigit, y = Math.Abs(Marshal.ReadInt32(b)) % byLastDigit;
            return x != y ? x.CompareTo(y) : Marshal.ReadInt32(a).CompareTo(Marshal.ReadInt32(b));
        };
        qsort(p, (UIntPtr)values.Length, (UIntPtr)4, lastDigit);
        Console.WriteLine("captured " + Read(p, values.Length) + " calls " + (calls >= values.Length - 1));

        qsort(p, (UIntPtr)values.Length, (UIntPtr)4, ByValue);
        int key = 19;
        IntPtr found = bsearch(ref key, p, (UIntPtr)values.Length, (UIntPtr)4, ByValue);
        key = 20;
        IntPtr missing = bsearch(ref key, p, (UIntPtr)values.Length, (UIntPtr)4, ByValue);
        Console.WriteLine("bsearch " + Marshal.ReadInt32(found) + " " + (missing == IntPtr.Zero));
        Marshal.FreeHGlobal(p);

        Entry[] entries = new Entry[5];
        for (int i = 0; i < entries.Length; i++) entries[i] = new Entry { Key = (i * 7) % 5, Weight = i * 1.5 };
        qsort(entries, (UIntPtr)entries.Length, (UIntPtr)16, (a, b) =>
            Marshal.ReadInt32(b).CompareTo(Marshal.ReadInt32(a)));
        string sorted = "";
        foreach (Entry e in entries) sorted += " " + e.Key + ":" + e.Weight;
        Console.WriteLine("structs" + sorted);

        IntBinary add = (a, b) => a + b + byLastDigit;
        IntPtr addPointer = Marshal.GetFunctionPointerForDelegate(add);
        Console.WriteLine("same pointer " + (addPointer == Marshal.GetFunctionPointerForDelegate(add)));
        IntBinary back = Marshal.GetDelegateForFunctionPointer<IntBinary>(addPointer);
        Console.WriteLine("round trip " + ReferenceEquals(back, add) + " " + back(1, 2));
        // whatever type is asked for, as .NET and Mono do
        Console.WriteLine("any type " + ReferenceEquals(Marshal.GetDelegateForFunctionPointer(addPointer, typeof(Comparer)), add));

        Scale scale = (x, times) => x * times;
        IntPtr scalePointer = Marshal.GetFunctionPointerForDelegate<Scale>(scale);
        Console.WriteLine("doubles " + Marshal.GetDelegateForFunctionPointer<Scale>(scalePointer)(2.25, 4));

        AbsFunction abs = Marshal.GetDelegateForFunctionPointer<AbsFunction>(dlsym(IntPtr.Zero, "abs"));
        Console.WriteLine("libc abs " + abs(-31) + " " + abs.Invoke(8));

        LongFunction twice = x => 2 * x;
        IntPtr twicePointer = Marshal.GetFunctionPointerForDelegate((Delegate)twice);
        LongFunction labs = (LongFunction)Marshal.GetDelegateForFunctionPointer(dlsym(IntPtr.Zero, "labs"), typeof(LongFunction));
        Console.WriteLine("non-generic " + ReferenceEquals(Marshal.GetDelegateForFunctionPointer(twicePointer, typeof(LongFunction)), twice)
            + " " + labs(-5000000000L) + " " + twice(21));

        try
        {
            Marshal.GetDelegateForFunctionPointer(IntPtr.Zero, typeof(AbsFunction));
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine("null pointer " + e.ParamName);
        }
        try
        {
            Marshal.GetDelegateForFunctionPointer(addPointer, typeof(string));
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("not a delegate " + e.ParamName);
        }
        try
        {
            Marshal.GetFunctionPointerForDelegate(null);
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine("null delegate " + e.ParamName);
        }
        GC.KeepAlive(add);
        GC.KeepAlive(scale);
        return 0;
    }
}
