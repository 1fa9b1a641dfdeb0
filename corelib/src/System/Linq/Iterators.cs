using System.Collections;
using System.Collections.Generic;

namespace System.Linq
{
    // Select and Where as classes rather than C# iterators, so that the common chains cost what .NET's cost: an array
    // or a List<T> is walked by index or by its struct enumerator instead of through IEnumerator<T>, Where followed
    // by Select is one object with one loop, and ToList/ToArray of a projected array fill the result without growing it. The results are the same as the plain
    // iterators': delegates run in the same order, lazily, and List<T>'s version check still fires.
    internal abstract class Iterator<TSource> : IEnumerable<TSource>, IEnumerator<TSource>
    {
        private readonly int m_threadId;
        // 0: not enumerated yet; 1: enumeration requested; above 1: the subclass's own progress; -1: finished.
        internal int m_state;
        internal TSource m_current;

        protected Iterator() { m_threadId = Environment.CurrentManagedThreadId; }

        public TSource Current { get { return m_current; } }

        object IEnumerator.Current { get { return m_current; } }

        // A fresh copy for a second enumeration (the first one reuses the iterator itself, as C# iterators do).
        protected abstract Iterator<TSource> Clone();

        public abstract bool MoveNext();

        public virtual void Dispose()
        {
            m_current = default(TSource);
            m_state = -1;
        }

        void IEnumerator.Reset() { throw new NotSupportedException(); }

        public IEnumerator<TSource> GetEnumerator()
        {
            Iterator<TSource> enumerator = m_state == 0 && m_threadId == Environment.CurrentManagedThreadId ? this : Clone();
            enumerator.m_state = 1;
            return enumerator;
        }

        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }

        internal virtual List<TSource> ToList()
        {
            List<TSource> list = new List<TSource>();
            using (IEnumerator<TSource> e = GetEnumerator())
            {
                while (e.MoveNext()) list.Add(e.Current);
            }
            return list;
        }

        internal virtual TSource[] ToArray() { return ToList().ToArray(); }

        // Every element handed to sink, as a fresh enumeration would produce them (Elements.ForEach); the array and
        // list iterators run their own loop. (Not a generic method over the sink: generic virtual methods instantiated
        // in a program's image are not found by the core library image's dispatcher.)
        // Count(): the elements counted as ForEach hands them over; Where iterators count in their own loop.
        internal virtual int CountElements()
        {
            BoxedSink<TSource, ElementCount<TSource>> count = new BoxedSink<TSource, ElementCount<TSource>>(new ElementCount<TSource>());
            ForEach(count);
            return count.Sink.Total;
        }

