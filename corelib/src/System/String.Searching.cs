namespace System
{
    // Ordinal searching and copying over the characters themselves: pointers, so no bounds check per character. A
    // char search tests 4 UTF-16 units per aligned ulong read (the units xor the searched char, then a test for a
    // zero lane), as .NET's vectorized search does with wider registers; a string search looks for its first char
    // that way and compares the rest where it is found.
    public sealed partial class String
    {
        private const ulong LaneLowBits = 0x0001000100010001, LaneHighBits = 0x8000800080008000;

        // The index of value in p[0, length), or -1.
        internal static unsafe int IndexOfChar(char* p, int length, char value)
        {
            int i = 0;
            while (i < length && ((long)(p + i) & 7) != 0)
            {
                if (p[i] == value) return i;
                i++;
            }
            ulong pattern = value * LaneLowBits;
            for (; i + 4 <= length; i += 4)
            {
                ulong lanes = *(ulong*)(p + i) ^ pattern;
                // nonzero exactly when some lane is zero, i.e. holds value
                if (((lanes - LaneLowBits) & ~lanes & LaneHighBits) != 0) break;
            }
            for (; i < length; i++) if (p[i] == value) return i;
            return -1;
        }

        // The index of the first surrogate (high or low) in p[0, length), or -1: 4 units per aligned read, where
        // a surrogate is a lane whose top 5 bits are 11011.
        internal static unsafe int IndexOfSurrogate(char* p, int length)
        {
            int i = 0;
            while (i < length && ((long)(p + i) & 7) != 0)
            {
                if ((p[i] & 0xF800) == 0xD800) return i;
                i++;
            }
            for (; i + 4 <= length; i += 4)
            {
                ulong lanes = (*(ulong*)(p + i) & 0xF800F800F800F800) ^ 0xD800D800D800D800;
                if (((lanes - LaneLowBits) & ~lanes & LaneHighBits) != 0) break;
            }
            for (; i < length; i++) if ((p[i] & 0xF800) == 0xD800) return i;
            return -1;
        }

        // The first index of value[0, valueLength) in text[0, length), or -1 (0 for an empty value).
        internal static unsafe int OrdinalIndexOf(char* text, int length, char* value, int valueLength)
        {
            if (valueLength == 0) return 0;
            char first = *value;
            int last = length - valueLength; // the last index a match can start at
            int i = 0;
            while (i <= last)
            {
                int found = IndexOfChar(text + i, last - i + 1, first);
                if (found < 0) return -1;
                i += found;
                int k = 1;
                while (k < valueLength && text[i + k] == value[k]) k++;
                if (k == valueLength) return i;
                i++;
            }
            return -1;
        }

        // The first index of value in this string's [startIndex, startIndex + count), or -1 (startIndex for "").
        private unsafe int OrdinalIndexOf(string value, int startIndex, int count)
        {
            fixed (char* text = &_firstChar)
            fixed (char* v = &value._firstChar)
            {
                int found = OrdinalIndexOf(text + startIndex, count, v, value._stringLength);
                return found < 0 ? -1 : startIndex + found;
            }
        }

        private unsafe int IndexOfChar(char value, int startIndex, int count)
        {
            fixed (char* text = &_firstChar)
            {
                int found = IndexOfChar(text + startIndex, count, value);
                return found < 0 ? -1 : startIndex + found;
            }
        }

        // Short runs in a loop (most strings are short: no call), long ones by memmove.
        internal static unsafe void CopyChars(char* destination, char* source, int count)
        {
            if (count > 32)
            {
                Buffer.MemoryCopy(destination, source, (long)count * 2);
                return;
            }
            for (int i = 0; i < count; i++) destination[i] = source[i];
        }

        public int IndexOf(char value) { return IndexOfChar(value, 0, _stringLength); }

        public int IndexOf(char value, int startIndex)
        {
            if (startIndex < 0 || startIndex > Length) throw new ArgumentOutOfRangeException("startIndex");
            return IndexOfChar(value, startIndex, _stringLength - startIndex);
        }

        public int IndexOf(char value, int startIndex, int count)
        {
            if (startIndex < 0 || startIndex > Length) throw new ArgumentOutOfRangeException("startIndex");
            if (count < 0 || count > Length - startIndex) throw new ArgumentOutOfRangeException("count");
            return IndexOfChar(value, startIndex, count);
        }

        public bool Contains(char value) { return IndexOfChar(value, 0, _stringLength) >= 0; }

        public bool Contains(string value)
        {
            if (value == null) throw new ArgumentNullException("value");
            return OrdinalIndexOf(value, 0, _stringLength) >= 0;
        }

        public int IndexOf(string value) { return IndexOf(value, 0); }

        public int IndexOf(string value, int startIndex)
        {
            if (value == null) throw new ArgumentNullException("value");
            if (startIndex < 0 || startIndex > Length) throw new ArgumentOutOfRangeException("startIndex");
            return OrdinalIndexOf(value, startIndex, _stringLength - startIndex);
        }

        public int IndexOf(string value, int startIndex, int count)
        {
            if (value == null) throw new ArgumentNullException("value");
            if (startIndex < 0 || startIndex > Length) throw new ArgumentOutOfRangeException("startIndex");
            if (count < 0 || count > Length - startIndex) throw new ArgumentOutOfRangeException("count");
            return OrdinalIndexOf(value, startIndex, count);
        }
    }
}
