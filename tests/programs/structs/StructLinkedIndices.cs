using System;

struct Slot
{
    public int Value;
    public int Next;
}

class StructLinkedIndices
{
    static Slot[] pool = new Slot[16];
    static int free = 0;

    static int Alloc(int v, int next)
    {
        int idx = free++;
        pool[idx].Value = v;
        pool[idx].Next = next;
        return idx;
    }

    static void Main()
    {
        int head = -1;
        for (int i = 1; i <= 6; i++) head = Alloc(i * 3, head);
        int cur = head;
        while (cur != -1) { Console.Write(pool[cur].Value + " "); cur = pool[cur].Next; }
        Console.WriteLine();
        int prev = -1; cur = head;
        while (cur != -1) { int nx = pool[cur].Next; pool[cur].Next = prev; prev = cur; cur = nx; }
        head = prev;
        for (cur = head; cur != -1; cur = pool[cur].Next) Console.Write(pool[cur].Value + " ");
        Console.WriteLine();
        Console.WriteLine("used " + free);
    }
}
