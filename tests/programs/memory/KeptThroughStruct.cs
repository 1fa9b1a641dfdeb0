// A large object graph reachable only through a struct field inside an array (and through an md-array of structs,
// a boxed struct and the last field of an object too large for a bitmap descriptor) stays alive across collections
// while much garbage is allocated: the collector follows exactly those references.
using System;
using System.Runtime.CompilerServices;

#pragma warning disable 649 // Wide's longs are there for their size

class Node
{
    public Node Left, Right;
    public int Value;
}

struct Slot
{
    public int Tag;
    public Node Root;
    public long Padding;
}

class Wide
{
    public long A0, A1, A2, A3, A4, A5, A6, A7, A8, A9, B0, B1, B2, B3, B4, B5, B6, B7, B8, B9;
    public long C0, C1, C2, C3, C4, C5, C6, C7, C8, C9, D0, D1, D2, D3, D4, D5, D6, D7, D8, D9;
    public long E0, E1, E2, E3, E4, E5, E6, E7, E8, E9, F0, F1, F2, F3, F4, F5, F6, F7, F8, F9;
    public long G0, G1, G2, G3, G4, G5, G6, G7, G8, G9;
    public Node Last;   // word 71: beyond a 62-bit bitmap
}

static class KeptThroughStruct
{
    static Slot[] slots;
    static Slot[,] grid;
    static object boxed;
    static Wide wide;

    static int counter;

    static Node Build(int depth)
    {
        Node n = new Node { Value = counter++ };
        if (depth > 0)
        {
            n.Left = Build(depth - 1);
            n.Right = Build(depth - 1);
        }
        return n;
    }

    static long Sum(Node n)
    {
        return n == null ? 0 : n.Value + Sum(n.Left) + Sum(n.Right);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Setup()
    {
        slots = new Slot[16];
        slots[11].Tag = 11;
        slots[11].Root = Build(16);
        grid = new Slot[3, 4];
        grid[2, 1].Root = Build(12);
        boxed = new Slot { Tag = 7, Root = Build(12) };
        wide = new Wide { Last = Build(12) };
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static long Churn()
    {
        long total = 0;
        for (int round = 0; round < 6; round++)
        {
            for (int i = 0; i < 100000; i++)
            {
                Node garbage = new Node { Value = i, Left = new Node(), Right = new Node() };
                total += garbage.Value;
            }
            GC.Collect();
        }
        return total;
    }

    static void Main()
    {
        Setup();
        Console.WriteLine("churned: " + Churn());
        Console.WriteLine("slot tree: " + Sum(slots[11].Root) + ", tag " + slots[11].Tag);
        Console.WriteLine("grid tree: " + Sum(grid[2, 1].Root));
        Console.WriteLine("boxed tree: " + Sum(((Slot)boxed).Root) + ", tag " + ((Slot)boxed).Tag);
        Console.WriteLine("wide tree: " + Sum(wide.Last));
    }
}
