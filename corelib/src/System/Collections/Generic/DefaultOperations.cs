namespace System.Collections.Generic
{
    // What EqualityComparer<T>.Default and Comparer<T>.Default do, as static calls. The compiler redirects each call
    // to the typed class below that fits T (dev.kiln.il.Intrinsics.typedDefaultOperation), a direct call the
    // optimizer inlines: Dictionary, HashSet and the sort hash and compare ints without a virtual call, as .NET's JIT
    // does when it devirtualizes the default comparers. These bodies run only for the other types.
    internal static class DefaultOperations
    {
        internal static bool AreEqual<T>(T x, T y) { return EqualityComparer<T>.Default.Equals(x, y); }

        internal static int HashOf<T>(T value) { return EqualityComparer<T>.Default.GetHashCode(value); }

        internal static int Compare<T>(T x, T y) { return Comparer<T>.Default.Compare(x, y); }
    }

    // Value types (and enums, through their underlying integer type): no null.
    internal static class EquatableValues<T> where T : struct, IEquatable<T>
    {
        internal static bool AreEqual(T x, T y) { return x.Equals(y); }

        internal static int HashOf(T value) { return value.GetHashCode(); }
    }

    internal static class ComparableValues<T> where T : struct, IComparable<T>
    {
        internal static int Compare(T x, T y) { return x.CompareTo(y); }
    }

    // Classes: null equals only null and sorts first, as GenericEqualityComparer and GenericComparer.
    internal static class EquatableObjects<T> where T : class, IEquatable<T>
    {
        internal static bool AreEqual(T x, T y)
        {
            if (x == null) return y == null;
            if (y == null) return false;
            return x.Equals(y);
        }

        internal static int HashOf(T value) { return value == null ? 0 : value.GetHashCode(); }
    }

    internal static class ComparableObjects<T> where T : class, IComparable<T>
    {
        internal static int Compare(T x, T y)
        {
            if (x == null) return y == null ? 0 : -1;
            if (y == null) return 1;
            return x.CompareTo(y);
        }
    }
}
