// [ThreadStatic] fields on one thread: default values, the .cctor's initializer (it runs on this thread), ref
// access, generic types (each instantiation has its own field), structs with references kept alive by the GC.
using System;
using System.Collections.Generic;

class Holder
{
    [ThreadStatic] public static int Count;
    [ThreadStatic] public static string Name = "set by the class constructor";
    [ThreadStatic] static long big;
    [ThreadStatic] public static List<string> Items;
    public static int Plain = 5;
    public static long Big { get { return big; } set { big = value; } }
}

struct Pair { public object A; public long B; }

class G<T>
{
    [ThreadStatic] public static T Value;
    [ThreadStatic] public static Pair P;
    public static T Get() { return Value; }
}

class ThreadStaticBasics
{
    static void Bump(ref int x) { x += 10; }

    static int Main()
    {
        Console.WriteLine(Holder.Name);
        Console.WriteLine(Holder.Count);
        Holder.Count++;
        Holder.Count += 41;
        Bump(ref Holder.Count);
        Console.WriteLine(Holder.Count);
        Holder.Big = long.MaxValue;
        Console.WriteLine(Holder.Big + " " + Holder.Plain);
        Console.WriteLine(Holder.Items == null);
        Holder.Items = new List<string>();
        for (int i = 0; i < 1000; i++) Holder.Items.Add(new string('x', i % 7));
        G<string>.Value = "gs";
        G<int>.Value = 7;
        G<int>.P.A = new int[] { 1, 2, 3 };
        G<int>.P.B = 9;
        G<long>.P.B = 11;
        for (int i = 0; i < 200000; i++) { var garbage = new byte[64]; garbage[0] = 1; }
        GC.Collect();
        Console.WriteLine(G<string>.Get() + G<int>.Get() + " " + G<long>.Get() + " " + G<int>.P.B + " " + G<long>.P.B + " " + ((int[])G<int>.P.A)[2]);
        int chars = 0;
        foreach (var s in Holder.Items) chars += s.Length;
        Console.WriteLine(Holder.Items.Count + " items, " + chars + " chars");
        long sum = 0;
        for (int i = 0; i < 1000000; i++) { sum += Holder.Count; Holder.Count = i & 7; }
        Console.WriteLine(sum);
        return 0;
    }
}
