// expect-stdout-file: FilterExceptionsSwallowed.out
// An exception thrown while a filter runs is swallowed and the filter counts as false (ECMA-335 II.19,
// .NET behaviour; Mono 6.8 lets it escape, hence the expected-output file).
using System;

class FilterExceptionsSwallowed
{
    static int filterRuns;

    static bool Throws() { filterRuns++; throw new InvalidOperationException("in filter"); }
    static bool Length(string s) { filterRuns++; return s.Length > 0; }
    static bool Divides(int d) { filterRuns++; return 10 / d > 1; }

    static string Run(Func<bool> filter)
    {
        try
        {
            try { throw new FormatException("original"); }
            catch (FormatException) when (filter()) { return "caught by the filtered clause"; }
            catch (FormatException e) { return "next clause got " + e.Message; }
        }
        catch (Exception e) { return "outer frame got " + e.GetType().Name; }
    }

    static string Escapes(Func<bool> filter)
    {
        try
        {
            try { throw new FormatException("original"); }
            catch (FormatException) when (filter()) { return "caught by the filtered clause"; }
        }
        catch (FormatException e) { return "outer catch got " + e.Message; }
        catch (Exception e) { return "filter exception escaped: " + e.GetType().Name; }
    }

    static void Main()
    {
        Console.WriteLine(Run(Throws));
        Console.WriteLine(Run(() => Length(null)));
        Console.WriteLine(Run(() => Divides(0)));
        Console.WriteLine(Run(() => Divides(2)));
        Console.WriteLine(Escapes(Throws));
        Console.WriteLine(Escapes(() => Length(null)));
        int count = 0;
        for (int i = 0; i < 4; i++)
        {
            try { throw new Exception("loop " + i); }
            catch (Exception) when (i % 2 == 0 ? Throws() : true) { count += 1; }
            catch (Exception) { count += 100; }
        }
        Console.WriteLine("count " + count + ", filter runs " + filterRuns);
    }
}
