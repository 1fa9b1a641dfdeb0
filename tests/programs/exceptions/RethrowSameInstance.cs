using System;

class TaggedException : Exception
{
    public int Hits;
    public TaggedException(string m) : base(m) { }
}

class RethrowSameInstance
{
    static TaggedException shared = new TaggedException("shared instance");

    static void ThrowShared() { shared.Hits++; throw shared; }

    static void Main()
    {
        for (int i = 0; i < 3; i++)
        {
            try { ThrowShared(); }
            catch (TaggedException e) { Console.WriteLine(e.Message + " hits=" + e.Hits + " same=" + object.ReferenceEquals(e, shared)); }
        }
        Exception saved = null;
        try { throw new FormatException("saved"); }
        catch (FormatException e) { saved = e; }
        try { throw saved; }
        catch (FormatException e) { Console.WriteLine("rethrown saved: " + e.Message + " " + object.ReferenceEquals(e, saved)); }
        try
        {
            try { ThrowShared(); }
            catch (Exception e) { e = new Exception("replaced local"); Console.WriteLine("local replaced: " + e.Message); throw; }
        }
        catch (TaggedException e) { Console.WriteLine("outer got original: " + e.Message + " hits=" + e.Hits); }
    }
}
