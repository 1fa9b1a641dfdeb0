using System;

class NaNComparisons
{
    static void Main()
    {
        double nan = 0.0 / 0.0;
        double one = 1.0;
        Console.WriteLine(nan == nan);
        Console.WriteLine(nan != nan);
        Console.WriteLine(nan < one);
        Console.WriteLine(nan > one);
        Console.WriteLine(nan <= one);
        Console.WriteLine(nan >= one);
        Console.WriteLine(!(nan < one));
        Console.WriteLine(nan.Equals(nan));
        Console.WriteLine((nan + 1.0) == (nan + 1.0));
        float fn = (float)nan;
        Console.WriteLine(fn == fn);
        Console.WriteLine(fn < 0f || fn >= 0f);
        Console.WriteLine(Math.Max(1.0, nan) == Math.Max(1.0, nan));
        double inf = 1.0 / 0.0;
        Console.WriteLine((inf - inf) != (inf - inf));
        Console.WriteLine(inf > double.MaxValue);
        Console.WriteLine(-inf < double.MinValue);
        int branch = 0;
        if (nan < 0) branch = 1; else if (nan >= 0) branch = 2; else branch = 3;
        Console.WriteLine(branch);
    }
}
