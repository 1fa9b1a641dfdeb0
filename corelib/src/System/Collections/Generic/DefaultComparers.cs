namespace System.Collections.Generic
{
    // Comparer<T>.Default and EqualityComparer<T>.Default: for every T that implements IComparable<T> (IEquatable<T>),
    // a comparer that calls T's own CompareTo (Equals) — a direct call for value types, with no box. The general
    // ObjectComparer/ObjectEqualityComparer reach those through a box, one allocation per compare. .NET picks the
    // typed comparers by reflection at run time; here the compiler does it per instantiation (NativeAOT's way).
    internal static class DefaultComparers
    {
        internal static Comparer<T> CreateComparer<T>()
        {
            Comparer<T> typed = ComparableComparerOrNull<T>();
            return typed != null ? typed : new ObjectComparer<T>();
        }

        internal static EqualityComparer<T> CreateEqualityComparer<T>()
        {
            EqualityComparer<T> typed = EquatableComparerOrNull<T>();
            return typed != null ? typed : new ObjectEqualityComparer<T>();
        }

        // Compiler intrinsics (dev.kiln.il.Intrinsics.typedComparerConstructor): a call becomes `new
        // ComparableComparer<T>()` (value types) or `new GenericComparer<T>()` (classes) when T implements
        // IComparable<T>, and `new EquatableEqualityComparer<T>()` / `new GenericEqualityComparer<T>()` when it
        // implements IEquatable<T>. These bodies run only for the other types.
        private static Comparer<T> ComparableComparerOrNull<T>() { return null; }

        private static EqualityComparer<T> EquatableComparerOrNull<T>() { return null; }
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

    // For classes: null sorts first and equals only null, as with ObjectComparer, without the casts.
    internal sealed class GenericComparer<T> : Comparer<T> where T : class, IComparable<T>
    {
        public override int Compare(T x, T y)
        {
            if (x == null) return y == null ? 0 : -1;
            if (y == null) return 1;
            return x.CompareTo(y);
        }
    }

    internal sealed class GenericEqualityComparer<T> : EqualityComparer<T> where T : class, IEquatable<T>
    {
        public override bool Equals(T x, T y)
        {
            if (x == null) return y == null;
            if (y == null) return false;
            return x.Equals(y);
        }

        public override int GetHashCode(T obj) { return obj == null ? 0 : obj.GetHashCode(); }
    }
}
