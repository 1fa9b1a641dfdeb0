namespace System
{
    // Array's non-generic statics: copying (with .NET's element conversions), clearing, reversing and searching
    // over any single- or multi-dimensional array.
    public abstract partial class Array
    {
        private const string InvalidOffLen = "Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.";
        private const string NeedNonNegNum = "Non-negative number required.";
        private const string MultiDimNotSupported = "Only single dimensional arrays are supported for the requested action.";

        public static void Copy(Array sourceArray, Array destinationArray, int length)
        {
            if (sourceArray == null) throw new ArgumentNullException("sourceArray");
            if (destinationArray == null) throw new ArgumentNullException("destinationArray");
            Copy(sourceArray, sourceArray.GetLowerBound(0), destinationArray, destinationArray.GetLowerBound(0), length);
        }

        public static void Copy(Array sourceArray, Array destinationArray, long length) { Copy(sourceArray, destinationArray, LongToInt(length, "length")); }

        public static void Copy(Array sourceArray, long sourceIndex, Array destinationArray, long destinationIndex, long length)
        {
            Copy(sourceArray, LongToInt(sourceIndex, "sourceIndex"), destinationArray, LongToInt(destinationIndex, "destinationIndex"), LongToInt(length, "length"));
        }

        // Copies as if through a temporary, so overlapping ranges of one array are safe.
        public static void Copy(Array sourceArray, int sourceIndex, Array destinationArray, int destinationIndex, int length)
        {
            // the common case (collections growing, same-type copies in range) straight to the memory copy
            if (sourceArray != null && destinationArray != null && GetDescriptor(sourceArray) == GetDescriptor(destinationArray)
                && BoundImpl(sourceArray, 0, true) == 0 && BoundImpl(destinationArray, 0, true) == 0
                && length >= 0 && sourceIndex >= 0 && destinationIndex >= 0
                && (long)sourceIndex + length <= sourceArray.Length && (long)destinationIndex + length <= destinationArray.Length)
            {
                CopyImpl(sourceArray, sourceIndex, destinationArray, destinationIndex, length);
                return;
            }
            if (sourceArray == null) throw new ArgumentNullException("sourceArray");
            if (destinationArray == null) throw new ArgumentNullException("destinationArray");
            if (sourceArray.Rank != destinationArray.Rank) throw new RankException("The specified arrays must have the same number of dimensions.");
            if (length < 0) throw new ArgumentOutOfRangeException("length", NeedNonNegNum);
            int sourceLower = sourceArray.GetLowerBound(0);
            if (sourceIndex < sourceLower || sourceIndex - sourceLower < 0)
                throw new ArgumentOutOfRangeException("sourceIndex", "Number was less than the array's lower bound in the first dimension.");
            sourceIndex -= sourceLower;
            int destinationLower = destinationArray.GetLowerBound(0);
            if (destinationIndex < destinationLower || destinationIndex - destinationLower < 0)
                throw new ArgumentOutOfRangeException("destinationIndex", "Number was less than the array's lower bound in the first dimension.");
            destinationIndex -= destinationLower;
            if ((long)sourceIndex + length > sourceArray.Length)
                throw new ArgumentException("Source array was not long enough. Check the source index, length, and the array's lower bounds.", "sourceArray");
            if ((long)destinationIndex + length > destinationArray.Length)
                throw new ArgumentException("Destination array was not long enough. Check the destination index, length, and the array's lower bounds.", "destinationArray");
            ArrayElementCopy.Copy(sourceArray, sourceIndex, destinationArray, destinationIndex, length);
        }

        // In .NET the copy either completes or changes nothing; the checks above come before any element moves, and
        // only conversions that cannot fail are allowed, so Copy is already all-or-nothing for them.
        public static void ConstrainedCopy(Array sourceArray, int sourceIndex, Array destinationArray, int destinationIndex, int length)
        {
            if (sourceArray != null && destinationArray != null
                && !ArrayElementCopy.CannotFail(sourceArray.GetType().GetElementType(), destinationArray.GetType().GetElementType()))
                throw new ArrayTypeMismatchException("Array.ConstrainedCopy will only work on array types that are provably compatible, without any form of boxing, unboxing, widening, or casting of each array element.  Change the array types (i.e., copy a Derived[] to a Base[]), or use a mitigation strategy in the CER for Array.Copy's less powerful reliability contract, such as cloning the array or throwing away the potentially corrupt destination array.");
            Copy(sourceArray, sourceIndex, destinationArray, destinationIndex, length);
        }

        private static int LongToInt(long value, string name)
        {
            if (value > int.MaxValue || value < int.MinValue) throw new ArgumentOutOfRangeException(name, "Arrays larger than 2GB are not supported.");
            return (int)value;
        }

        public void CopyTo(Array array, int index)
        {
            if (array != null && array.Rank != 1) throw new ArgumentException(MultiDimNotSupported);
            Copy(this, GetLowerBound(0), array, index, Length);
        }

        public void CopyTo(Array array, long index) { CopyTo(array, LongToInt(index, "index")); }

        public static void Clear(Array array)
        {
            if (array == null) throw new ArgumentNullException("array");
            ClearImpl(array, 0, array.Length);
        }

        public static void Clear(Array array, int index, int length)
        {
            if (array == null) throw new ArgumentNullException("array");
            int lower = BoundImpl(array, 0, true);
            int offset = index - lower;
            if (index < lower || offset < 0 || length < 0 || (long)offset + length > array.Length)
                throw new IndexOutOfRangeException("Index was outside the bounds of the array.");
            ClearImpl(array, offset, length);
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        private static extern void ClearImpl(Array array, int index, int length);

        // the checks of Reverse<T>(T[], int, int)
        private static void CheckRange(Array array, int index, int length)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (index < 0) throw new ArgumentOutOfRangeException("index", NeedNonNegNum);
            if (length < 0) throw new ArgumentOutOfRangeException("length", NeedNonNegNum);
            if (array.Length - index < length) throw new ArgumentException(InvalidOffLen);
        }

        public static void Reverse(Array array)
        {
            if (array == null) throw new ArgumentNullException("array");
            Reverse(array, array.GetLowerBound(0), array.Length);
        }

        public static void Reverse(Array array, int index, int length)
        {
            if (array == null) throw new ArgumentNullException("array");
            int lower = array.GetLowerBound(0);
            if (index < lower) throw new ArgumentOutOfRangeException("index", NeedNonNegNum);
            if (length < 0) throw new ArgumentOutOfRangeException("length", NeedNonNegNum);
            if (array.Length - (index - lower) < length) throw new ArgumentException(InvalidOffLen);
            if (array.Rank != 1) throw new RankException(MultiDimNotSupported);
            for (int i = index - lower, j = index - lower + length - 1; i < j; i++, j--)
            {
                object t = GetFlatImpl(array, i);
                SetFlatImpl(array, GetFlatImpl(array, j), i);
                SetFlatImpl(array, t, j);
            }
        }

        public static int IndexOf(Array array, object value)
        {
            if (array == null) throw new ArgumentNullException("array");
            return IndexOf(array, value, array.GetLowerBound(0), array.Length);
        }

        public static int IndexOf(Array array, object value, int startIndex)
        {
            if (array == null) throw new ArgumentNullException("array");
            int lower = array.GetLowerBound(0);
            return IndexOf(array, value, startIndex, array.Length - startIndex + lower);
        }

        public static int IndexOf(Array array, object value, int startIndex, int count)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (array.Rank != 1) throw new RankException(MultiDimNotSupported);
            int lower = array.GetLowerBound(0);
            if (startIndex < lower || startIndex > array.Length + lower)
                throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || count > array.Length - startIndex + lower)
                throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            for (int i = startIndex - lower; i < startIndex - lower + count; i++)
            {
                if (ElementEquals(GetFlatImpl(array, i), value)) return i + lower;
            }
            return lower - 1;
        }

        public static int LastIndexOf(Array array, object value)
        {
            if (array == null) throw new ArgumentNullException("array");
            int lower = array.GetLowerBound(0);
            return LastIndexOf(array, value, array.Length - 1 + lower, array.Length);
        }

        public static int LastIndexOf(Array array, object value, int startIndex)
        {
            if (array == null) throw new ArgumentNullException("array");
            int lower = array.GetLowerBound(0);
            return LastIndexOf(array, value, startIndex, startIndex + 1 - lower);
        }

        public static int LastIndexOf(Array array, object value, int startIndex, int count)
        {
            if (array == null) throw new ArgumentNullException("array");
            int lower = array.GetLowerBound(0);
            if (array.Length == 0) return lower - 1;
            if (startIndex < lower || startIndex >= array.Length + lower)
                throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            if (count > startIndex - lower + 1) throw new ArgumentOutOfRangeException("endIndex", "endIndex cannot be greater than startIndex.");
            if (array.Rank != 1) throw new RankException(MultiDimNotSupported);
            for (int i = startIndex - lower; i > startIndex - lower - count; i--)
            {
                if (ElementEquals(GetFlatImpl(array, i), value)) return i + lower;
            }
            return lower - 1;
        }

        private static bool ElementEquals(object element, object value)
        {
            return element == null ? value == null : element.Equals(value);
        }

        // for ArrayElementCopy: the element accessors and the same-type copy
        internal static object GetElement(Array array, int flatIndex) { return GetFlatImpl(array, flatIndex); }
        internal static void SetElement(Array array, object value, int flatIndex) { SetFlatImpl(array, value, flatIndex); }

        // A growing collection's next array: an array of source's own type with length elements, the first count
        // copied from source and only the rest cleared (new T[] then Array.Copy writes the copied part twice).
        // count <= source.Length, count <= length; source is single-dimensional. The collection must own source
        // (an array it made as T[]): the result has source's exact type.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        internal static extern Array ResizedCopy(Array source, int count, int length);

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        internal static extern void CopyImpl(Array source, int sourceIndex, Array destination, int destinationIndex, int length);
    }
}
