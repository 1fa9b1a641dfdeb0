using System;

static class Validator
{
    public static int ParseDigit(char c)
    {
        if (!char.IsDigit(c)) throw new FormatException("not a digit: " + c);
        return c - '0';
    }
    public static int ParseNumber(string s)
    {
        if (s == null) throw new ArgumentNullException("s");
        if (s.Length == 0) throw new ArgumentException("empty");
        int v = 0;
        for (int i = 0; i < s.Length; i++) v = checked(v * 10 + ParseDigit(s[i]));
        return v;
    }
}

class StaticMethodExceptions
{
    static void Main()
    {
        string[] inputs = new string[] { "123", "", null, "12a", "99999999999", "0" };
        for (int i = 0; i < inputs.Length; i++)
        {
            try { Console.WriteLine("ok " + Validator.ParseNumber(inputs[i])); }
            catch (FormatException e) { Console.WriteLine("format: " + e.Message); }
            catch (ArgumentNullException) { Console.WriteLine("null input"); }
            catch (ArgumentException e) { Console.WriteLine("arg: " + e.Message); }
            catch (OverflowException) { Console.WriteLine("too big"); }
        }
    }
}
