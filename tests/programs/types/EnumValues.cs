// Enum.GetValues and GetNames over enums of every underlying size and sign, the program's own and the core
// library's: values come in unsigned order (negative members last), as .NET and Mono return them.
using System;
using System.Collections.Generic;

enum Color { Red, Green = 5, Blue }
enum Temperature : sbyte { Cold = -10, Mild = 0, Hot = 40 }
enum Suit : byte { Hearts = 1, Spades = 200, Clubs = 3 }
enum Wide : long { Min = long.MinValue, Zero = 0, Max = long.MaxValue }
enum Big : ulong { Small = 1, Huge = ulong.MaxValue }
[Flags] enum Perm : short { None = 0, Read = 1, Write = 2, Exec = 4, All = 7 }

class EnumValues
{
    static int Main()
    {
        foreach (Color c in Enum.GetValues(typeof(Color))) Console.WriteLine(c + " " + (int)c);
        foreach (Temperature t in Enum.GetValues(typeof(Temperature))) Console.WriteLine(t + " " + (sbyte)t);
        foreach (Suit s in Enum.GetValues(typeof(Suit))) Console.WriteLine(s + " " + (byte)s);
        foreach (Wide w in Enum.GetValues(typeof(Wide))) Console.WriteLine(w + " " + (long)w);
        foreach (Big b in Enum.GetValues(typeof(Big))) Console.WriteLine(b + " " + (ulong)b);
        foreach (Perm p in Enum.GetValues(typeof(Perm))) Console.WriteLine(p + " " + (short)p);
        Console.WriteLine(string.Join(",", Enum.GetNames(typeof(Temperature))) + " / " + string.Join(",", Enum.GetNames(typeof(Wide))));
        foreach (DayOfWeek d in Enum.GetValues(typeof(DayOfWeek))) Console.Write((int)d + ":" + d + " ");
        Console.WriteLine();
        var colors = (Color[])Enum.GetValues(typeof(Color));
        Array.Reverse(colors);
        Console.WriteLine(colors.Length + " " + colors[0] + " " + Array.IndexOf(colors, Color.Red));
        var fresh = (Color[])Enum.GetValues(typeof(Color));
        Console.WriteLine(fresh[0] + " " + ReferenceEquals(fresh, colors));
        int total = 0;
        foreach (Suit s in (Suit[])Enum.GetValues(typeof(Suit))) total += (int)s;
        Console.WriteLine("total " + total);
        try { Enum.GetValues(typeof(int)); } catch (ArgumentException) { Console.WriteLine("int is not an enum"); }
        try { Enum.GetValues(null); } catch (ArgumentNullException) { Console.WriteLine("null type"); }
        var byName = new Dictionary<string, Perm>();
        foreach (Perm p in Enum.GetValues(typeof(Perm))) byName[p.ToString()] = p;
        Console.WriteLine(byName["All"] + " " + (byName["Read"] | byName["Exec"]));
        return colors.Length;
    }
}
