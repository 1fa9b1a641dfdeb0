using System.Text;

namespace System
{
    [Flags]
    public enum Base64FormattingOptions { None = 0, InsertLineBreaks = 1 }

    // Bytes as Base64 (RFC 4648 alphabet, '=' padding, optional 76-character lines) and as hex digits.
    public static partial class Convert
    {
        private const string Base64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

        public static string ToBase64String(byte[] inArray)
        {
            if (inArray == null) throw new ArgumentNullException("inArray");
            return ToBase64String(inArray, 0, inArray.Length, Base64FormattingOptions.None);
        }

        public static string ToBase64String(byte[] inArray, Base64FormattingOptions options)
        {
            if (inArray == null) throw new ArgumentNullException("inArray");
            return ToBase64String(inArray, 0, inArray.Length, options);
        }

        public static string ToBase64String(byte[] inArray, int offset, int length) { return ToBase64String(inArray, offset, length, Base64FormattingOptions.None); }

        public static string ToBase64String(byte[] inArray, int offset, int length, Base64FormattingOptions options)
        {
            if (inArray == null) throw new ArgumentNullException("inArray");
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (offset < 0) throw new ArgumentOutOfRangeException("offset", "Value must be positive.");
            if (offset > inArray.Length - length) throw new ArgumentOutOfRangeException("offset", "Offset and length must refer to a position in the string.");
            bool breaks = (options & Base64FormattingOptions.InsertLineBreaks) != 0;
            StringBuilder sb = new StringBuilder((length + 2) / 3 * 4);
            int column = 0;
            for (int i = 0; i < length; i += 3)
            {
                if (breaks && column == 76) { sb.Append("\r\n"); column = 0; }
                int remaining = length - i;
                int b0 = inArray[offset + i];
                int b1 = remaining > 1 ? inArray[offset + i + 1] : 0;
                int b2 = remaining > 2 ? inArray[offset + i + 2] : 0;
                sb.Append(Base64Alphabet[b0 >> 2]);
                sb.Append(Base64Alphabet[((b0 & 3) << 4) | (b1 >> 4)]);
                sb.Append(remaining > 1 ? Base64Alphabet[((b1 & 15) << 2) | (b2 >> 6)] : '=');
                sb.Append(remaining > 2 ? Base64Alphabet[b2 & 63] : '=');
                column += 4;
            }
            return sb.ToString();
        }

        private static FormatException BadBase64()
        {
            return new FormatException("The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.");
        }

        private static int Base64Value(char c)
        {
            if (c >= 'A' && c <= 'Z') return c - 'A';
            if (c >= 'a' && c <= 'z') return c - 'a' + 26;
            if (c >= '0' && c <= '9') return c - '0' + 52;
            if (c == '+') return 62;
            if (c == '/') return 63;
            return -1;
        }

        // White space is ignored; the rest must be groups of four with at most two '=' at the very end.
        public static byte[] FromBase64String(string s)
        {
            if (s == null) throw new ArgumentNullException("s");
            char[] chars = new char[s.Length];
            int n = 0;
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
                chars[n++] = c;
            }
            if (n % 4 != 0) throw BadBase64();
            int padding = 0;
            if (n > 0 && chars[n - 1] == '=') padding++;
            if (n > 1 && chars[n - 2] == '=') padding++;
            byte[] result = new byte[n / 4 * 3 - padding];
            int r = 0;
            for (int i = 0; i < n; i += 4)
            {
                int accumulated = 0;
                for (int k = 0; k < 4; k++)
                {
                    char c = chars[i + k];
                    int v;
                    if (c == '=')
                    {
                        if (i + k < n - padding) throw BadBase64();
                        v = 0;
                    }
                    else
                    {
                        v = Base64Value(c);
                        if (v < 0) throw BadBase64();
                    }
                    accumulated = (accumulated << 6) | v;
                }
                if (r < result.Length) result[r++] = (byte)(accumulated >> 16);
                if (r < result.Length) result[r++] = (byte)(accumulated >> 8);
                if (r < result.Length) result[r++] = (byte)accumulated;
            }
            return result;
        }

        public static byte[] FromBase64CharArray(char[] inArray, int offset, int length)
        {
            if (inArray == null) throw new ArgumentNullException("inArray");
            return FromBase64String(new string(inArray, offset, length));
        }

        public static string ToHexString(byte[] inArray)
        {
            if (inArray == null) throw new ArgumentNullException("inArray");
            return ToHexString(inArray, 0, inArray.Length);
        }

        public static string ToHexString(byte[] inArray, int offset, int length)
        {
            if (inArray == null) throw new ArgumentNullException("inArray");
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (offset < 0) throw new ArgumentOutOfRangeException("offset", "Value must be positive.");
            if (offset > inArray.Length - length) throw new ArgumentOutOfRangeException("offset", "Offset and length must refer to a position in the string.");
            char[] chars = new char[length * 2];
            for (int i = 0; i < length; i++)
            {
                byte b = inArray[offset + i];
                chars[2 * i] = "0123456789ABCDEF"[b >> 4];
                chars[2 * i + 1] = "0123456789ABCDEF"[b & 15];
            }
            return new string(chars);
        }

        public static string ToHexStringLower(byte[] inArray) { return ToHexString(inArray).ToLowerInvariant(); }

        public static byte[] FromHexString(string s)
        {
            if (s == null) throw new ArgumentNullException("s");
            if (s.Length % 2 != 0) throw new FormatException("The input is not a valid hex string as its length is not a multiple of 2.");
            byte[] result = new byte[s.Length / 2];
            for (int i = 0; i < result.Length; i++)
            {
                int hi = HexValue(s[2 * i]), lo = HexValue(s[2 * i + 1]);
                if (hi < 0 || lo < 0) throw new FormatException("The input is not a valid hex string as it contains a non-hex character.");
                result[i] = (byte)((hi << 4) | lo);
            }
            return result;
        }

        private static int HexValue(char c)
        {
            if (c >= '0' && c <= '9') return c - '0';
            if (c >= 'a' && c <= 'f') return c - 'a' + 10;
            if (c >= 'A' && c <= 'F') return c - 'A' + 10;
            return -1;
        }
    }
}
