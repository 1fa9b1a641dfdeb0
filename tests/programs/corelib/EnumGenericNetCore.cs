// expect-stdout-file: EnumGenericNetCore.out
// Enum.GetValues<TEnum>() and GetNames<TEnum>() (.NET 5), which Mono's mscorlib lacks: typed arrays, in the same
// unsigned order as the non-generic forms.
using System;

enum Level : short { Low = -1, Normal = 0, High = 1 }
enum Shade { Light = 2, Dark = 1 }

class EnumGenericNetCore
{
    static void Main()
    {
        Level[] levels = Enum.GetValues<Level>();
        Console.WriteLine(levels.Length + " " + string.Join(",", levels) + " " + (short)levels[2]);
        Console.WriteLine(string.Join(",", Enum.GetNames<Shade>()) + " " + Enum.GetValues<Shade>()[0]);
        Console.WriteLine(string.Join(",", Enum.GetValues<DayOfWeek>()).Length);
        Shade[] a = Enum.GetValues<Shade>(), b = Enum.GetValues<Shade>();
        Console.WriteLine(ReferenceEquals(a, b) + " " + ((Shade[])Enum.GetValues(typeof(Shade)))[1]);
    }
}
