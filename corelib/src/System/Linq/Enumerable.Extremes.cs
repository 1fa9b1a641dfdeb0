using System.Collections.Generic;

namespace System.Linq
{
    // Min and Max. Empty non-nullable sequences throw; nullable ones and the generic forms over reference types skip
    // nulls and give null when nothing is left. For float and double, Min returns NaN as soon as it sees one and
    // Max treats NaN as smaller than everything, as .NET does.
    public static partial class Enumerable
    {
        public static int Min(this IEnumerable<int> source)
        {
            Check(source, "source");
            using (IEnumerator<int> e = source.GetEnumerator())
            {
                if (!e.MoveNext()) throw NoElements();
                int value = e.Current;
                while (e.MoveNext())
                {
                    int x = e.Current;
                    if (x < value) value = x;
                }
                return value;
            }
        }

        public static int? Min(this IEnumerable<int?> source)
        {
            Check(source, "source");
            using (IEnumerator<int?> e = source.GetEnumerator())
            {
                int? value;
                do
                {
                    if (!e.MoveNext()) return null;
                    value = e.Current;
                }
                while (!value.HasValue);
                int best = value.GetValueOrDefault();
                while (e.MoveNext())
                {
                    int? x = e.Current;
                    if (x.HasValue && x.GetValueOrDefault() < best) best = x.GetValueOrDefault();
                }
                return best;
            }
        }

        public static long Min(this IEnumerable<long> source)
        {
            Check(source, "source");
            using (IEnumerator<long> e = source.GetEnumerator())
            {
                if (!e.MoveNext()) throw NoElements();
                long value = e.Current;
                while (e.MoveNext())
                {
                    long x = e.Current;
                    if (x < value) value = x;
                }
                return value;
            }
        }

        public static long? Min(this IEnumerable<long?> source)
        {
            Check(source, "source");
            using (IEnumerator<long?> e = source.GetEnumerator())
            {
                long? value;
                do
                {
                    if (!e.MoveNext()) return null;
                    value = e.Current;
                }
                while (!value.HasValue);
                long best = value.GetValueOrDefault();
                while (e.MoveNext())
                {
                    long? x = e.Current;
                    if (x.HasValue && x.GetValueOrDefault() < best) best = x.GetValueOrDefault();
                }
                return best;
            }
        }

        public static float Min(this IEnumerable<float> source)
        {
            Check(source, "source");
            using (IEnumerator<float> e = source.GetEnumerator())
            {
                if (!e.MoveNext()) throw NoElements();
                float value = e.Current;
                if (float.IsNaN(value)) return value;
                while (e.MoveNext())
                {
                    float x = e.Current;
                    if (x < value) value = x;
                    else if (float.IsNaN(x)) return x;
                }
                return value;
            }
        }

        public static float? Min(this IEnumerable<float?> source)
        {
            Check(source, "source");
            using (IEnumerator<float?> e = source.GetEnumerator())
            {
                float? value;
                do
                {
                    if (!e.MoveNext()) return null;
                    value = e.Current;
                }
                while (!value.HasValue);
                float best = value.GetValueOrDefault();
                if (float.IsNaN(best)) return best;
                while (e.MoveNext())
                {
                    float? x = e.Current;
                    if (!x.HasValue) continue;
                    if (x.GetValueOrDefault() < best) best = x.GetValueOrDefault();
                    else if (float.IsNaN(x.GetValueOrDefault())) return x;
                }
                return best;
            }
        }

        public static double Min(this IEnumerable<double> source)
        {
            Check(source, "source");
            using (IEnumerator<double> e = source.GetEnumerator())
            {
                if (!e.MoveNext()) throw NoElements();
                double value = e.Current;
                if (double.IsNaN(value)) return value;
                while (e.MoveNext())
                {
                    double x = e.Current;
                    if (x < value) value = x;
                    else if (double.IsNaN(x)) return x;
                }
                return value;
            }
        }

        public static double? Min(this IEnumerable<double?> source)
        {
            Check(source, "source");
            using (IEnumerator<double?> e = source.GetEnumerator())
            {
                double? value;
                do
                {
                    if (!e.MoveNext()) return null;
                    value = e.Current;
                }
                while (!value.HasValue);
                double best = value.GetValueOrDefault();
                if (double.IsNaN(best)) return best;
                while (e.MoveNext())
                {
                    double? x = e.Current;
                    if (!x.HasValue) continue;
                    if (x.GetValueOrDefault() < best) best = x.GetValueOrDefault();
                    else if (double.IsNaN(x.GetValueOrDefault())) return x;
                }
                return best;
            }
        }

        public static int Min<TSource>(this IEnumerable<TSource> source, Func<TSource, int> selector) { return Min(Select(source, selector)); }

        public static int? Min<TSource>(this IEnumerable<TSource> source, Func<TSource, int?> selector) { return Min(Select(source, selector)); }

        public static long Min<TSource>(this IEnumerable<TSource> source, Func<TSource, long> selector) { return Min(Select(source, selector)); }

        public static long? Min<TSource>(this IEnumerable<TSource> source, Func<TSource, long?> selector) { return Min(Select(source, selector)); }

