// expect-stdout-file: interlocked-net-members.out
// Members Mono's class library lacks (.NET Core 3.0 to .NET 10): Interlocked's And/Or and unsigned and small-integer
// overloads, MemoryBarrierProcessWide, Volatile's barriers, Monitor.LockContentionCount and System.Threading.Lock.
using System;
using System.Threading;

class InterlockedNetMembers
{
    static int Main()
    {
        int i = 0b1100;
        Console.WriteLine("int and " + Interlocked.And(ref i, 0b1010) + " " + i);
        Console.WriteLine("int or " + Interlocked.Or(ref i, 0b0011) + " " + i);
        long l = -1;
        Console.WriteLine("long and " + Interlocked.And(ref l, 0xFF00) + " " + l);
        Console.WriteLine("long or " + Interlocked.Or(ref l, 1L << 62) + " " + l);
        uint u = uint.MaxValue;
        Console.WriteLine("uint inc " + Interlocked.Increment(ref u) + " dec " + Interlocked.Decrement(ref u));
        Console.WriteLine("uint add " + Interlocked.Add(ref u, 2) + " and " + Interlocked.And(ref u, 0xF0u) + " or " + Interlocked.Or(ref u, 0x0Fu) + " " + u);
        Console.WriteLine("uint xchg " + Interlocked.Exchange(ref u, 7u) + " cmpxchg " + Interlocked.CompareExchange(ref u, 8u, 7u) + " " + u);
        ulong ul = 0;
        Console.WriteLine("ulong dec " + Interlocked.Decrement(ref ul) + " inc " + Interlocked.Increment(ref ul));
        Console.WriteLine("ulong add " + Interlocked.Add(ref ul, ulong.MaxValue) + " read " + Interlocked.Read(ref ul));
        Console.WriteLine("ulong and " + Interlocked.And(ref ul, 0xFFUL) + " or " + Interlocked.Or(ref ul, 0x100UL) + " " + ul);
        Console.WriteLine("ulong xchg " + Interlocked.Exchange(ref ul, 5UL) + " cmpxchg " + Interlocked.CompareExchange(ref ul, 6UL, 4UL) + " " + ul);
        UIntPtr up = new UIntPtr(10u);
        Console.WriteLine("uintptr xchg " + Interlocked.Exchange(ref up, new UIntPtr(20u)) + " cmpxchg " + Interlocked.CompareExchange(ref up, new UIntPtr(30u), new UIntPtr(20u)) + " " + up);
        byte b = 255;
        Console.WriteLine("byte xchg " + Interlocked.Exchange(ref b, (byte)1) + " cmpxchg " + Interlocked.CompareExchange(ref b, (byte)200, (byte)1) + " " + b);
        sbyte sb = -1;
        Console.WriteLine("sbyte xchg " + Interlocked.Exchange(ref sb, (sbyte)-128) + " cmpxchg " + Interlocked.CompareExchange(ref sb, (sbyte)5, (sbyte)-127) + " " + sb);
        short s = -300;
        Console.WriteLine("short xchg " + Interlocked.Exchange(ref s, (short)300) + " cmpxchg " + Interlocked.CompareExchange(ref s, (short)-1, (short)300) + " " + s);
        ushort us = 65535;
        Console.WriteLine("ushort xchg " + Interlocked.Exchange(ref us, (ushort)1) + " cmpxchg " + Interlocked.CompareExchange(ref us, (ushort)40000, (ushort)1) + " " + us);
        Interlocked.MemoryBarrierProcessWide();
        Volatile.ReadBarrier();
        Volatile.WriteBarrier();
        Console.WriteLine("barriers done");

        Console.WriteLine("contention " + Monitor.LockContentionCount);
        var gate = new Lock();
        Console.WriteLine("lock held " + gate.IsHeldByCurrentThread);
        lock (gate)
        {
            Console.WriteLine("in lock " + gate.IsHeldByCurrentThread + ", monitor on the instance " + Monitor.IsEntered(gate));
            lock (gate) Console.WriteLine("nested " + gate.IsHeldByCurrentThread);
        }
        Console.WriteLine("after lock " + gate.IsHeldByCurrentThread);
        using (gate.EnterScope()) Console.WriteLine("scope " + gate.IsHeldByCurrentThread);
        Console.WriteLine("try " + gate.TryEnter() + " " + gate.TryEnter(5) + " " + gate.TryEnter(TimeSpan.Zero));
        gate.Exit();
        gate.Exit();
        gate.Exit();
        try
        {
            gate.Exit();
        }
        catch (SynchronizationLockException e)
        {
            Console.WriteLine("exit unheld: " + e.Message);
        }
        try
        {
            gate.TryEnter(-2);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("timeout -2: " + e.ParamName);
        }
        return 0;
    }
}
