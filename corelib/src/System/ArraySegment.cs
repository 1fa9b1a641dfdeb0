namespace System
{
    // A window on an array (what MemoryStream.TryGetBuffer hands out): the array, where the window starts, its length.
    public struct ArraySegment<T>
    {
        private readonly T[] m_array;
        private readonly int m_offset;
        private readonly int m_count;

        public ArraySegment(T[] array)
        {
            if (array == null) throw new ArgumentNullException("array");
            m_array = array;
            m_offset = 0;
            m_count = array.Length;
        }

        public ArraySegment(T[] array, int offset, int count)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (offset < 0) throw new ArgumentOutOfRangeException("offset", "Non-negative number required.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            if (array.Length - offset < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            m_array = array;
            m_offset = offset;
            m_count = count;
        }

        public T[] Array { get { return m_array; } }
        public int Offset { get { return m_offset; } }
        public int Count { get { return m_count; } }

        public T this[int index]
        {
            get
            {
                if ((uint)index >= (uint)m_count) throw new ArgumentOutOfRangeException("index");
                return m_array[m_offset + index];
            }
            set
            {
                if ((uint)index >= (uint)m_count) throw new ArgumentOutOfRangeException("index");
                m_array[m_offset + index] = value;
            }
        }

        public T[] ToArray()
        {
            if (m_array == null) throw new InvalidOperationException("The underlying array is null.");
            T[] copy = new T[m_count];
            System.Array.Copy(m_array, m_offset, copy, 0, m_count);
            return copy;
        }

        public bool Equals(ArraySegment<T> obj) { return obj.m_array == m_array && obj.m_offset == m_offset && obj.m_count == m_count; }
        public override bool Equals(object obj) { return obj is ArraySegment<T> && Equals((ArraySegment<T>)obj); }
        public override int GetHashCode() { return m_array == null ? 0 : (m_array.GetHashCode() * 31 + m_offset) * 31 + m_count; }
        public static bool operator ==(ArraySegment<T> a, ArraySegment<T> b) { return a.Equals(b); }
        public static bool operator !=(ArraySegment<T> a, ArraySegment<T> b) { return !a.Equals(b); }
    }
}
