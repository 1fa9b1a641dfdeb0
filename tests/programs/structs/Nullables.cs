using System;

class Nullables
{
    static int? Find(int[] items, int wanted)
    {
        for (int i = 0; i < items.Length; i++) if (items[i] == wanted) return i;
        return null;
    }

    static void Main()
    {
        int[] items = { 5, 8, 13 };
        int? hit = Find(items, 8);
        int? miss = Find(items, 7);
        Console.WriteLine(hit.HasValue + " " + hit.Value);
        Console.WriteLine(miss.HasValue + " " + miss.GetValueOrDefault(-1));
        object boxedHit = hit;
        object boxedMiss = miss;
        Console.WriteLine(boxedHit);
        Console.WriteLine(boxedMiss == null);
        Console.WriteLine(boxedHit is int);
        int? back = (int?)boxedHit;
        int? none = (int?)boxedMiss;
        Console.WriteLine(back.Value + " " + none.HasValue);
        long? sum = 0;
        for (int i = 0; i < 5; i++) sum = sum + i;
        Console.WriteLine(sum);
        int? a = 3, b = null;
        Console.WriteLine((a + b).HasValue);
        Console.WriteLine(a ?? 0);
        Console.WriteLine(b ?? 42);
        try
        {
            Console.WriteLine(b.Value);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("no value: " + e.Message);
        }
    }
}