        public static float Min<TSource>(this IEnumerable<TSource> source, Func<TSource, float> selector) { return Min(Select(source, selector)); }

        public static float? Min<TSource>(this IEnumerable<TSource> source, Func<TSource, float?> selector) { return Min(Select(source, selector)); }

        public static double Min<TSource>(this IEnumerable<TSource> source, Func<TSource, double> selector) { return Min(Select(source, selector)); }

        public static double? Min<TSource>(this IEnumerable<TSource> source, Func<TSource, double?> selector) { return Min(Select(source, selector)); }

        public static int Max(this IEnumerable<int> source)
        {
            Check(source, "source");
            using (IEnumerator<int> e = source.GetEnumerator())
            {
                if (!e.MoveNext()) throw NoElements();
                int value = e.Current;
                while (e.MoveNext())
                {
                    int x = e.Current;
                    if (x > value) value = x;
                }
                return value;
            }
        }

        public static int? Max(this IEnumerable<int?> source)
        {
            Check(source, "source");
            using (IEnumerator<int?> e = source.GetEnumerator())
            {
                int? value;
                do
                {
                    if (!e.MoveNext()) return null;
                    value = e.Current;
                }
                while (!value.HasValue);
                int best = value.GetValueOrDefault();
                while (e.MoveNext())
                {
                    int? x = e.Current;
                    if (x.HasValue && x.GetValueOrDefault() > best) best = x.GetValueOrDefault();
                }
                return best;
            }
        }

        public static long Max(this IEnumerable<long> source)
        {
            Check(source, "source");
            using (IEnumerator<long> e = source.GetEnumerator())
            {
                if (!e.MoveNext()) throw NoElements();
                long value = e.Current;
                while (e.MoveNext())
                {
                    long x = e.Current;
                    if (x > value) value = x;
                }
                return value;
            }
        }

        public static long? Max(this IEnumerable<long?> source)
        {
            Check(source, "source");
            using (IEnumerator<long?> e = source.GetEnumerator())
            {
                long? value;
                do
                {
                    if (!e.MoveNext()) return null;
                    value = e.Current;
                }
                while (!value.HasValue);
                long best = value.GetValueOrDefault();
                while (e.MoveNext())
                {
                    long? x = e.Current;
                    if (x.HasValue && x.GetValueOrDefault() > best) best = x.GetValueOrDefault();
                }
                return best;
            }
        }

        public static float Max(this IEnumerable<float> source)
        {
            Check(source, "source");
            using (IEnumerator<float> e = source.GetEnumerator())
            {
                if (!e.MoveNext()) throw NoElements();
                float value = e.Current;
                while (float.IsNaN(value))
                {
                    if (!e.MoveNext()) return value;
                    value = e.Current;
                }
                while (e.MoveNext())
                {
                    float x = e.Current;
                    if (x > value) value = x;
                }
                return value;
            }
        }

        public static float? Max(this IEnumerable<float?> source)
        {
            Check(source, "source");
            using (IEnumerator<float?> e = source.GetEnumerator())
            {
                float? value;
                do
                {
                    if (!e.MoveNext()) return null;
                    value = e.Current;
                }
                while (!value.HasValue);
                float best = value.GetValueOrDefault();
                while (float.IsNaN(best))
                {
                    if (!e.MoveNext()) return best;
                    float? x = e.Current;
                    if (x.HasValue) best = x.GetValueOrDefault();
                }
                while (e.MoveNext())
                {
                    float? x = e.Current;
                    if (x.HasValue && x.GetValueOrDefault() > best) best = x.GetValueOrDefault();
                }
                return best;
            }
        }

        public static double Max(this IEnumerable<double> source)
        {
            Check(source, "source");
            using (IEnumerator<double> e = source.GetEnumerator())
            {
                if (!e.MoveNext()) throw NoElements();
                double value = e.Current;
                while (double.IsNaN(value))
                {
                    if (!e.MoveNext()) return value;
                    value = e.Current;
                }
                while (e.MoveNext())
                {
                    double x = e.Current;
                    if (x > value) value = x;
                }
                return value;
            }
        }

        public static double? Max(this IEnumerable<double?> source)
        {
            Check(source, "source");
            using (IEnumerator<double?> e = source.GetEnumerator())
            {
                double? value;
                do
                {
                    if (!e.MoveNext()) return null;
                    value = e.Current;
                }
                while (!value.HasValue);
                double best = value.GetValueOrDefault();
                while (double.IsNaN(best))
                {
                    if (!e.MoveNext()) return best;
                    double? x = e.Current;
                    if (x.HasValue) best = x.GetValueOrDefault();
                }
                while (e.MoveNext())
                {
                    double? x = e.Current;
                    if (x.HasValue && x.GetValueOrDefault() > best) best = x.GetValueOrDefault();
                }
                return best;
            }
        }

        public static int Max<TSource>(this IEnumerable<TSource> source, Func<TSource, int> selector) { return Max(Select(source, selector)); }

        public static int? Max<TSource>(this IEnumerable<TSource> source, Func<TSource, int?> selector) { return Max(Select(source, selector)); }

