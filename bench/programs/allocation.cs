using System;

// allocation: many small short-lived objects (two fields, one a reference) with a small live set, the pattern of
// iterators, tuples, boxed values and closures. Measures the allocator's fast path and the collector's cost per object.
class Allocation
{
    sealed class Pair
    {
        public long Value;
        public object Tag;
    }

    static void Main(string[] args)
    {
        long n = args.Length > 0 ? long.Parse(args[0]) : 1000000;
        object tag = new object();
        Pair[] live = new Pair[1024];
        for (long i = 0; i < n; i++)
        {
            live[i & 1023] = new Pair { Value = i, Tag = tag };
        }
        long sum = 0;
        foreach (Pair p in live) if (p != null) sum += p.Value;
        Console.WriteLine("allocated " + n + " objects, live sum " + sum);
    }
}
