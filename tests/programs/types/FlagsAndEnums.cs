// Enums as application code uses them: [Flags] combinations and their ToString, undefined values, Parse and
// TryParse (names, numbers, comma lists, ignore case), HasFlag, format strings, switch over enums, non-int
// underlying types and enum arithmetic.
using System;
using System.Collections.Generic;

[Flags]
enum Permissions { None = 0, Read = 1, Write = 2, Execute = 4, Delete = 8, ReadWrite = Read | Write, All = Read | Write | Execute | Delete }

enum Weekday { Monday = 1, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday }

enum Level : byte { Low = 10, Medium = 20, High = 30 }

enum Big : long { Small = 1, Huge = 1L << 40 }

[Flags]
enum Style : ushort { Plain = 0, Bold = 1, Italic = 2, Underline = 4 }

class FlagsAndEnums
{
    static string Describe(Weekday d)
    {
        switch (d)
        {
            case Weekday.Saturday:
            case Weekday.Sunday: return "weekend";
            case Weekday.Friday: return "almost";
            default: return d >= Weekday.Monday && d <= Weekday.Thursday ? "work" : "unknown";
        }
    }

    static int Main()
    {
        Permissions p = Permissions.Read | Permissions.Execute;
        Console.WriteLine(p + " | " + (p | Permissions.Write) + " | " + Permissions.All + " | " + Permissions.None + " | " + (Permissions)16 + " | " + (Permissions)19 + " | " + (Permissions.Read | Permissions.Write));
        Console.WriteLine("hasflag " + p.HasFlag(Permissions.Read) + " " + p.HasFlag(Permissions.ReadWrite) + " " + p.HasFlag(Permissions.None) + " bitwise " + ((p & Permissions.Execute) != 0));
        p &= ~Permissions.Read;
        p ^= Permissions.Delete;
        Console.WriteLine("after masking " + p + " = " + (int)p);
        Console.WriteLine("formats " + Permissions.ReadWrite.ToString("D") + " " + Permissions.ReadWrite.ToString("X") + " " + Permissions.ReadWrite.ToString("G") + " " + Permissions.Delete.ToString("F") + " " + ((Permissions)5).ToString("F") + " " + Weekday.Friday.ToString("D") + " " + Level.High.ToString("X"));
        Console.WriteLine("weekday " + Weekday.Wednesday + " " + (Weekday)0 + " " + (Weekday)8 + " " + (int)Weekday.Sunday + " next " + (Weekday.Monday + 1) + " diff " + (Weekday.Friday - Weekday.Monday));
        foreach (Weekday d in new[] { Weekday.Monday, Weekday.Friday, Weekday.Sunday, (Weekday)9 }) Console.Write(d + ":" + Describe(d) + " ");
        Console.WriteLine();

        Permissions parsed = (Permissions)Enum.Parse(typeof(Permissions), "Read, Delete");
        Console.WriteLine("parse list " + parsed + " " + (int)parsed);
        Console.WriteLine("parse number " + (Permissions)Enum.Parse(typeof(Permissions), "6") + " ignore case " + (Weekday)Enum.Parse(typeof(Weekday), "tuesday", true));
        Weekday wd;
        Console.WriteLine("tryparse " + Enum.TryParse("Sunday", out wd) + " " + wd + " " + Enum.TryParse("Funday", out wd) + " " + Enum.TryParse("saturday", true, out wd) + " " + wd + " " + Enum.TryParse("3", out wd) + " " + wd);
        try { Enum.Parse(typeof(Weekday), "Someday"); } catch (ArgumentException) { Console.WriteLine("parse failure -> ArgumentException"); }
        Console.WriteLine("isdefined " + Enum.IsDefined(typeof(Weekday), 3) + " " + Enum.IsDefined(typeof(Weekday), 0) + " " + Enum.IsDefined(typeof(Weekday), "Friday") + " " + Enum.IsDefined(typeof(Permissions), 3));

        Level lv = Level.Medium;
        lv += 10;
        Console.WriteLine("byte enum " + lv + " " + (byte)lv + " " + (Level)25 + " " + sizeof(Level) + " compare " + Level.Low.CompareTo(Level.High) + " " + (Level.High > Level.Low));
        Big b = Big.Huge;
        Console.WriteLine("long enum " + b + " " + (long)b + " " + (Big)2 + " " + Big.Huge.ToString("D"));
        Style st = Style.Bold | Style.Underline;
        Console.WriteLine("ushort flags " + st + " " + (Style)0 + " " + (ushort)st + " " + (Style)8 + " " + (Style)15);

        var counts = new Dictionary<Weekday, int>();
        foreach (var d in new[] { Weekday.Monday, Weekday.Monday, Weekday.Friday }) { int n; counts.TryGetValue(d, out n); counts[d] = n + 1; }
        foreach (var kv in counts) Console.Write(kv.Key + "=" + kv.Value + " ");
        Console.WriteLine();
        object boxed = Weekday.Thursday;
        Console.WriteLine("boxed " + boxed + " is enum " + (boxed is Enum) + " is weekday " + (boxed is Weekday) + " unbox " + (int)(Weekday)boxed + " equals " + boxed.Equals(Weekday.Thursday) + " " + boxed.Equals(4));
        Enum e = Permissions.Write;
        Console.WriteLine("as Enum " + e + " " + e.GetType().Name + " " + Enum.GetUnderlyingType(typeof(Level)).Name);
        Permissions all = Permissions.None;
        for (int bit = 1; bit <= 8; bit <<= 1) all |= (Permissions)bit;
        Console.WriteLine("accumulated " + all + " equals All " + (all == Permissions.All));
        Console.WriteLine("names " + string.Join(",", Enum.GetNames(typeof(Weekday))));
        return 100;
    }
}
