// List<T>.Add and Stack<T>.Push through their inlined common case and out-of-line growth (the new array is filled
// from the old by Array.ResizedCopy, only the rest cleared), List's indexer, Capacity and TrimExcess, and array
// element accesses with int and native-int indexes at and past both ends (the 32-bit bounds check).
using System;
using System.Collections.Generic;

struct Pair
{
    public string Name;
    public long Value;
    public Pair(string name, long value) { Name = name; Value = value; }
    public override string ToString() { return Name + "=" + Value; }
}

static class GrowingCollections
{
    static long Checksum<T>(List<T> list, Func<T, long> f)
    {
        long s = 0;
        for (int i = 0; i < list.Count; i++) s = s * 31 + f(list[i]);
        return s;
    }

    static void Lists()
    {
        var ints = new List<int>();
        for (int i = 0; i < 1000; i++) ints.Add(i * 7 - 3);
        Console.WriteLine("ints " + ints.Count + " " + ints.Capacity + " " + Checksum(ints, x => x));
        var strings = new List<string>();
        for (int i = 0; i < 300; i++) strings.Add(i % 5 == 0 ? null : "s" + i);
        GC.Collect();
        Console.WriteLine("strings " + strings.Count + " " + strings.Capacity + " " + Checksum(strings, s => s == null ? -1 : s.Length) + " " + strings[299] + " " + (strings[295] == null));
        var pairs = new List<Pair>();
        for (int i = 0; i < 100; i++) pairs.Add(new Pair("p" + i, (long)i << 33));
        GC.Collect();
        Console.WriteLine("pairs " + pairs.Count + " " + pairs.Capacity + " " + pairs[0] + " " + pairs[99]);
        var bytes = new List<byte>(3);
        for (int i = 0; i < 70; i++) bytes.Add((byte)(i * 37));
        Console.WriteLine("bytes " + bytes.Count + " " + bytes.Capacity + " " + Checksum(bytes, b => b));
        ints.Capacity = 1500;
        Console.WriteLine("capacity " + ints.Capacity + " " + ints[999] + " " + Checksum(ints, x => x));
        ints.RemoveRange(10, 980);
        ints.TrimExcess();
        Console.WriteLine("trimmed " + ints.Count + " " + ints.Capacity + " " + ints[9] + " " + ints[10]);
        for (int i = 0; i < 20; i++) ints.Add(-i);
        Console.WriteLine("again " + ints.Count + " " + ints.Capacity + " " + Checksum(ints, x => x));
        ints[3] = 42;
        Console.WriteLine("set " + ints[3]);
        try { ints[ints.Count] = 1; } catch (ArgumentOutOfRangeException) { Console.WriteLine("set past the end"); }
        try { Console.WriteLine(ints[-1]); } catch (ArgumentOutOfRangeException) { Console.WriteLine("get before the start"); }
        var e = ints.GetEnumerator();
        e.MoveNext();
        ints.Add(5);
        try { e.MoveNext(); } catch (InvalidOperationException) { Console.WriteLine("Add changes the version"); }
        var empty = new List<int>(0);
        empty.Add(1);
        Console.WriteLine("from empty " + empty.Count + " " + empty.Capacity);
    }

    static void Stacks()
    {
        var stack = new Stack<string>();
        for (int i = 0; i < 100; i++) stack.Push("v" + i);
        GC.Collect();
        string popped = "";
        for (int i = 0; i < 5; i++) popped += stack.Pop() + " ";
        Console.WriteLine("stack " + stack.Count + " " + popped + stack.Peek());
        var numbers = new Stack<long>(new long[] { 1, 2, 3 });
        for (long i = 0; i < 50; i++) numbers.Push(i * i);
        long sum = 0;
        foreach (long n in numbers) sum = sum * 7 + n;
        Console.WriteLine("numbers " + numbers.Count + " " + sum);
        var en = numbers.GetEnumerator();
        en.MoveNext();
        numbers.Push(1);
        try { en.MoveNext(); } catch (InvalidOperationException) { Console.WriteLine("Push changes the version"); }
    }

    static void Arrays(int minusOne, long wide)
    {
        int[] a = new int[5];
        for (int i = 0; i < a.Length; i++) a[i] = i + 10;
        try { a[minusOne] = 1; } catch (IndexOutOfRangeException) { Console.WriteLine("index -1"); }
        try { Console.WriteLine(a[a.Length]); } catch (IndexOutOfRangeException) { Console.WriteLine("index Length"); }
        try { Console.WriteLine(a[int.MinValue + minusOne + 1]); } catch (IndexOutOfRangeException) { Console.WriteLine("index MinValue"); }
        Console.WriteLine(a[wide - (1L << 32)] + " " + a[(long)4] + " " + a[(int)(wide & 3)]);
    }

    static void Main()
    {
        Lists();
        Stacks();
        Arrays(-1, (1L << 32) + 1);
    }
}
