namespace System.Collections.Generic
{
    // Last in, first out over a growable array; enumerates from the top. Push, Pop and Clear bump the version.
    public class Stack<T> : IEnumerable<T>, IReadOnlyCollection<T>
    {
        private T[] m_items;
        private int m_size;
        private int m_version;

        public Stack() { m_items = new T[0]; }

        public Stack(int capacity)
        {
            if (capacity < 0) throw CollectionErrors.NegativeArgument("capacity");
            m_items = new T[capacity];
        }

        public Stack(IEnumerable<T> collection)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            m_items = new T[0];
            foreach (T item in collection) Push(item);
        }

        public int Count { get { return m_size; } }

        // As List.Add: the common case inlinable, growing out of line into an array filled by ResizedCopy.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public void Push(T item)
        {
            T[] items = m_items;
            int size = m_size;
            if ((uint)size < (uint)items.Length)
            {
                items[size] = item;
                m_size = size + 1;
                m_version++;
            }
            else PushWithResize(item);
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private void PushWithResize(T item)
        {
            int size = m_size;
            m_items = size == 0 ? new T[4] : (T[])Array.ResizedCopy(m_items, size, 2 * m_items.Length);
            m_items[size] = item;
            m_size = size + 1;
            m_version++;
        }

        public T Pop()
        {
            if (m_size == 0) throw Empty();
            m_version++;
            T item = m_items[--m_size];
            m_items[m_size] = default(T);
            return item;
        }

        public T Peek()
        {
            if (m_size == 0) throw Empty();
            return m_items[m_size - 1];
        }

        private static InvalidOperationException Empty() { return new InvalidOperationException("Stack empty."); }

        public bool TryPop(out T result)
        {
            if (m_size == 0)
            {
                result = default(T);
                return false;
            }
            result = Pop();
            return true;
        }

        public bool TryPeek(out T result)
        {
            if (m_size == 0)
            {
                result = default(T);
                return false;
            }
            result = m_items[m_size - 1];
            return true;
        }

        public bool Contains(T item)
        {
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            for (int i = m_size - 1; i >= 0; i--) if (c.Equals(m_items[i], item)) return true;
            return false;
        }

        public void Clear()
        {
            Array.Clear(m_items, 0, m_size);
            m_size = 0;
            m_version++;
        }

        public void TrimExcess()
        {
            if (m_size < (int)(m_items.Length * 0.9))
            {
                T[] items = new T[m_size];
                Array.Copy(m_items, 0, items, 0, m_size);
                m_items = items;
                m_version++;
            }
        }

        public T[] ToArray()
        {
            T[] result = new T[m_size];
            for (int i = 0; i < m_size; i++) result[i] = m_items[m_size - 1 - i];
            return result;
        }

        public void CopyTo(T[] array, int arrayIndex)
        {
            CollectionErrors.CheckCopyTo(array, arrayIndex, m_size);
            for (int i = 0; i < m_size; i++) array[arrayIndex + i] = m_items[m_size - 1 - i];
        }

        public Enumerator GetEnumerator() { return new Enumerator(this); }
        IEnumerator<T> IEnumerable<T>.GetEnumerator() { return new Enumerator(this); }
        IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(this); }

        public struct Enumerator : IEnumerator<T>
        {
            private readonly Stack<T> m_stack;
            private readonly int m_version;
            private int m_index;      // -2 before the start, -1 after the end
            private T m_current;

            internal Enumerator(Stack<T> stack)
            {
                m_stack = stack;
                m_version = stack.m_version;
                m_index = -2;
                m_current = default(T);
            }

            public bool MoveNext()
            {
                if (m_version != m_stack.m_version) throw CollectionErrors.VersionChanged();
                if (m_index == -2) m_index = m_stack.m_size;
                if (m_index == -1) return false;
                if (--m_index >= 0)
                {
                    m_current = m_stack.m_items[m_index];
                    return true;
                }
                m_current = default(T);
                return false;
            }

            public T Current
            {
                get
                {
                    if (m_index < 0) throw m_index == -2 ? new InvalidOperationException("Enumeration has not started. Call MoveNext.")
                        : new InvalidOperationException("Enumeration already finished.");
                    return m_current;
                }
            }

            object IEnumerator.Current { get { return Current; } }

            void IEnumerator.Reset()
            {
                if (m_version != m_stack.m_version) throw CollectionErrors.VersionChanged();
                m_index = -2;
                m_current = default(T);
            }

