using System;
using System.Threading;

// Volatile.Read/Write for every overload and C# volatile fields (mcs emits the `volatile.` prefix on their loads
// and stores), on instance and static fields, array elements, locals and structs.
class VolatileMembers
{
    struct Pair { public int A; public long B; }
    class Box { public volatile int Count; public volatile string Text; public volatile bool Flag; public volatile float Ratio; }

    static volatile int s_counter;
    static volatile object s_object;
    static Pair s_pair;

    static int Main()
    {
        bool flag = false; Volatile.Write(ref flag, true); Console.WriteLine("bool " + Volatile.Read(ref flag));
        byte by = 0; Volatile.Write(ref by, 200); Console.WriteLine("byte " + Volatile.Read(ref by));
        sbyte sb = 0; Volatile.Write(ref sb, -100); Console.WriteLine("sbyte " + Volatile.Read(ref sb));
        short sh = 0; Volatile.Write(ref sh, -30000); Console.WriteLine("short " + Volatile.Read(ref sh));
        ushort us = 0; Volatile.Write(ref us, 60000); Console.WriteLine("ushort " + Volatile.Read(ref us));
        int i = 0; Volatile.Write(ref i, -5); Console.WriteLine("int " + Volatile.Read(ref i));
        uint ui = 0; Volatile.Write(ref ui, 4000000000); Console.WriteLine("uint " + Volatile.Read(ref ui));
        long l = 0; Volatile.Write(ref l, long.MinValue); Console.WriteLine("long " + Volatile.Read(ref l));
        ulong ul = 0; Volatile.Write(ref ul, ulong.MaxValue); Console.WriteLine("ulong " + Volatile.Read(ref ul));
        IntPtr ip = IntPtr.Zero; Volatile.Write(ref ip, new IntPtr(77)); Console.WriteLine("intptr " + Volatile.Read(ref ip));
        UIntPtr up = UIntPtr.Zero; Volatile.Write(ref up, new UIntPtr(78)); Console.WriteLine("uintptr " + Volatile.Read(ref up));
        float f = 0; Volatile.Write(ref f, 1.5f); Console.WriteLine("float " + Volatile.Read(ref f));
        double d = 0; Volatile.Write(ref d, -2.25); Console.WriteLine("double " + Volatile.Read(ref d));
        object o = null; Volatile.Write(ref o, "obj"); Console.WriteLine("object " + Volatile.Read(ref o));
        string s = null; Volatile.Write(ref s, "generic"); Console.WriteLine("T " + Volatile.Read(ref s));

        var box = new Box();
        for (int k = 0; k < 10; k++) box.Count += k;
        box.Text = "text";
        box.Flag = !box.Flag;
        box.Ratio = box.Count / 4f;
        Console.WriteLine("fields " + box.Count + " " + box.Text + " " + box.Flag + " " + box.Ratio);

        for (int k = 0; k < 1000; k++) s_counter++;
        s_object = box.Text + "!";
        Console.WriteLine("statics " + s_counter + " " + s_object);

        int[] array = { 1, 2, 3 };
        Volatile.Write(ref array[1], Volatile.Read(ref array[0]) + Volatile.Read(ref array[2]));
        Console.WriteLine("array " + string.Join(",", array));

        s_pair.A = 3;
        Volatile.Write(ref s_pair.B, 1L << 33);
        Console.WriteLine("struct " + Volatile.Read(ref s_pair.A) + " " + Volatile.Read(ref s_pair.B));

        // the .NET Framework's accessors on Thread
        // (not object: Mono's JIT asserts on Thread.VolatileRead/Write(ref object))
        int ti = 0; long tl = 0; double td = 0;
        Thread.VolatileWrite(ref ti, 11); Thread.VolatileWrite(ref tl, 12); Thread.VolatileWrite(ref td, 1.4);
        Thread.MemoryBarrier();
        Console.WriteLine("thread " + Thread.VolatileRead(ref ti) + " " + Thread.VolatileRead(ref tl) + " " + Thread.VolatileRead(ref td));
        return 0;
    }
}
