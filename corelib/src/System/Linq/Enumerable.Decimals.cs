using System.Collections.Generic;

namespace System.Linq
{
    // Min, Max, Sum and Average over decimal and decimal?, as .NET declares them (assemblies built against
    // System.Core call these overloads, not the generic ones).
    public static partial class Enumerable
    {
        public static decimal Min(this IEnumerable<decimal> source) { return DecimalExtreme(source, -1); }

        public static decimal Max(this IEnumerable<decimal> source) { return DecimalExtreme(source, 1); }

        public static decimal? Min(this IEnumerable<decimal?> source) { return NullableDecimalExtreme(source, -1); }

        public static decimal? Max(this IEnumerable<decimal?> source) { return NullableDecimalExtreme(source, 1); }

        public static decimal Min<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal> selector) { return Min(Select(source, selector)); }

        public static decimal Max<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal> selector) { return Max(Select(source, selector)); }

        public static decimal? Min<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal?> selector) { return Min(Select(source, selector)); }

        public static decimal? Max<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal?> selector) { return Max(Select(source, selector)); }

        public static decimal? Sum(this IEnumerable<decimal?> source)
        {
            Check(source, "source");
            decimal sum = 0;
            foreach (decimal? x in source) if (x.HasValue) sum += x.GetValueOrDefault();
            return sum;
        }

        public static decimal? Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal?> selector) { return Sum(Select(source, selector)); }

        public static decimal? Average(this IEnumerable<decimal?> source)
        {
            Check(source, "source");
            decimal sum = 0;
            long count = 0;
            foreach (decimal? x in source)
            {
                if (!x.HasValue) continue;
                sum += x.GetValueOrDefault();
                count++;
            }
            if (count == 0) return null;
            return sum / count;
        }

        public static decimal? Average<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal?> selector) { return Average(Select(source, selector)); }

        // sign -1 keeps the smallest value, 1 the largest; the first of equal values wins (1.0 and 1.00 differ in scale)
        private static decimal DecimalExtreme(IEnumerable<decimal> source, int sign)
        {
            Check(source, "source");
            using (IEnumerator<decimal> e = source.GetEnumerator())
            {
                if (!e.MoveNext()) throw NoElements();
                decimal value = e.Current;
                while (e.MoveNext())
                {
                    decimal x = e.Current;
                    if (decimal.Compare(x, value) * sign > 0) value = x;
                }
                return value;
            }
        }

        private static decimal? NullableDecimalExtreme(IEnumerable<decimal?> source, int sign)
        {
            Check(source, "source");
            decimal? best = null;
            foreach (decimal? x in source)
            {
                if (!x.HasValue) continue;
                if (!best.HasValue || decimal.Compare(x.GetValueOrDefault(), best.GetValueOrDefault()) * sign > 0) best = x;
            }
            return best;
        }
    }
}
