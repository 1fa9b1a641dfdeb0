namespace System
{
    // Little-endian (x64) conversions between primitives and bytes.
    public static class BitConverter
    {
        public static readonly bool IsLittleEndian = true;

        public static byte[] GetBytes(bool value) { return new byte[] { value ? (byte)1 : (byte)0 }; }
        public static byte[] GetBytes(char value) { return Little((ulong)value, 2); }
        public static byte[] GetBytes(short value) { return Little((ulong)value, 2); }
        public static byte[] GetBytes(ushort value) { return Little(value, 2); }
        public static byte[] GetBytes(int value) { return Little((ulong)value, 4); }
        public static byte[] GetBytes(uint value) { return Little(value, 4); }
        public static byte[] GetBytes(long value) { return Little((ulong)value, 8); }
        public static byte[] GetBytes(ulong value) { return Little(value, 8); }
        public static byte[] GetBytes(float value) { return Little((ulong)(uint)SingleToInt32Bits(value), 4); }
        public static byte[] GetBytes(double value) { return Little((ulong)DoubleToInt64Bits(value), 8); }

        private static byte[] Little(ulong value, int count)
        {
            byte[] bytes = new byte[count];
            for (int i = 0; i < count; i++) bytes[i] = (byte)(value >> (8 * i));
            return bytes;
        }

        private static ulong Read(byte[] value, int startIndex, int count)
        {
            if (value == null) throw new ArgumentNullException("value");
            if ((uint)startIndex >= (uint)value.Length)
                throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (startIndex > value.Length - count)
                throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.", "value");
            ulong result = 0;
            for (int i = count - 1; i >= 0; i--) result = (result << 8) | value[startIndex + i];
            return result;
        }

        public static bool ToBoolean(byte[] value, int startIndex) { return Read(value, startIndex, 1) != 0; }
        public static char ToChar(byte[] value, int startIndex) { return (char)Read(value, startIndex, 2); }
        public static short ToInt16(byte[] value, int startIndex) { return (short)Read(value, startIndex, 2); }
        public static ushort ToUInt16(byte[] value, int startIndex) { return (ushort)Read(value, startIndex, 2); }
        public static int ToInt32(byte[] value, int startIndex) { return (int)Read(value, startIndex, 4); }
        public static uint ToUInt32(byte[] value, int startIndex) { return (uint)Read(value, startIndex, 4); }
        public static long ToInt64(byte[] value, int startIndex) { return (long)Read(value, startIndex, 8); }
        public static ulong ToUInt64(byte[] value, int startIndex) { return Read(value, startIndex, 8); }
        public static float ToSingle(byte[] value, int startIndex) { return Int32BitsToSingle((int)Read(value, startIndex, 4)); }
        public static double ToDouble(byte[] value, int startIndex) { return Int64BitsToDouble((long)Read(value, startIndex, 8)); }

        public static string ToString(byte[] value)
        {
            if (value == null) throw new ArgumentNullException("value");
            return ToString(value, 0, value.Length);
        }

        public static string ToString(byte[] value, int startIndex)
        {
            if (value == null) throw new ArgumentNullException("value");
            return ToString(value, startIndex, value.Length - startIndex);
        }

        // "01-02-FF"
        public static string ToString(byte[] value, int startIndex, int length)
        {
            if (value == null) throw new ArgumentNullException("value");
            if (startIndex < 0 || (startIndex >= value.Length && startIndex > 0))
                throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Value must be positive.");
            if (startIndex > value.Length - length)
                throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.", "value");
            if (length == 0) return "";
            char[] chars = new char[length * 3 - 1];
            const string digits = "0123456789ABCDEF";
            for (int i = 0; i < length; i++)
            {
                byte b = value[startIndex + i];
                chars[i * 3] = digits[b >> 4];
                chars[i * 3 + 1] = digits[b & 15];
                if (i + 1 < length) chars[i * 3 + 2] = '-';
            }
            return new string(chars);
        }

        public static unsafe long DoubleToInt64Bits(double value) { return *(long*)&value; }
        public static unsafe double Int64BitsToDouble(long value) { return *(double*)&value; }
        public static unsafe ulong DoubleToUInt64Bits(double value) { return *(ulong*)&value; }
        public static unsafe double UInt64BitsToDouble(ulong value) { return *(double*)&value; }
        public static unsafe int SingleToInt32Bits(float value) { return *(int*)&value; }
        public static unsafe float Int32BitsToSingle(int value) { return *(float*)&value; }
        public static unsafe uint SingleToUInt32Bits(float value) { return *(uint*)&value; }
        public static unsafe float UInt32BitsToSingle(uint value) { return *(float*)&value; }
    }
}
