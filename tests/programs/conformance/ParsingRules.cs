// Self-checking: int/long/uint/byte/double/bool Parse and TryParse — signs, surrounding whitespace, overflow
// at the exact limits, invalid characters, empty and null input, exponents and special values.
using System;

class ParsingRules
{
    static int failures;

    static void Check(string what, string got, string expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static string TryInt(string s) { int v; return int.TryParse(s, out v) ? v.ToString() : "fail"; }
    static string TryLong(string s) { long v; return long.TryParse(s, out v) ? v.ToString() : "fail"; }
    static string TryUInt(string s) { uint v; return uint.TryParse(s, out v) ? v.ToString() : "fail"; }
    static string TryByte(string s) { byte v; return byte.TryParse(s, out v) ? v.ToString() : "fail"; }
    static string TryShort(string s) { short v; return short.TryParse(s, out v) ? v.ToString() : "fail"; }
    static string TryDouble(string s) { double v; return double.TryParse(s, out v) ? v.ToString() : "fail"; }
    static string TryBool(string s) { bool v; return bool.TryParse(s, out v) ? v.ToString() : "fail"; }

    static string ParseIntOrError(string s)
    {
        try { return int.Parse(s).ToString(); }
        catch (FormatException) { return "format"; }
        catch (OverflowException) { return "overflow"; }
        catch (ArgumentNullException) { return "null"; }
    }

    static int Main()
    {
        Check("int plain", TryInt("12345"), "12345");
        Check("int negative", TryInt("-42"), "-42");
        Check("int plus", TryInt("+42"), "42");
        Check("int whitespace", TryInt("  7\t"), "7");
        Check("int leading zeros", TryInt("000123"), "123");
        Check("int max", TryInt("2147483647"), "2147483647");
        Check("int min", TryInt("-2147483648"), "-2147483648");
        Check("int max+1", TryInt("2147483648"), "fail");
        Check("int min-1", TryInt("-2147483649"), "fail");
        Check("int empty", TryInt(""), "fail");
        Check("int null", TryInt(null), "fail");
        Check("int sign only", TryInt("-"), "fail");
        Check("int inner space", TryInt("1 2"), "fail");
        Check("int decimal point", TryInt("1.0"), "fail");
        Check("int letters", TryInt("12a"), "fail");
        Check("int double sign", TryInt("--1"), "fail");
        Check("int hex not allowed", TryInt("0x10"), "fail");

        Check("long max", TryLong("9223372036854775807"), "9223372036854775807");
        Check("long min", TryLong("-9223372036854775808"), "-9223372036854775808");
        Check("long overflow", TryLong("9223372036854775808"), "fail");
        Check("long huge", TryLong("99999999999999999999999"), "fail");
        Check("uint max", TryUInt("4294967295"), "4294967295");
        Check("uint overflow", TryUInt("4294967296"), "fail");
        Check("uint negative", TryUInt("-1"), "fail");
        Check("byte max", TryByte("255"), "255");
        Check("byte overflow", TryByte("256"), "fail");
        Check("short min", TryShort("-32768"), "-32768");
        Check("short overflow", TryShort("32768"), "fail");

        Check("Parse format error", ParseIntOrError("abc"), "format");
        Check("Parse overflow", ParseIntOrError("99999999999"), "overflow");
        Check("Parse null", ParseIntOrError(null), "null");
        Check("Parse ok", ParseIntOrError(" -17 "), "-17");

        Check("double plain", TryDouble("3.25"), "3.25");
        Check("double negative", TryDouble("-0.5"), "-0.5");
        Check("double exponent", TryDouble("1.5e3"), "1500");
        Check("double exponent sign", TryDouble("2.5E-2"), "0.025");
        Check("double leading dot", TryDouble(".5"), "0.5");
        Check("double trailing dot", TryDouble("5."), "5");
        Check("double integer", TryDouble("42"), "42");
        Check("double whitespace", TryDouble(" 1.25 "), "1.25");
        Check("double invalid", TryDouble("1.2.3"), "fail");
        Check("double empty", TryDouble(""), "fail");
        Check("double NaN", TryDouble("NaN"), "NaN");
        Check("double big", TryDouble("1e308"), "1E+308");
        Check("double precise", (double.Parse("0.1") + double.Parse("0.2") == 0.1 + 0.2).ToString(), "True");

        Check("bool true", TryBool("true"), "True");
        Check("bool True", TryBool("True"), "True");
        Check("bool FALSE", TryBool("FALSE"), "False");
        Check("bool padded", TryBool(" true "), "True");
        Check("bool invalid", TryBool("yes"), "fail");
        Check("bool number", TryBool("1"), "fail");

        // round trips through ToString
        foreach (int v in new[] { 0, -1, int.MaxValue, int.MinValue, 1000000 })
            Check("int round trip " + v, int.Parse(v.ToString()).ToString(), v.ToString());
        foreach (long v in new[] { long.MaxValue, long.MinValue, -1234567890123L })
            Check("long round trip " + v, long.Parse(v.ToString()).ToString(), v.ToString());
        char c = char.Parse("x");
        Check("char.Parse", c.ToString(), "x");

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }
}