            public void Dispose() { m_index = -1; }
        }
    }

    // First in, first out over a circular array; enumerates from the head. Enqueue, Dequeue and Clear bump the version.
    public class Queue<T> : IEnumerable<T>, IReadOnlyCollection<T>
    {
        private T[] m_items;
        private int m_head;
        private int m_size;
        private int m_version;

        public Queue() { m_items = new T[0]; }

        public Queue(int capacity)
        {
            if (capacity < 0) throw CollectionErrors.NegativeArgument("capacity");
            m_items = new T[capacity];
        }

        public Queue(IEnumerable<T> collection)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            m_items = new T[0];
            foreach (T item in collection) Enqueue(item);
        }

        public int Count { get { return m_size; } }

        private T At(int i) { return m_items[(m_head + i) % m_items.Length]; }

        private void SetCapacity(int capacity)
        {
            T[] items = new T[capacity];
            for (int i = 0; i < m_size; i++) items[i] = At(i);
            m_items = items;
            m_head = 0;
        }

        public void Enqueue(T item)
        {
            if (m_size == m_items.Length)
            {
                int capacity = m_items.Length * 2;
                if (capacity < m_items.Length + 4) capacity = m_items.Length + 4;
                SetCapacity(capacity);
            }
            m_items[(m_head + m_size) % m_items.Length] = item;
            m_size++;
            m_version++;
        }

        public T Dequeue()
        {
            if (m_size == 0) throw Empty();
            T item = m_items[m_head];
            m_items[m_head] = default(T);
            m_head = (m_head + 1) % m_items.Length;
            m_size--;
            m_version++;
            return item;
        }

        public T Peek()
        {
            if (m_size == 0) throw Empty();
            return m_items[m_head];
        }

        private static InvalidOperationException Empty() { return new InvalidOperationException("Queue empty."); }

        public bool TryDequeue(out T result)
        {
            if (m_size == 0)
            {
                result = default(T);
                return false;
            }
            result = Dequeue();
            return true;
        }

        public bool TryPeek(out T result)
        {
            if (m_size == 0)
            {
                result = default(T);
                return false;
            }
            result = m_items[m_head];
            return true;
        }

        public bool Contains(T item)
        {
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            for (int i = 0; i < m_size; i++) if (c.Equals(At(i), item)) return true;
            return false;
        }

        public void Clear()
        {
            if (m_items.Length > 0) Array.Clear(m_items, 0, m_items.Length);
            m_head = 0;
            m_size = 0;
            m_version++;
        }

        public void TrimExcess()
        {
            if (m_size < (int)(m_items.Length * 0.9))
            {
                SetCapacity(m_size);
                m_version++;
            }
        }

        public T[] ToArray()
        {
            T[] result = new T[m_size];
            for (int i = 0; i < m_size; i++) result[i] = At(i);
            return result;
        }

        public void CopyTo(T[] array, int arrayIndex)
        {
            CollectionErrors.CheckCopyTo(array, arrayIndex, m_size);
            for (int i = 0; i < m_size; i++) array[arrayIndex + i] = At(i);
        }

        public Enumerator GetEnumerator() { return new Enumerator(this); }
        IEnumerator<T> IEnumerable<T>.GetEnumerator() { return new Enumerator(this); }
        IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(this); }

        public struct Enumerator : IEnumerator<T>
        {
            private readonly Queue<T> m_queue;
            private readonly int m_version;
            private int m_index;      // -1 before the start, -2 after the end
            private T m_current;

            internal Enumerator(Queue<T> queue)
            {
                m_queue = queue;
                m_version = queue.m_version;
                m_index = -1;
                m_current = default(T);
            }

            public bool MoveNext()
            {
                if (m_version != m_queue.m_version) throw CollectionErrors.VersionChanged();
                if (m_index == -2) return false;
                m_index++;
                if (m_index == m_queue.m_size)
                {
                    m_index = -2;
                    m_current = default(T);
                    return false;
                }
                m_current = m_queue.At(m_index);
                return true;
            }

            public T Current
            {
                get
                {
                    if (m_index < 0) throw m_index == -1 ? new InvalidOperationException("Enumeration has not started. Call MoveNext.")
                        : new InvalidOperationException("Enumeration already finished.");
                    return m_current;
                }
            }

            object IEnumerator.Current { get { return Current; } }

            void IEnumerator.Reset()
            {
                if (m_version != m_queue.m_version) throw CollectionErrors.VersionChanged();
                m_index = -1;
                m_current = default(T);
            }

            public void Dispose()
            {
                m_index = -2;
                m_current = default(T);
            }
        }
    }
}
