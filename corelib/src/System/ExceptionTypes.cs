using System.Collections;

namespace System
{
    // Exception types everyday code throws and catches that the core library had not defined yet.
    public class ApplicationException : Exception
    {
        public ApplicationException() : base("Error in the application.") { }
        public ApplicationException(string message) : base(message) { }
        public ApplicationException(string message, Exception innerException) : base(message, innerException) { }
    }

    public class TimeoutException : SystemException
    {
        public TimeoutException() : base("The operation has timed out.") { }
        public TimeoutException(string message) : base(message) { }
        public TimeoutException(string message, Exception innerException) : base(message, innerException) { }
    }

    public class ObjectDisposedException : InvalidOperationException
    {
        private readonly string _objectName;
        public ObjectDisposedException(string objectName) : this(objectName, "Cannot access a disposed object.") { }
        public ObjectDisposedException(string objectName, string message) : base(message) { _objectName = objectName; }
        public ObjectDisposedException(string message, Exception innerException) : base(message, innerException) { }
        public string ObjectName { get { return _objectName ?? ""; } }
        public override string Message
        {
            get
            {
                string name = ObjectName;
                return name.Length == 0 ? base.Message : base.Message + Environment.NewLine + "Object name: '" + name + "'.";
            }
        }
    }

    public class PlatformNotSupportedException : NotSupportedException
    {
        public PlatformNotSupportedException() : base("Operation is not supported on this platform.") { }
        public PlatformNotSupportedException(string message) : base(message) { }
    }

    public class UnauthorizedAccessException : SystemException
    {
        public UnauthorizedAccessException() : base("Attempted to perform an unauthorized operation.") { }
        public UnauthorizedAccessException(string message) : base(message) { }
        public UnauthorizedAccessException(string message, Exception inner) : base(message, inner) { }
    }

    public class RankException : SystemException
    {
        public RankException() : base("Attempted to operate on an array with the incorrect number of dimensions.") { }
        public RankException(string message) : base(message) { }
    }

    public class NotFiniteNumberException : ArithmeticException
    {
        public NotFiniteNumberException() : base("Number encountered was not a finite quantity.") { }
        public NotFiniteNumberException(string message) : base(message) { }
    }

    public class InvalidProgramException : SystemException
    {
        public InvalidProgramException() : base("Common Language Runtime detected an invalid program.") { }
        public InvalidProgramException(string message) : base(message) { }
    }

    public sealed class InsufficientExecutionStackException : SystemException
    {
        public InsufficientExecutionStackException() : base("Insufficient stack to continue executing the program safely.") { }
        public InsufficientExecutionStackException(string message) : base(message) { }
    }

    // Exception.Data: a small insertion-ordered dictionary of extra facts about the failure.
    internal sealed class ExceptionData : IDictionary
    {
        private readonly System.Collections.Generic.List<DictionaryEntry> m_entries = new System.Collections.Generic.List<DictionaryEntry>();

        private int Find(object key)
        {
            if (key == null) throw new ArgumentNullException("key");
            for (int i = 0; i < m_entries.Count; i++) if (m_entries[i].Key.Equals(key)) return i;
            return -1;
        }

        public object this[object key]
        {
            get { int i = Find(key); return i < 0 ? null : m_entries[i].Value; }
            set
            {
                int i = Find(key);
                if (i < 0) m_entries.Add(new DictionaryEntry(key, value));
                else m_entries[i] = new DictionaryEntry(key, value);
            }
        }

        public void Add(object key, object value)
        {
            if (Find(key) >= 0) throw new ArgumentException("Item has already been added. Key in dictionary: '" + key + "'");
            m_entries.Add(new DictionaryEntry(key, value));
        }

        public bool Contains(object key) { return Find(key) >= 0; }
        public void Remove(object key) { int i = Find(key); if (i >= 0) m_entries.RemoveAt(i); }
        public void Clear() { m_entries.Clear(); }
        public int Count { get { return m_entries.Count; } }
        public bool IsReadOnly { get { return false; } }
        public bool IsFixedSize { get { return false; } }
        public bool IsSynchronized { get { return false; } }
        public object SyncRoot { get { return this; } }

