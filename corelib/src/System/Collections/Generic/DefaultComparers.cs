namespace System.Collections.Generic
{
    // Comparer<T>.Default and EqualityComparer<T>.Default for the primitive value types: typed CompareTo/Equals calls.
    // The general ObjectComparer/ObjectEqualityComparer reach IComparable<T> and Equals(object) through a box, one
    // allocation per compare — what made List<int>.Sort, BinarySearch, Contains and Dictionary<int, ...> several
    // times slower than mono. (.NET picks GenericComparer<T> for every T : IComparable<T> by reflection; without
    // run-time instantiation the primitive types, the common keys, are chosen here by name.)
    internal static class DefaultComparers
    {
        internal static Comparer<T> CreateComparer<T>()
        {
            object comparer = null;
            if (typeof(T) == typeof(int)) comparer = new ComparableComparer<int>();
            else if (typeof(T) == typeof(long)) comparer = new ComparableComparer<long>();
            else if (typeof(T) == typeof(double)) comparer = new ComparableComparer<double>();
            else if (typeof(T) == typeof(uint)) comparer = new ComparableComparer<uint>();
            else if (typeof(T) == typeof(ulong)) comparer = new ComparableComparer<ulong>();
            else if (typeof(T) == typeof(short)) comparer = new ComparableComparer<short>();
            else if (typeof(T) == typeof(ushort)) comparer = new ComparableComparer<ushort>();
            else if (typeof(T) == typeof(byte)) comparer = new ComparableComparer<byte>();
            else if (typeof(T) == typeof(sbyte)) comparer = new ComparableComparer<sbyte>();
            else if (typeof(T) == typeof(char)) comparer = new ComparableComparer<char>();
            else if (typeof(T) == typeof(float)) comparer = new ComparableComparer<float>();
            else if (typeof(T) == typeof(decimal)) comparer = new ComparableComparer<decimal>();
            else if (typeof(T) == typeof(bool)) comparer = new ComparableComparer<bool>();
            return comparer != null ? (Comparer<T>)comparer : new ObjectComparer<T>();
        }

        internal static EqualityComparer<T> CreateEqualityComparer<T>()
        {
            object comparer = null;
            if (typeof(T) == typeof(int)) comparer = new EquatableEqualityComparer<int>();
            else if (typeof(T) == typeof(long)) comparer = new EquatableEqualityComparer<long>();
            else if (typeof(T) == typeof(double)) comparer = new EquatableEqualityComparer<double>();
            else if (typeof(T) == typeof(uint)) comparer = new EquatableEqualityComparer<uint>();
            else if (typeof(T) == typeof(ulong)) comparer = new EquatableEqualityComparer<ulong>();
            else if (typeof(T) == typeof(short)) comparer = new EquatableEqualityComparer<short>();
            else if (typeof(T) == typeof(ushort)) comparer = new EquatableEqualityComparer<ushort>();
            else if (typeof(T) == typeof(byte)) comparer = new EquatableEqualityComparer<byte>();
            else if (typeof(T) == typeof(sbyte)) comparer = new EquatableEqualityComparer<sbyte>();
            else if (typeof(T) == typeof(char)) comparer = new EquatableEqualityComparer<char>();
            else if (typeof(T) == typeof(float)) comparer = new EquatableEqualityComparer<float>();
            else if (typeof(T) == typeof(decimal)) comparer = new EquatableEqualityComparer<decimal>();
            else if (typeof(T) == typeof(bool)) comparer = new EquatableEqualityComparer<bool>();
            return comparer != null ? (EqualityComparer<T>)comparer : new ObjectEqualityComparer<T>();
        }
    }

    // Only instantiated over value types: no null to handle.
    internal sealed class ComparableComparer<T> : Comparer<T> where T : struct, IComparable<T>
    {
        public override int Compare(T x, T y) { return x.CompareTo(y); }
    }

    internal sealed class EquatableEqualityComparer<T> : EqualityComparer<T> where T : struct, IEquatable<T>
    {
        public override bool Equals(T x, T y) { return x.Equals(y); }
        public override int GetHashCode(T obj) { return obj.GetHashCode(); }
    }
}