        public static long Max<TSource>(this IEnumerable<TSource> source, Func<TSource, long> selector) { return Max(Select(source, selector)); }

        public static long? Max<TSource>(this IEnumerable<TSource> source, Func<TSource, long?> selector) { return Max(Select(source, selector)); }

        public static float Max<TSource>(this IEnumerable<TSource> source, Func<TSource, float> selector) { return Max(Select(source, selector)); }

        public static float? Max<TSource>(this IEnumerable<TSource> source, Func<TSource, float?> selector) { return Max(Select(source, selector)); }

        public static double Max<TSource>(this IEnumerable<TSource> source, Func<TSource, double> selector) { return Max(Select(source, selector)); }

        public static double? Max<TSource>(this IEnumerable<TSource> source, Func<TSource, double?> selector) { return Max(Select(source, selector)); }

        public static TSource Min<TSource>(this IEnumerable<TSource> source) { return Extreme(source, null, -1); }

        public static TSource Min<TSource>(this IEnumerable<TSource> source, IComparer<TSource> comparer) { return Extreme(source, comparer, -1); }

        public static TSource Max<TSource>(this IEnumerable<TSource> source) { return Extreme(source, null, 1); }

        public static TSource Max<TSource>(this IEnumerable<TSource> source, IComparer<TSource> comparer) { return Extreme(source, comparer, 1); }

        public static TResult Min<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult> selector)
        {
            return Extreme(Select(source, selector), null, -1);
        }

        public static TResult Max<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult> selector)
        {
            return Extreme(Select(source, selector), null, 1);
        }

        // sign -1 finds the smallest, 1 the largest; the first of equal extremes wins.
        private static TSource Extreme<TSource>(IEnumerable<TSource> source, IComparer<TSource> comparer, int sign)
        {
            Check(source, "source");
            if (comparer == null) comparer = Comparer<TSource>.Default;
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                TSource value;
                if (default(TSource) == null)
                {
                    do
                    {
                        if (!e.MoveNext()) return default(TSource);
                        value = e.Current;
                    }
                    while (value == null);
                    while (e.MoveNext())
                    {
                        TSource x = e.Current;
                        if (x != null && comparer.Compare(x, value) * sign > 0) value = x;
                    }
                    return value;
                }
                if (!e.MoveNext()) throw NoElements();
                value = e.Current;
                while (e.MoveNext())
                {
                    TSource x = e.Current;
                    if (comparer.Compare(x, value) * sign > 0) value = x;
                }
                return value;
            }
        }

        public static TSource MinBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            return ExtremeBy(source, keySelector, null, -1);
        }

        public static TSource MinBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer)
        {
            return ExtremeBy(source, keySelector, comparer, -1);
        }

        public static TSource MaxBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            return ExtremeBy(source, keySelector, null, 1);
        }

        public static TSource MaxBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer)
        {
            return ExtremeBy(source, keySelector, comparer, 1);
        }

        // The element with the smallest (sign -1) or largest key; elements with null keys are skipped unless all are.
        private static TSource ExtremeBy<TSource, TKey>(IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer,
            int sign)
        {
            Check(source, "source");
            Check(keySelector, "keySelector");
            if (comparer == null) comparer = Comparer<TKey>.Default;
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                if (!e.MoveNext())
                {
                    if (default(TSource) == null) return default(TSource);
                    throw NoElements();
                }
                TSource value = e.Current;
                TKey key = keySelector(value);
                if (key == null)
                {
                    TSource first = value;
                    do
                    {
                        if (!e.MoveNext()) return first;
                        value = e.Current;
                        key = keySelector(value);
                    }
                    while (key == null);
                }
                while (e.MoveNext())
                {
                    TSource next = e.Current;
                    TKey nextKey = keySelector(next);
                    if (nextKey != null && comparer.Compare(nextKey, key) * sign > 0)
                    {
                        key = nextKey;
                        value = next;
                    }
                }
                return value;
            }
        }

        // ---- folding ----

        public static TSource Aggregate<TSource>(this IEnumerable<TSource> source, Func<TSource, TSource, TSource> func)
        {
            Check(source, "source");
            Check(func, "func");
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                if (!e.MoveNext()) throw NoElements();
                TSource result = e.Current;
                while (e.MoveNext()) result = func(result, e.Current);
                return result;
            }
        }

        public static TAccumulate Aggregate<TSource, TAccumulate>(this IEnumerable<TSource> source, TAccumulate seed,
            Func<TAccumulate, TSource, TAccumulate> func)
        {
            Check(source, "source");
            Check(func, "func");
            TAccumulate result = seed;
            foreach (TSource item in source) result = func(result, item);
            return result;
        }

        public static TResult Aggregate<TSource, TAccumulate, TResult>(this IEnumerable<TSource> source, TAccumulate seed,
            Func<TAccumulate, TSource, TAccumulate> func, Func<TAccumulate, TResult> resultSelector)
        {
            Check(source, "source");
            Check(func, "func");
            Check(resultSelector, "resultSelector");
            TAccumulate result = seed;
            foreach (TSource item in source) result = func(result, item);
            return resultSelector(result);
        }
    }
}
