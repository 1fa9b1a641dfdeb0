namespace System.Collections.Generic
{
    // The exceptions the collections throw, with .NET's messages and parameter names.
    internal static class CollectionErrors
    {
        internal static InvalidOperationException VersionChanged()
        {
            return new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
        }

        internal static InvalidOperationException EnumerationNotRunning()
        {
            return new InvalidOperationException("Enumeration has either not started or has already finished.");
        }

        internal static ArgumentOutOfRangeException IndexOutOfRange()
        {
            return new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
        }

        internal static ArgumentOutOfRangeException NegativeArgument(string paramName)
        {
            return new ArgumentOutOfRangeException(paramName, "Non-negative number required.");
        }

        internal static ArgumentException InvalidRange()
        {
            return new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
        }

        internal static ArgumentException DestinationTooSmall()
        {
            return new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
        }

        internal static ArgumentException DuplicateKey(object key)
        {
            return new ArgumentException("An item with the same key has already been added. Key: " + key);
        }

        internal static KeyNotFoundException KeyNotFound(object key)
        {
            return new KeyNotFoundException("The given key '" + key + "' was not present in the dictionary.");
        }

        internal static NotSupportedException ReadOnly() { return new NotSupportedException("Collection is read-only."); }

        // Checks the (array, index) pair of CopyTo for `count` items.
        internal static void CheckCopyTo<T>(T[] array, int arrayIndex, int count)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (arrayIndex < 0 || arrayIndex > array.Length)
                throw new ArgumentOutOfRangeException("arrayIndex", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if (array.Length - arrayIndex < count) throw DestinationTooSmall();
        }
    }
}
