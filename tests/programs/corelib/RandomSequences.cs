// Seeded generators give .NET's (and Mono's) sequences; unseeded ones differ between instances.
using System;

class CountingRandom : Random
{
    public int Samples;
    public CountingRandom(int seed) : base(seed) { }
    protected override double Sample() { Samples++; return 0.5; }
}

class RandomSequences
{
    static void Main()
    {
        int[] seeds = { 0, 1, 42, -7, 123456789, int.MaxValue, int.MinValue };
        foreach (int seed in seeds)
        {
            Random r = new Random(seed);
            Console.Write(seed + ":");
            for (int i = 0; i < 5; i++) Console.Write(" " + r.Next());
            for (int i = 0; i < 5; i++) Console.Write(" " + r.Next(100));
            for (int i = 0; i < 5; i++) Console.Write(" " + r.Next(-50, 50));
            Console.Write(" " + r.Next(int.MinValue, int.MaxValue));
            Console.Write(" " + r.Next(0, 0) + " " + r.Next(5, 6) + " " + r.Next(0));
            Console.WriteLine(" " + Math.Round(r.NextDouble(), 12));
            byte[] bytes = new byte[10];
            r.NextBytes(bytes);
            Console.WriteLine("  bytes " + BitConverter.ToString(bytes));
        }

        Random a = new Random(2024), b = new Random(2024);
        bool same = true;
        for (int i = 0; i < 1000; i++) if (a.Next(1000) != b.Next(1000)) same = false;
        Console.WriteLine("same seed, same sequence: " + same);

        Random u1 = new Random(), u2 = new Random();
        int equal = 0;
        for (int i = 0; i < 20; i++) if (u1.Next() == u2.Next()) equal++;
        Console.WriteLine("unseeded instances differ: " + (equal < 20));

        Random u = new Random();
        bool inRange = true;
        int[] counts = new int[6];
        for (int i = 0; i < 60000; i++)
        {
            int die = u.Next(1, 7);
            if (die < 1 || die > 6) inRange = false; else counts[die - 1]++;
            double d = u.NextDouble();
            if (d < 0 || d >= 1) inRange = false;
            int n = u.Next(10);
            if (n < 0 || n >= 10) inRange = false;
            if (u.Next() < 0) inRange = false;
            int w = u.Next(int.MinValue, int.MaxValue);
            if (w == int.MaxValue) inRange = false;
            if (u.Next(-3, -2) != -3) inRange = false;
        }
        bool uniform = true;
        foreach (int c in counts) if (c < 9000 || c > 11000) uniform = false;
        Console.WriteLine("in range: " + inRange + ", roughly uniform: " + uniform);
        byte[] buffer = new byte[4096];
        u.NextBytes(buffer);
        int distinct = 0;
        bool[] seen = new bool[256];
        foreach (byte x in buffer) if (!seen[x]) { seen[x] = true; distinct++; }
        Console.WriteLine("bytes spread: " + (distinct > 200));

        CountingRandom counting = new CountingRandom(1);
        Console.WriteLine(counting.Next(10) + " " + counting.Next(4, 8) + " " + counting.NextDouble() + " " + counting.Samples);

        try { new Random(1).Next(-1); } catch (ArgumentOutOfRangeException) { Console.WriteLine("negative maximum"); }
        try { new Random(1).Next(5, 4); } catch (ArgumentOutOfRangeException) { Console.WriteLine("minimum above maximum"); }
        try { new Random(1).NextBytes(null); } catch (ArgumentNullException) { Console.WriteLine("null buffer"); }
        try { new Random().Next(-1); } catch (ArgumentOutOfRangeException) { Console.WriteLine("negative maximum"); }
    }
}
