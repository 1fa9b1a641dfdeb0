using System.Runtime.CompilerServices;

namespace System
{
    // Byte-level copies between arrays of primitives (offsets and counts in bytes, not elements).
    public static class Buffer
    {
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern unsafe void MemoryCopy(void* destination, void* source, long bytes);

        // bytes between the data of two arrays, unchecked
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern void RawCopy(Array source, long sourceOffset, Array destination, long destinationOffset, long count);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int ElementSize(Array array);

        [CLSCompliant(false)]
        public static unsafe void MemoryCopy(void* source, void* destination, long destinationSizeInBytes, long sourceBytesToCopy)
        {
            if (sourceBytesToCopy > destinationSizeInBytes) throw new ArgumentOutOfRangeException("sourceBytesToCopy");
            MemoryCopy(destination, source, sourceBytesToCopy);
        }

        [CLSCompliant(false)]
        public static unsafe void MemoryCopy(void* source, void* destination, ulong destinationSizeInBytes, ulong sourceBytesToCopy)
        {
            if (sourceBytesToCopy > destinationSizeInBytes) throw new ArgumentOutOfRangeException("sourceBytesToCopy");
            MemoryCopy(destination, source, (long)sourceBytesToCopy);
        }

        // The array's size in bytes; only arrays of primitives (and enums, stored as their underlying type) have one.
        private static long PrimitiveByteLength(Array array, string name)
        {
            if (!(array is byte[]))
            {
                Type element = array.GetType().GetElementType();
                if (!element.IsPrimitive && !element.IsEnum) throw new ArgumentException("Object must be an array of primitives.", name);
            }
            return (long)array.Length * ElementSize(array);
        }

        public static void BlockCopy(Array src, int srcOffset, Array dst, int dstOffset, int count)
        {
            if (src == null) throw new ArgumentNullException("src");
            if (dst == null) throw new ArgumentNullException("dst");
            long srcLength = PrimitiveByteLength(src, "src");
            long dstLength = PrimitiveByteLength(dst, "dst");
            if (srcOffset < 0) throw new ArgumentOutOfRangeException("srcOffset", "Value must be non-negative and less than or equal to Int32.MaxValue.");
            if (dstOffset < 0) throw new ArgumentOutOfRangeException("dstOffset", "Value must be non-negative and less than or equal to Int32.MaxValue.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Value must be non-negative and less than or equal to Int32.MaxValue.");
            if (count > srcLength - srcOffset || count > dstLength - dstOffset)
                throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            RawCopy(src, srcOffset, dst, dstOffset, count);
        }

        public static int ByteLength(Array array)
        {
            if (array == null) throw new ArgumentNullException("array");
            long length = PrimitiveByteLength(array, "array");
            if (length > int.MaxValue) throw new OverflowException("Value was either too large or too small for an Int32.");
            return (int)length;
        }

        public static byte GetByte(Array array, int index)
        {
            CheckByteIndex(array, index);
            byte[] one = new byte[1];
            RawCopy(array, index, one, 0, 1);
            return one[0];
        }

        public static void SetByte(Array array, int index, byte value)
        {
            CheckByteIndex(array, index);
            byte[] one = new byte[] { value };
            RawCopy(one, 0, array, index, 1);
        }

        private static void CheckByteIndex(Array array, int index)
        {
            if (array == null) throw new ArgumentNullException("array");
            if ((uint)index >= (ulong)PrimitiveByteLength(array, "array")) throw new ArgumentOutOfRangeException("index");
        }
    }
}
