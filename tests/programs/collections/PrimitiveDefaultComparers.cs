// Comparer<T>.Default and EqualityComparer<T>.Default over the primitive types (typed comparers in Kiln's core
// library): NaN, negative zero, decimal scale, the extremes of each type, and the collections that use them.
using System;
using System.Collections.Generic;
using System.Linq;

class PrimitiveDefaultComparers
{
    static void Compare<T>(string label, T[] values, Func<T, string> show = null)
    {
        if (show == null) show = v => v.ToString();
        var comparer = Comparer<T>.Default;
        var equality = EqualityComparer<T>.Default;
        var line = new List<string>();
        for (int i = 0; i < values.Length; i++)
        {
            for (int j = 0; j < values.Length; j++)
            {
                int c = comparer.Compare(values[i], values[j]);
                bool e = equality.Equals(values[i], values[j]);
                bool sameHash = equality.GetHashCode(values[i]) == equality.GetHashCode(values[j]);
                line.Add(Math.Sign(c) + (e ? "=" : "") + (e && !sameHash ? "!" : ""));
            }
        }
        var sorted = (T[])values.Clone();
        Array.Sort(sorted);
        var list = new List<T>(values);
        list.Sort();
        var set = new HashSet<T>(values);
        Console.WriteLine(label + ": " + string.Join(" ", line));
        Console.WriteLine("  sorted " + string.Join(", ", sorted.Select(show)) + " | list " + string.Join(", ", list.Select(show)));
        Console.WriteLine("  distinct " + set.Count + ", IndexOf last " + Array.IndexOf(values, values[values.Length - 1]) +
                          ", BinarySearch " + string.Join(",", values.Select(v => Array.BinarySearch(sorted, v) >= 0 ? "y" : "n")));
    }

    static void Main()
    {
        Compare("int", new[] { 3, int.MinValue, -1, 0, int.MaxValue, 3 });
        Compare("long", new[] { 5L, long.MinValue, -1L, long.MaxValue, 0L });
        Compare("uint", new[] { 7u, 0u, uint.MaxValue, 2147483648u });
        Compare("ulong", new[] { 7ul, 0ul, ulong.MaxValue, 9223372036854775808ul });
        Compare("short", new short[] { 1, short.MinValue, short.MaxValue, -1 });
        Compare("ushort", new ushort[] { 1, 0, ushort.MaxValue, 32768 });
        Compare("byte", new byte[] { 200, 0, 255, 1 });
        Compare("sbyte", new sbyte[] { -128, 127, 0, -1 });
        Compare("char", new[] { 'b', 'A', '\uffff', '\0', 'a' });
        Compare("bool", new[] { true, false, true });
        Compare("double", new[] { 1.5, double.NaN, -0.0, 0.0, double.NegativeInfinity, double.PositiveInfinity, double.NaN, -1e308 },
                x => BitConverter.DoubleToInt64Bits(x).ToString("X")); // Mono prints -0.0 as 0
        Compare("float", new[] { 1.5f, float.NaN, -0.0f, 0.0f, float.NegativeInfinity, float.MaxValue, float.NaN },
                x => BitConverter.DoubleToInt64Bits(x).ToString("X"));
        Compare("decimal", new[] { 1.0m, 1.00m, -0.5m, decimal.MaxValue, decimal.MinValue, 0m });

        var byDouble = new Dictionary<double, string> { { double.NaN, "nan" }, { 0.0, "zero" } };
        Console.WriteLine("NaN key: " + byDouble[double.NaN] + ", -0.0 key: " + byDouble[-0.0]);
        var doubles = new List<double> { 2, double.NaN, -3, 0 };
        Console.WriteLine("Contains NaN " + doubles.Contains(double.NaN) + ", IndexOf NaN " + doubles.IndexOf(double.NaN) + ", Max " + doubles.Max());
        Console.WriteLine("decimal 1.00 in set of 1.0: " + new HashSet<decimal> { 1.0m }.Contains(1.00m));
        Console.WriteLine("ints distinct " + string.Join(",", new[] { 3, 1, 3, 2, 1 }.Distinct()) + ", ordered " + string.Join(",", new[] { 3, 1, 2 }.OrderByDescending(x => x)));
    }
}
