// The heap is scanned precisely: integers whose bit patterns equal the addresses of released arrays — in long
// fields, in two adjacent int fields, in structs inside an array that also holds references, in a long[] — keep
// nothing alive, so the arrays' memory comes back after a collection. (A conservative scan of objects that hold
// references takes such integers for pointers and keeps every array.)
using System;
using System.Runtime.CompilerServices;

class Holder
{
    public Holder Next;
    public long Address;
    public int Low, High;   // together the same 8 bytes as Address
}

struct Entry
{
    public object Tag;
    public long Address;
}

static class PreciseHeap
{
    const int Count = 2000;
    const int Size = 32 * 1024;   // 64 MiB in all

    static Holder chain;
    static Entry[] entries = new Entry[Count];
    static long[] addresses = new long[Count];
    static object tag = new object();

    static unsafe long AddressOf(byte[] array)
    {
        fixed (byte* p = array)
        {
            return (long)p;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void AllocateAndRemember()
    {
        for (int i = 0; i < Count; i++)
        {
            byte[] array = new byte[Size];
            array[Size - 1] = 1;
            long address = AddressOf(array);
            addresses[i] = address;
            chain = new Holder { Next = chain, Address = address, Low = (int)address, High = (int)(address >> 32) };
            entries[i] = new Entry { Tag = tag, Address = address };
        }
    }

    static int Main()
    {
        long before = GC.GetTotalMemory(true);
        AllocateAndRemember();
        long after = GC.GetTotalMemory(true);
        long kept = after - before;
        Console.WriteLine("released arrays collected: " + (kept < (long)Count * Size / 8));

        // the integers themselves are intact
        int same = 0;
        for (Holder h = chain; h != null; h = h.Next)
        {
            int i = Count - 1 - same;
            long rebuilt = (uint)h.Low | ((long)h.High << 32);
            if (h.Address == addresses[i] && rebuilt == h.Address && entries[i].Address == h.Address && entries[i].Tag == tag)
            {
                same++;
            }
        }
        Console.WriteLine("remembered addresses intact: " + (same == Count));
        return kept < (long)Count * Size / 8 && same == Count ? 0 : 1;
    }
}
