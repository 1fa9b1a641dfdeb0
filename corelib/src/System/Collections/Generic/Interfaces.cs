namespace System.Collections.Generic
{
    public interface ICollection<T> : IEnumerable<T>
    {
        int Count { get; }
        bool IsReadOnly { get; }
        void Add(T item);
        void Clear();
        bool Contains(T item);
        void CopyTo(T[] array, int arrayIndex);
        bool Remove(T item);
    }

    public interface IList<T> : ICollection<T>
    {
        T this[int index] { get; set; }
        int IndexOf(T item);
        void Insert(int index, T item);
        void RemoveAt(int index);
    }

    public interface IReadOnlyCollection<out T> : IEnumerable<T> { int Count { get; } }

    public interface IReadOnlyList<out T> : IReadOnlyCollection<T> { T this[int index] { get; } }

    public interface IDictionary<TKey, TValue> : ICollection<KeyValuePair<TKey, TValue>>
    {
        TValue this[TKey key] { get; set; }
        ICollection<TKey> Keys { get; }
        ICollection<TValue> Values { get; }
        void Add(TKey key, TValue value);
        bool ContainsKey(TKey key);
        bool Remove(TKey key);
        bool TryGetValue(TKey key, out TValue value);
    }

    public interface IReadOnlyDictionary<TKey, TValue> : IReadOnlyCollection<KeyValuePair<TKey, TValue>>
    {
        TValue this[TKey key] { get; }
        IEnumerable<TKey> Keys { get; }
        IEnumerable<TValue> Values { get; }
        bool ContainsKey(TKey key);
        bool TryGetValue(TKey key, out TValue value);
    }

    public interface ISet<T> : ICollection<T>
    {
        new bool Add(T item);
        void UnionWith(IEnumerable<T> other);
        void IntersectWith(IEnumerable<T> other);
        void ExceptWith(IEnumerable<T> other);
        void SymmetricExceptWith(IEnumerable<T> other);
        bool IsSubsetOf(IEnumerable<T> other);
        bool IsSupersetOf(IEnumerable<T> other);
        bool IsProperSupersetOf(IEnumerable<T> other);
        bool IsProperSubsetOf(IEnumerable<T> other);
        bool Overlaps(IEnumerable<T> other);
        bool SetEquals(IEnumerable<T> other);
    }

    public interface IEqualityComparer<in T>
    {
        bool Equals(T x, T y);
        int GetHashCode(T obj);
    }

    public interface IComparer<in T> { int Compare(T x, T y); }

    public struct KeyValuePair<TKey, TValue>
    {
        private readonly TKey key;
        private readonly TValue value;

        public KeyValuePair(TKey key, TValue value)
        {
            this.key = key;
            this.value = value;
        }

        public TKey Key { get { return key; } }
        public TValue Value { get { return value; } }

        public void Deconstruct(out TKey key, out TValue value)
        {
            key = this.key;
            value = this.value;
        }

        public override string ToString()
        {
            return "[" + (key == null ? "" : key.ToString()) + ", " + (value == null ? "" : value.ToString()) + "]";
        }
    }

    public static class KeyValuePair
    {
        public static KeyValuePair<TKey, TValue> Create<TKey, TValue>(TKey key, TValue value) { return new KeyValuePair<TKey, TValue>(key, value); }
    }

    public class KeyNotFoundException : SystemException
    {
        public KeyNotFoundException() : base("The given key was not present in the dictionary.") { }
        public KeyNotFoundException(string message) : base(message) { }
    }

    // Equals and GetHashCode through the type's own overrides (boxing value types, which is correct if slower), but
    // for the primitive types (DefaultComparers).
    public abstract class EqualityComparer<T> : IEqualityComparer<T>, System.Collections.IEqualityComparer
    {
        bool System.Collections.IEqualityComparer.Equals(object x, object y)
        {
            if (x == y) return true;
            if (x == null || y == null) return false;
            if (x is T && y is T) return Equals((T)x, (T)y);
            throw new ArgumentException("Type of argument is not compatible with the generic comparer.");
        }

        int System.Collections.IEqualityComparer.GetHashCode(object obj)
        {
            if (obj == null) return 0;
            if (obj is T) return GetHashCode((T)obj);
            throw new ArgumentException("Type of argument is not compatible with the generic comparer.");
        }

        private static EqualityComparer<T> s_default;

        public static EqualityComparer<T> Default
        {
            get
            {
                if (s_default == null) s_default = DefaultComparers.CreateEqualityComparer<T>();
                return s_default;
            }
        }

        public abstract bool Equals(T x, T y);
        public abstract int GetHashCode(T obj);
    }

    internal sealed class ObjectEqualityComparer<T> : EqualityComparer<T>
    {
        // default(T) is null only for reference types and Nullable<>. For other value types a null test boxes the
        // value (an allocation per call), and is always false: skipped.
        private static readonly bool s_canBeNull = default(T) == null;

        public override bool Equals(T x, T y)
        {
            if (s_canBeNull)
            {
                if (x == null) return y == null;
                if (y == null) return false;
            }
            return x.Equals(y);
        }

        public override int GetHashCode(T obj) { return s_canBeNull && obj == null ? 0 : obj.GetHashCode(); }
    }

    public abstract class Comparer<T> : IComparer<T>, System.Collections.IComparer
    {
        int System.Collections.IComparer.Compare(object x, object y)
        {
            if (x == null) return y == null ? 0 : -1;
            if (y == null) return 1;
            if (x is T && y is T) return Compare((T)x, (T)y);
            throw new ArgumentException("At least one object must implement IComparable.");
        }

        private static Comparer<T> s_default;

        public static Comparer<T> Default
        {
            get
            {
                if (s_default == null) s_default = DefaultComparers.CreateComparer<T>();
                return s_default;
            }
        }

        public static Comparer<T> Create(Comparison<T> comparison) { return new ComparisonComparer<T>(comparison); }

        public abstract int Compare(T x, T y);
    }

    internal sealed class ObjectComparer<T> : Comparer<T>
    {
        private static readonly bool s_canBeNull = default(T) == null; // as in ObjectEqualityComparer

        public override int Compare(T x, T y)
        {
            if (s_canBeNull)
            {
                if (x == null) return y == null ? 0 : -1;
                if (y == null) return 1;
            }
            IComparable<T> typed = x as IComparable<T>;
            if (typed != null) return typed.CompareTo(y);
            IComparable untyped = x as IComparable;
            if (untyped != null) return untyped.CompareTo(y);
            IComparable other = y as IComparable;
            if (other != null) return -other.CompareTo(x);
            throw new ArgumentException("At least one object must implement IComparable.");
        }
    }

    internal sealed class ComparisonComparer<T> : Comparer<T>
    {
        private readonly Comparison<T> m_comparison;
        internal ComparisonComparer(Comparison<T> comparison) { m_comparison = comparison; }
        public override int Compare(T x, T y) { return m_comparison(x, y); }
    }
}

namespace System
{
    public interface IComparable<in T> { int CompareTo(T other); }
    public interface IEquatable<T> { bool Equals(T other); }
}
