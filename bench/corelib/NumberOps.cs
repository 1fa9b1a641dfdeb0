// Number formatting and parsing in the core-library suite (bench/corelib/Ops.cs has the harness and the shared
// inputs): int, long, double, float and decimal; default, "R", "G17", "F", "N", "E" and "X" formats; Parse.
// The doubles span 10^-10..10^11 with random mantissas (so most need 15-17 digits), the floats are the same values
// rounded. Mono's double/float ToString() print 15 (float: 7) significant digits where .NET Core 3.0+ (and Kiln)
// print the shortest round-trip text: the work differs slightly there ("R" is the same work on both).
using System;
using System.Globalization;

static partial class Ops
{
    internal static readonly bool numbersArea = Area("Numbers", Numbers);

    static void Numbers()
    {
        var inv = CultureInfo.InvariantCulture;
        Run("int.ToString", n => { long s = 0; for (int i = 0; i < n; i++) s += ints[i % Size].ToString().Length; return s; });
        Run("int.ToString(X)", n => { long s = 0; for (int i = 0; i < n; i++) s += ints[i % Size].ToString("X").Length; return s; });
        Run("int.ToString(N)", n => { long s = 0; for (int i = 0; i < n; i++) s += ints[i % Size].ToString("N", inv).Length; return s; });
        Run("int.Parse", n => { long s = 0; for (int i = 0; i < n; i++) s += int.Parse(intTexts[i % Size], inv); return s; });
        Run("int.TryParse", n => { long s = 0; int v; for (int i = 0; i < n; i++) s += int.TryParse(intTexts[i % Size], NumberStyles.Integer, inv, out v) ? v : 0; return s; });
        Run("long.ToString", n => { long s = 0; for (int i = 0; i < n; i++) s += longs[i % Size].ToString().Length; return s; });
        Run("long.ToString(X16)", n => { long s = 0; for (int i = 0; i < n; i++) s += longs[i % Size].ToString("X16").Length; return s; });
        Run("long.Parse", n => { long s = 0; for (int i = 0; i < n; i++) s += long.Parse(longTexts[i % Size], inv); return s; });
        Run("double.ToString", n => { long s = 0; for (int i = 0; i < n; i++) s += doubles[i % Size].ToString(inv).Length; return s; });
        Run("double.ToString(R)", n => { long s = 0; for (int i = 0; i < n; i++) s += doubles[i % Size].ToString("R", inv).Length; return s; });
        Run("double.ToString(G17)", n => { long s = 0; for (int i = 0; i < n; i++) s += doubles[i % Size].ToString("G17", inv).Length; return s; });
        Run("double.ToString(F2)", n => { long s = 0; for (int i = 0; i < n; i++) s += doubles[i % Size].ToString("F2", inv).Length; return s; });
        Run("double.ToString(N)", n => { long s = 0; for (int i = 0; i < n; i++) s += doubles[i % Size].ToString("N", inv).Length; return s; });
        Run("double.ToString(E)", n => { long s = 0; for (int i = 0; i < n; i++) s += doubles[i % Size].ToString("E", inv).Length; return s; });
        Run("double.Parse", n => { long s = 0; for (int i = 0; i < n; i++) s += (long)double.Parse(doubleTexts[i % Size], inv); return s; });
        Run("float.ToString", n => { long s = 0; for (int i = 0; i < n; i++) s += floats[i % Size].ToString(inv).Length; return s; });
        Run("float.ToString(R)", n => { long s = 0; for (int i = 0; i < n; i++) s += floats[i % Size].ToString("R", inv).Length; return s; });
        Run("float.ToString(F2)", n => { long s = 0; for (int i = 0; i < n; i++) s += floats[i % Size].ToString("F2", inv).Length; return s; });
        Run("float.Parse", n => { long s = 0; for (int i = 0; i < n; i++) s += (long)float.Parse(floatTexts[i % Size], inv); return s; });
        Run("decimal.ToString", n => { long s = 0; for (int i = 0; i < n; i++) s += decimals[i % Size].ToString(inv).Length; return s; });
        Run("decimal.ToString(F2)", n => { long s = 0; for (int i = 0; i < n; i++) s += decimals[i % Size].ToString("F2", inv).Length; return s; });
        Run("decimal.ToString(N)", n => { long s = 0; for (int i = 0; i < n; i++) s += decimals[i % Size].ToString("N", inv).Length; return s; });
        Run("decimal.Parse", n => { long s = 0; for (int i = 0; i < n; i++) s += (long)decimal.Parse(decimalTexts[i % Size], inv); return s; });
    }
}
