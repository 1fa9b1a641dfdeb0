using System;

abstract class Parser
{
    public abstract int Parse(string s);
    public int ParseOr(string s, int fallback)
    {
        try { return Parse(s); }
        catch (FormatException) { return fallback; }
    }
}
class Strict : Parser
{
    public override int Parse(string s)
    {
        if (string.IsNullOrEmpty(s)) throw new FormatException("empty");
        int v = 0;
        for (int i = 0; i < s.Length; i++) { if (!char.IsDigit(s[i])) throw new FormatException("bad char " + s[i]); v = v * 10 + s[i] - '0'; }
        return v;
    }
}
class Lenient : Strict
{
    public override int Parse(string s)
    {
        string digits = "";
        if (s != null) for (int i = 0; i < s.Length; i++) if (char.IsDigit(s[i])) digits += s[i];
        return digits.Length == 0 ? 0 : base.Parse(digits);
    }
}
class Failing : Parser
{
    public override int Parse(string s) { throw new InvalidOperationException("always fails"); }
}

class VirtualMethodThrows
{
    static void Main()
    {
        Parser[] ps = new Parser[] { new Strict(), new Lenient(), new Failing() };
        string[] inputs = new string[] { "123", "1a2", "", null };
        for (int p = 0; p < ps.Length; p++)
        {
            string line = "";
            for (int i = 0; i < inputs.Length; i++)
            {
                try { line += ps[p].ParseOr(inputs[i], -1) + " "; }
                catch (InvalidOperationException e) { line += "[" + e.Message + "] "; }
            }
            Console.WriteLine(line);
        }
        try { new Strict().Parse("9x"); } catch (FormatException e) { Console.WriteLine(e.Message); }
    }
}