        public ICollection Keys
        {
            get
            {
                object[] keys = new object[m_entries.Count];
                for (int i = 0; i < keys.Length; i++) keys[i] = m_entries[i].Key;
                return new ObjectCollection(keys);
            }
        }

        public ICollection Values
        {
            get
            {
                object[] values = new object[m_entries.Count];
                for (int i = 0; i < values.Length; i++) values[i] = m_entries[i].Value;
                return new ObjectCollection(values);
            }
        }

        public void CopyTo(Array array, int index)
        {
            DictionaryEntry[] target = array as DictionaryEntry[];
            if (target == null) throw new ArgumentException("Only DictionaryEntry arrays are supported.", "array");
            m_entries.CopyTo(target, index);
        }

        public IDictionaryEnumerator GetEnumerator() { return new Enumerator(m_entries.ToArray()); }
        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }

        private sealed class Enumerator : IDictionaryEnumerator
        {
            private readonly DictionaryEntry[] m_items;
            private int m_index = -1;
            internal Enumerator(DictionaryEntry[] items) { m_items = items; }
            public bool MoveNext() { return ++m_index < m_items.Length; }
            public void Reset() { m_index = -1; }
            public DictionaryEntry Entry
            {
                get
                {
                    if (m_index < 0 || m_index >= m_items.Length) throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                    return m_items[m_index];
                }
            }
            public object Current { get { return Entry; } }
            public object Key { get { return Entry.Key; } }
            public object Value { get { return Entry.Value; } }
        }

        private sealed class ObjectCollection : ICollection
        {
            private readonly object[] m_items;
            internal ObjectCollection(object[] items) { m_items = items; }
            public int Count { get { return m_items.Length; } }
            public bool IsSynchronized { get { return false; } }
            public object SyncRoot { get { return this; } }
            public void CopyTo(Array array, int index) { Array.Copy(m_items, 0, array, index, m_items.Length); }
            public IEnumerator GetEnumerator() { return ((System.Collections.Generic.IEnumerable<object>)m_items).GetEnumerator(); }
        }
    }

    public partial class Exception
    {
        private IDictionary _data;
        private int _hresult = unchecked((int)0x80131500);

        public virtual IDictionary Data { get { return _data ?? (_data = new ExceptionData()); } }

        // "   at Type.Method(Params)" lines of the frames the exception was thrown from; null before it is thrown
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        private static extern string StackTraceImpl(Exception exception);

        public virtual string StackTrace { get { return StackTraceImpl(this); } }

        // Throws the exception as a new leg of its trace, after the frames of its earlier throws (the runtime's
        // kiln_ex_throw_dispatched): ExceptionDispatchInfo and the awaiters rethrowing a task's failure use it.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        internal static extern void DispatchThrow(Exception exception);
        public int HResult { get { return _hresult; } set { _hresult = value; } }
        public virtual string Source { get; set; }
        public virtual string HelpLink { get; set; }
    }
}

namespace System.Collections
{
    public interface ICollection : IEnumerable
    {
        int Count { get; }
        bool IsSynchronized { get; }
        object SyncRoot { get; }
        void CopyTo(Array array, int index);
    }

    public interface IDictionary : ICollection
    {
        object this[object key] { get; set; }
        ICollection Keys { get; }
        ICollection Values { get; }
        bool IsReadOnly { get; }
        bool IsFixedSize { get; }
        bool Contains(object key);
        void Add(object key, object value);
        void Clear();
        void Remove(object key);
        new IDictionaryEnumerator GetEnumerator();
    }

    public interface IDictionaryEnumerator : IEnumerator
    {
        object Key { get; }
        object Value { get; }
        DictionaryEntry Entry { get; }
    }

    public struct DictionaryEntry
    {
        private object _key;
        private object _value;
        public DictionaryEntry(object key, object value) { _key = key; _value = value; }
        public object Key { get { return _key; } set { _key = value; } }
        public object Value { get { return _value; } set { _value = value; } }
        public void Deconstruct(out object key, out object value) { key = _key; value = _value; }
    }
}
