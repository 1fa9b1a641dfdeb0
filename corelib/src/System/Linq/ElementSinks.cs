using System.Collections.Generic;

namespace System.Linq
{
    // Aggregates (Sum, Count) take the elements through a struct sink instead of an enumerator: arrays and lists are
    // walked directly with the sink's Add inlined, and LINQ's own Select/Where iterators run their loop once
    // (Iterator.ForEach) with one virtual call per element instead of two interface calls. Delegates
    // still run once per element, in the same order, and an overflow stops at the same element.
    internal interface IElementSink<T>
    {
        void Add(T item);
    }

    internal static class Elements
    {
        internal static void ForEach<T, TSink>(IEnumerable<T> source, ref TSink sink) where TSink : struct, IElementSink<T>
        {
            T[] array = source as T[];
            if (array != null)
            {
                for (int i = 0; i < array.Length; i++) sink.Add(array[i]);
                return;
            }
            List<T> list = source as List<T>;
            if (list != null)
            {
                foreach (T item in list) sink.Add(item);
                return;
            }
            Iterator<T> iterator = source as Iterator<T>;
            if (iterator != null)
            {
                BoxedSink<T, TSink> boxed = new BoxedSink<T, TSink>(sink);
                iterator.ForEach(boxed);
                sink = boxed.Sink;
                return;
            }
            foreach (T item in source) sink.Add(item);
        }
    }

    // A struct sink behind a virtual Add, for Iterator.ForEach.
    internal abstract class ElementSink<T>
    {
        internal abstract void Add(T item);
    }

    internal sealed class BoxedSink<T, TSink> : ElementSink<T> where TSink : struct, IElementSink<T>
    {
        internal TSink Sink;
        internal BoxedSink(TSink sink) { Sink = sink; }
        internal override void Add(T item) { Sink.Add(item); }
    }

    internal struct IntSum : IElementSink<int>
    {
        internal int Total;
        public void Add(int item) { Total = checked(Total + item); }
    }

    internal struct LongSum : IElementSink<long>
    {
        internal long Total;
        public void Add(long item) { Total = checked(Total + item); }
    }

    // float sums accumulate in double, as in .NET
    internal struct FloatSum : IElementSink<float>
    {
        internal double Total;
        public void Add(float item) { Total += item; }
    }

    internal struct DoubleSum : IElementSink<double>
    {
        internal double Total;
        public void Add(double item) { Total += item; }
    }

    internal struct ElementCount<T> : IElementSink<T>
    {
        internal int Total;
        public void Add(T item) { Total = checked(Total + 1); }
    }
}
