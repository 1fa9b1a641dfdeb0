using System.Runtime.CompilerServices;

namespace System
{
    // Integer and floating-point formatting with .NET's invariant output.
    internal static class Number
    {
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string DoubleToString(double d);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string SingleToString(float f);

        internal static string UInt64ToString(ulong value)
        {
            if (value == 0) return "0";
            char[] buffer = new char[20];
            int p = 20;
            while (value != 0)
            {
                buffer[--p] = (char)('0' + (int)(value % 10));
                value /= 10;
            }
            return new string(buffer, p, 20 - p);
        }

        internal static string Int64ToString(long value)
        {
            if (value >= 0) return UInt64ToString((ulong)value);
            // negate through ulong so that long.MinValue works
            ulong magnitude = (ulong)(-(value + 1)) + 1;
            char[] buffer = new char[20];
            int p = 20;
            while (magnitude != 0)
            {
                buffer[--p] = (char)('0' + (int)(magnitude % 10));
                magnitude /= 10;
            }
            buffer[--p] = '-';
            return new string(buffer, p, 20 - p);
        }
    }
}
