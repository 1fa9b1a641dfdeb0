using System.Collections.Generic;

namespace System.Linq
{
    // Sum and Average for int, long, float and double and their nullable forms. Integer sums are checked; float sums
    // and averages accumulate in double, as in .NET. Average of an empty non-nullable sequence throws; the nullable
    // forms skip nulls and give null when nothing is left.
    public static partial class Enumerable
    {
        public static int Sum(this IEnumerable<int> source)
        {
            Check(source, "source");
            IntSum sum = new IntSum();
            Elements.ForEach(source, ref sum);
            return sum.Total;
        }

        public static int? Sum(this IEnumerable<int?> source)
        {
            Check(source, "source");
            int sum = 0;
            foreach (int? x in source) if (x.HasValue) sum = checked(sum + x.GetValueOrDefault());
            return sum;
        }

        public static long Sum(this IEnumerable<long> source)
        {
            Check(source, "source");
            LongSum sum = new LongSum();
            Elements.ForEach(source, ref sum);
            return sum.Total;
        }

        public static long? Sum(this IEnumerable<long?> source)
        {
            Check(source, "source");
            long sum = 0;
            foreach (long? x in source) if (x.HasValue) sum = checked(sum + x.GetValueOrDefault());
            return sum;
        }

        public static float Sum(this IEnumerable<float> source)
        {
            Check(source, "source");
            FloatSum sum = new FloatSum();
            Elements.ForEach(source, ref sum);
            return (float)sum.Total;
        }

        public static float? Sum(this IEnumerable<float?> source)
        {
            Check(source, "source");
            double sum = 0;
            foreach (float? x in source) if (x.HasValue) sum += x.GetValueOrDefault();
            return (float)sum;
        }

        public static double Sum(this IEnumerable<double> source)
        {
            Check(source, "source");
            DoubleSum sum = new DoubleSum();
            Elements.ForEach(source, ref sum);
            return sum.Total;
        }

        public static double? Sum(this IEnumerable<double?> source)
        {
            Check(source, "source");
            double sum = 0;
            foreach (double? x in source) if (x.HasValue) sum += x.GetValueOrDefault();
            return sum;
        }

        public static int Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, int> selector) { return Sum(Select(source, selector)); }

        public static int? Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, int?> selector) { return Sum(Select(source, selector)); }

        public static long Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, long> selector) { return Sum(Select(source, selector)); }

        public static long? Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, long?> selector) { return Sum(Select(source, selector)); }

        public static float Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, float> selector) { return Sum(Select(source, selector)); }

        public static decimal Sum(this IEnumerable<decimal> source)
        {
            Check(source, "source");
            decimal sum = 0;
            foreach (decimal x in source) sum += x;
            return sum;
        }

        public static decimal Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal> selector) { return Sum(Select(source, selector)); }

        public static decimal Average(this IEnumerable<decimal> source)
        {
            Check(source, "source");
            decimal sum = 0;
            long count = 0;
            foreach (decimal x in source)
            {
                sum += x;
                count++;
            }
            if (count == 0) throw NoElements();
            return sum / count;
        }

        public static decimal Average<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal> selector) { return Average(Select(source, selector)); }

        public static float? Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, float?> selector) { return Sum(Select(source, selector)); }

        public static double Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, double> selector) { return Sum(Select(source, selector)); }

        public static double? Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, double?> selector) { return Sum(Select(source, selector)); }

        public static double Average(this IEnumerable<int> source)
        {
            Check(source, "source");
            using (IEnumerator<int> e = source.GetEnumerator())
            {
                if (!e.MoveNext()) throw NoElements();
                long sum = e.Current;
                long count = 1;
                while (e.MoveNext())
                {
                    sum = checked(sum + e.Current);
                    count++;
                }
                return (double)sum / count;
            }
        }

        public static double? Average(this IEnumerable<int?> source)
        {
            Check(source, "source");
            long sum = 0;
            long count = 0;
            foreach (int? x in source)
            {
                if (!x.HasValue) continue;
                sum = checked(sum + x.GetValueOrDefault());
                count++;
            }
            if (count == 0) return null;
            return (double)sum / count;
        }

        public static double Average(this IEnumerable<long> source)
        {
            Check(source, "source");
            using (IEnumerator<long> e = source.GetEnumerator())
            {
                if (!e.MoveNext()) throw NoElements();
                long sum = e.Current;
                long count = 1;
                while (e.MoveNext())
                {
                    sum = checked(sum + e.Current);
                    count++;
                }
                return (double)sum / count;
            }
        }

        public static double? Average(this IEnumerable<long?> source)
        {
            Check(source, "source");
            long sum = 0;
            long count = 0;
            foreach (long? x in source)
            {
                if (!x.HasValue) continue;
                sum = checked(sum + x.GetValueOrDefault());
                count++;
            }
            if (count == 0) return null;
            return (double)sum / count;
        }

        public static float Average(this IEnumerable<float> source)
        {
            Check(source, "source");
            using (IEnumerator<float> e = source.GetEnumerator())
            {
                if (!e.MoveNext()) throw NoElements();
                double sum = e.Current;
                long count = 1;
                while (e.MoveNext())
                {
                    sum += e.Current;
                    count++;
                }
                return (float)(sum / count);
            }
        }

        public static float? Average(this IEnumerable<float?> source)
        {
            Check(source, "source");
            double sum = 0;
            long count = 0;
            foreach (float? x in source)
            {
                if (!x.HasValue) continue;
                sum += x.GetValueOrDefault();
                count++;
            }
            if (count == 0) return null;
            return (float)(sum / count);
        }

        public static double Average(this IEnumerable<double> source)
        {
            Check(source, "source");
            using (IEnumerator<double> e = source.GetEnumerator())
            {
                if (!e.MoveNext()) throw NoElements();
                double sum = e.Current;
                long count = 1;
                while (e.MoveNext())
                {
                    sum += e.Current;
                    count++;
                }
                return sum / count;
            }
        }

        public static double? Average(this IEnumerable<double?> source)
        {
            Check(source, "source");
            double sum = 0;
            long count = 0;
            foreach (double? x in source)
            {
                if (!x.HasValue) continue;
                sum += x.GetValueOrDefault();
                count++;
            }
            if (count == 0) return null;
            return sum / count;
        }

        public static double Average<TSource>(this IEnumerable<TSource> source, Func<TSource, int> selector) { return Average(Select(source, selector)); }

        public static double? Average<TSource>(this IEnumerable<TSource> source, Func<TSource, int?> selector) { return Average(Select(source, selector)); }

        public static double Average<TSource>(this IEnumerable<TSource> source, Func<TSource, long> selector) { return Average(Select(source, selector)); }

        public static double? Average<TSource>(this IEnumerable<TSource> source, Func<TSource, long?> selector) { return Average(Select(source, selector)); }

        public static float Average<TSource>(this IEnumerable<TSource> source, Func<TSource, float> selector) { return Average(Select(source, selector)); }

        public static float? Average<TSource>(this IEnumerable<TSource> source, Func<TSource, float?> selector) { return Average(Select(source, selector)); }

        public static double Average<TSource>(this IEnumerable<TSource> source, Func<TSource, double> selector) { return Average(Select(source, selector)); }

        public static double? Average<TSource>(this IEnumerable<TSource> source, Func<TSource, double?> selector) { return Average(Select(source, selector)); }
    }
}