        internal virtual void ForEach(ElementSink<TSource> sink)
        {
            using (IEnumerator<TSource> e = GetEnumerator())
            {
                while (e.MoveNext()) sink.Add(e.Current);
            }
        }
    }

    internal sealed class SelectArrayIterator<TSource, TResult> : Iterator<TResult>
    {
        private readonly TSource[] m_source;
        private readonly Func<TSource, TResult> m_selector;

        internal SelectArrayIterator(TSource[] source, Func<TSource, TResult> selector)
        {
            m_source = source;
            m_selector = selector;
        }

        protected override Iterator<TResult> Clone() { return new SelectArrayIterator<TSource, TResult>(m_source, m_selector); }

        public override bool MoveNext()
        {
            int index = m_state - 1;
            if (index >= 0 && index < m_source.Length)
            {
                m_state++;
                m_current = m_selector(m_source[index]);
                return true;
            }
            Dispose();
            return false;
        }

        internal override TResult[] ToArray()
        {
            TSource[] source = m_source;
            TResult[] results = new TResult[source.Length];
            for (int i = 0; i < source.Length; i++) results[i] = m_selector(source[i]);
            return results;
        }

        internal override void ForEach(ElementSink<TResult> sink)
        {
            TSource[] source = m_source;
            for (int i = 0; i < source.Length; i++) sink.Add(m_selector(source[i]));
        }

        internal override List<TResult> ToList() { return List<TResult>.Adopt(ToArray()); }
    }

    internal sealed class SelectListIterator<TSource, TResult> : Iterator<TResult>
    {
        private readonly List<TSource> m_source;
        private readonly Func<TSource, TResult> m_selector;
        private List<TSource>.Enumerator m_enumerator;

        internal SelectListIterator(List<TSource> source, Func<TSource, TResult> selector)
        {
            m_source = source;
            m_selector = selector;
        }

        protected override Iterator<TResult> Clone() { return new SelectListIterator<TSource, TResult>(m_source, m_selector); }

        public override bool MoveNext()
        {
            if (m_state == 1)
            {
                m_enumerator = m_source.GetEnumerator();
                m_state = 2;
            }
            if (m_state == 2 && m_enumerator.MoveNext())
            {
                m_current = m_selector(m_enumerator.Current);
                return true;
            }
            Dispose();
            return false;
        }

        internal override TResult[] ToArray()
        {
            TResult[] results = new TResult[m_source.Count];
            int count = 0;
            foreach (TSource item in m_source) results[count++] = m_selector(item);
            return results;
        }

        internal override void ForEach(ElementSink<TResult> sink)
        {
            foreach (TSource item in m_source) sink.Add(m_selector(item));
        }

        internal override List<TResult> ToList() { return List<TResult>.Adopt(ToArray()); }
    }

    internal sealed class SelectEnumerableIterator<TSource, TResult> : Iterator<TResult>
    {
        private readonly IEnumerable<TSource> m_source;
        private readonly Func<TSource, TResult> m_selector;
        private IEnumerator<TSource> m_enumerator;

        internal SelectEnumerableIterator(IEnumerable<TSource> source, Func<TSource, TResult> selector)
        {
            m_source = source;
            m_selector = selector;
        }

        protected override Iterator<TResult> Clone() { return new SelectEnumerableIterator<TSource, TResult>(m_source, m_selector); }

        public override bool MoveNext()
        {
            if (m_state == 1)
            {
                m_enumerator = m_source.GetEnumerator();
                m_state = 2;
            }
            if (m_state == 2 && m_enumerator.MoveNext())
            {
                m_current = m_selector(m_enumerator.Current);
                return true;
            }
            Dispose();
            return false;
        }

        public override void Dispose()
        {
            if (m_enumerator != null)
            {
                m_enumerator.Dispose();
                m_enumerator = null;
            }
            base.Dispose();
        }
    }

    internal sealed class WhereArrayIterator<TSource> : Iterator<TSource>
    {
        internal readonly TSource[] m_source;
        internal readonly Func<TSource, bool> m_predicate;

        internal WhereArrayIterator(TSource[] source, Func<TSource, bool> predicate)
        {
            m_source = source;
            m_predicate = predicate;
        }

        protected override Iterator<TSource> Clone() { return new WhereArrayIterator<TSource>(m_source, m_predicate); }

        public override bool MoveNext()
        {
            int index = m_state - 1;
            TSource[] source = m_source;
            while (index >= 0 && index < source.Length)
            {
                TSource item = source[index];
                index = m_state++;
                if (m_predicate(item))
                {
                    m_current = item;
                    return true;
                }
            }
            Dispose();
            return false;
        }

        internal override int CountElements()
        {
            TSource[] source = m_source;
            int count = 0;
            for (int i = 0; i < source.Length; i++)
            {
                if (m_predicate(source[i])) checked { count++; }
            }
            return count;
        }

        internal override void ForEach(ElementSink<TSource> sink)
        {
            TSource[] source = m_source;
            for (int i = 0; i < source.Length; i++)
            {
                TSource item = source[i];
                if (m_predicate(item)) sink.Add(item);
            }
        }
    }

    internal sealed class WhereListIterator<TSource> : Iterator<TSource>
    {
        internal readonly List<TSource> m_source;
        internal readonly Func<TSource, bool> m_predicate;
        private List<TSource>.Enumerator m_enumerator;

        internal WhereListIterator(List<TSource> source, Func<TSource, bool> predicate)
        {
            m_source = source;
            m_predicate = predicate;
        }

        protected override Iterator<TSource> Clone() { return new WhereListIterator<TSource>(m_source, m_predicate); }

        public override bool MoveNext()
        {
            if (m_state == 1)
            {
                m_enumerator = m_source.GetEnumerator();
                m_state = 2;
            }
            if (m_state == 2)
            {
                while (m_enumerator.MoveNext())
                {
                    TSource item = m_enumerator.Current;
                    if (m_predicate(item))
                    {
                        m_current = item;
                        return true;
                    }
                }
            }
            Dispose();
            return false;
        }

        internal override int CountElements()
        {
            int count = 0;
            foreach (TSource item in m_source)
            {
                if (m_predicate(item)) checked { count++; }
            }
            return count;
        }

        internal override void ForEach(ElementSink<TSource> sink)
        {
            foreach (TSource item in m_source)
            {
                if (m_predicate(item)) sink.Add(item);
            }
        }
    }

    internal sealed class WhereEnumerableIterator<TSource> : Iterator<TSource>
    {
        internal readonly IEnumerable<TSource> m_source;
        internal readonly Func<TSource, bool> m_predicate;
        private IEnumerator<TSource> m_enumerator;

        internal WhereEnumerableIterator(IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            m_source = source;
            m_predicate = predicate;
        }

        protected override Iterator<TSource> Clone() { return new WhereEnumerableIterator<TSource>(m_source, m_predicate); }

        public override bool MoveNext()
        {
            if (m_state == 1)
            {
                m_enumerator = m_source.GetEnumerator();
                m_state = 2;
            }
            if (m_state == 2)
            {
                while (m_enumerator.MoveNext())
                {
                    TSource item = m_enumerator.Current;
                    if (m_predicate(item))
                    {
                        m_current = item;
                        return true;
                    }
                }
            }
            Dispose();
            return false;
        }

        public override void Dispose()
        {
            if (m_enumerator != null)
            {
                m_enumerator.Dispose();
                m_enumerator = null;
            }
            base.Dispose();
        }
    }

    internal sealed class WhereSelectArrayIterator<TSource, TResult> : Iterator<TResult>
    {
        private readonly TSource[] m_source;
        private readonly Func<TSource, bool> m_predicate;
        private readonly Func<TSource, TResult> m_selector;

        internal WhereSelectArrayIterator(TSource[] source, Func<TSource, bool> predicate, Func<TSource, TResult> selector)
        {
            m_source = source;
            m_predicate = predicate;
            m_selector = selector;
        }

        protected override Iterator<TResult> Clone() { return new WhereSelectArrayIterator<TSource, TResult>(m_source, m_predicate, m_selector); }

        public override bool MoveNext()
        {
            int index = m_state - 1;
            TSource[] source = m_source;
            while (index >= 0 && index < source.Length)
            {
                TSource item = source[index];
                index = m_state++;
                if (m_predicate(item))
                {
                    m_current = m_selector(item);
                    return true;
                }
            }
            Dispose();
            return false;
        }

        internal override List<TResult> ToList()
        {
            List<TResult> results = new List<TResult>();
            TSource[] source = m_source;
            for (int i = 0; i < source.Length; i++)
            {
                TSource item = source[i];
                if (m_predicate(item)) results.Add(m_selector(item));
            }
            return results;
        }

        internal override void ForEach(ElementSink<TResult> sink)
        {
            TSource[] source = m_source;
            for (int i = 0; i < source.Length; i++)
            {
                TSource item = source[i];
                if (m_predicate(item)) sink.Add(m_selector(item));
            }
        }
    }

    internal sealed class WhereSelectListIterator<TSource, TResult> : Iterator<TResult>
    {
        private readonly List<TSource> m_source;
        private readonly Func<TSource, bool> m_predicate;
        private readonly Func<TSource, TResult> m_selector;
        private List<TSource>.Enumerator m_enumerator;

        internal WhereSelectListIterator(List<TSource> source, Func<TSource, bool> predicate, Func<TSource, TResult> selector)
        {
            m_source = source;
            m_predicate = predicate;
            m_selector = selector;
        }

        protected override Iterator<TResult> Clone() { return new WhereSelectListIterator<TSource, TResult>(m_source, m_predicate, m_selector); }

        public override bool MoveNext()
        {
            if (m_state == 1)
            {
                m_enumerator = m_source.GetEnumerator();
                m_state = 2;
            }
            if (m_state == 2)
            {
                while (m_enumerator.MoveNext())
                {
                    TSource item = m_enumerator.Current;
                    if (m_predicate(item))
                    {
                        m_current = m_selector(item);
                        return true;
                    }
                }
            }
            Dispose();
            return false;
        }

        internal override void ForEach(ElementSink<TResult> sink)
        {
            foreach (TSource item in m_source)
            {
                if (m_predicate(item)) sink.Add(m_selector(item));
            }
        }
    }

    internal sealed class WhereSelectEnumerableIterator<TSource, TResult> : Iterator<TResult>
    {
        private readonly IEnumerable<TSource> m_source;
        private readonly Func<TSource, bool> m_predicate;
        private readonly Func<TSource, TResult> m_selector;
        private IEnumerator<TSource> m_enumerator;

        internal WhereSelectEnumerableIterator(IEnumerable<TSource> source, Func<TSource, bool> predicate, Func<TSource, TResult> selector)
        {
            m_source = source;
            m_predicate = predicate;
            m_selector = selector;
        }

        protected override Iterator<TResult> Clone() { return new WhereSelectEnumerableIterator<TSource, TResult>(m_source, m_predicate, m_selector); }

        public override bool MoveNext()
        {
            if (m_state == 1)
            {
                m_enumerator = m_source.GetEnumerator();
                m_state = 2;
            }
            if (m_state == 2)
            {
                while (m_enumerator.MoveNext())
                {
                    TSource item = m_enumerator.Current;
                    if (m_predicate(item))
                    {
                        m_current = m_selector(item);
                        return true;
                    }
                }
            }
            Dispose();
            return false;
        }

        public override void Dispose()
        {
            if (m_enumerator != null)
            {
                m_enumerator.Dispose();
                m_enumerator = null;
            }
            base.Dispose();
        }
    }
}
