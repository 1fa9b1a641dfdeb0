using System;

class FilterSideEffects
{
    static int filterRuns;
    static bool Counted(Exception e, int mode) { filterRuns++; return mode == 0 && e.Message.Length > 100; }
    static bool Note(string s, bool result) { Console.WriteLine("filter " + s + " -> " + result); return result; }

    static string Run(int mode)
    {
        try
        {
            try { throw new ArgumentException("original " + mode); }
            catch (ArgumentException e) when (Counted(e, mode)) { return "unreachable"; }
            catch (ArgumentException e) when (Note("second", mode == 1)) { return "second caught " + e.Message; }
        }
        catch (Exception e) when (Note("outer", true)) { return "outer caught " + e.Message; }
        return "none";
    }

    static void Main()
    {
        Console.WriteLine(Run(0));
        Console.WriteLine(Run(1));
        Console.WriteLine(Run(2));
        Console.WriteLine("filter runs " + filterRuns);
    }
}
