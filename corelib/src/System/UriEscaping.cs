using System.Text;

namespace System
{
    // The percent-encoding rules of Uri, as .NET applies them. A component is escaped once, when the Uri is parsed:
    // characters that may not appear raw become %XX of their UTF-8 bytes, a stray '%' becomes %25, and an escape of an
    // unreserved character (or of : ! ' ( ) *) is decoded, so that "%41" and "A" are the same URI. Display forms
    // (ToString) decode again everything except what would change the meaning.
    internal static class UriEscaping
    {
        private const string HexUpper = "0123456789ABCDEF";

        internal static bool IsUnreserved(int c)
        {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
        }

        private static bool IsReserved(int c) { return c < 0x80 && ":/?#[]@!$&'()*+,;=".IndexOf((char)c) >= 0; }

        // What parsing decodes back from %XX: a canonical URI never escapes these.
        private static bool DecodedWhenCanonical(int c) { return IsUnreserved(c) || c == ':' || c == '!' || c == '\'' || c == '(' || c == ')' || c == '*'; }

        // What a raw character in a URI must be escaped as (besides controls, spaces and non-ASCII).
        private static bool MustEscape(char c) { return c <= ' ' || c >= 0x7F || "\"<>\\^`{|}".IndexOf(c) >= 0; }

        // What ToString keeps escaped: decoding it would change how the URI splits into parts.
        private static bool KeptEscapedForDisplay(int c)
        {
            return c <= 0x1F || (c >= 0x7F && c <= 0x9F) || c == ';' || c == '=' || c == '?' || c == '@' || c == '#' || c == '$'
                || c == '%' || c == '&' || c == '+' || c == ',' || c == '/' || c == '\\';
        }

        internal static int HexValue(char c)
        {
            if (c >= '0' && c <= '9') return c - '0';
            if (c >= 'a' && c <= 'f') return c - 'a' + 10;
            if (c >= 'A' && c <= 'F') return c - 'A' + 10;
            return -1;
        }

        internal static bool IsEscape(string s, int i)
        {
            return s[i] == '%' && i + 2 < s.Length && HexValue(s[i + 1]) >= 0 && HexValue(s[i + 2]) >= 0;
        }

        private static void AppendEscaped(StringBuilder sb, int b)
        {
            sb.Append('%').Append(HexUpper[b >> 4]).Append(HexUpper[b & 15]);
        }

        // The UTF-8 bytes of the character (or surrogate pair) at s[i], escaped; returns the chars consumed.
        private static int AppendUtf8Escaped(StringBuilder sb, string s, int i)
        {
            int take = char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
            byte[] bytes = Encoding.UTF8.GetBytes(s.Substring(i, take));
            foreach (byte b in bytes) AppendEscaped(sb, b);
            return take;
        }

        // The canonical escaped form of one component of a parsed URI.
        internal static string Canonicalize(string s)
        {
            StringBuilder sb = null;
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                bool escape = IsEscape(s, i);
                if (!escape && c != '%' && !MustEscape(c))
                {
                    if (sb != null) sb.Append(c);
                    continue;
                }
                if (sb == null) sb = new StringBuilder(s, 0, i, s.Length + 16);
                if (escape)
                {
                    int value = HexValue(s[i + 1]) << 4 | HexValue(s[i + 2]);
                    if (DecodedWhenCanonical(value)) sb.Append((char)value);
                    else sb.Append(s, i, 3);
                    i += 2;
                }
                else if (c == '%') sb.Append("%25");
                else i += AppendUtf8Escaped(sb, s, i) - 1;
            }
            return sb == null ? s : sb.ToString();
        }

        // Whether the text needed escaping or had a stray '%' (what makes a URI string not well formed).
        internal static bool NeedsEscaping(string s)
        {
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (c == '%' && !IsEscape(s, i)) return true;
                if (c <= ' ' || c == 0x7F || (c < 0x80 && "\"<>\\^`{|}".IndexOf(c) >= 0)) return true;
            }
            return false;
        }

        // Decodes %XX runs as UTF-8. With forDisplay, escapes of characters that carry meaning stay; invalid UTF-8
        // always stays escaped.
        internal static string Unescape(string s, bool forDisplay)
        {
            if (s.IndexOf('%') < 0) return s;
            StringBuilder sb = new StringBuilder(s.Length);
            byte[] bytes = new byte[4];
            int i = 0;
            while (i < s.Length)
            {
                if (!IsEscape(s, i))
                {
                    sb.Append(s[i++]);
                    continue;
                }
                int lead = HexValue(s[i + 1]) << 4 | HexValue(s[i + 2]);
                int length = lead < 0x80 ? 1 : lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
                int count = 0;
                if (length > 0)
                {
                    bytes[0] = (byte)lead;
                    count = 1;
                    while (count < length && i + 3 * count < s.Length && IsEscape(s, i + 3 * count))
                    {
                        int b = HexValue(s[i + 3 * count + 1]) << 4 | HexValue(s[i + 3 * count + 2]);
                        if ((b & 0xC0) != 0x80) break;
                        bytes[count++] = (byte)b;
                    }
                }
                string decoded = count == length && length > 0 ? Encoding.UTF8.GetString(bytes, 0, count) : null;
                if (decoded == null || decoded.IndexOf('\uFFFD') >= 0)
                {
                    // not a valid UTF-8 sequence: the first escape stays as it is
                    sb.Append(s, i, 3);
                    i += 3;
                    continue;
                }
                if (forDisplay && length == 1 && KeptEscapedForDisplay(lead)) sb.Append(s, i, 3);
                else sb.Append(decoded);
                i += 3 * length;
            }
            return sb.ToString();
        }

        // Escapes everything except unreserved characters (and, for EscapeUriString, reserved ones).
        internal static string Escape(string s, bool keepReserved)
        {
            StringBuilder sb = null;
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (IsUnreserved(c) || (keepReserved && IsReserved(c)))
                {
                    if (sb != null) sb.Append(c);
                    continue;
                }
                if (sb == null) sb = new StringBuilder(s, 0, i, s.Length + 16);
                if (c < 0x80) AppendEscaped(sb, c);
                else i += AppendUtf8Escaped(sb, s, i) - 1;
            }
            return sb == null ? s : sb.ToString();
        }

        // RFC 3986 section 5.2.4: "." and ".." segments of a hierarchical path.
        internal static string RemoveDotSegments(string path)
        {
            if (path.IndexOf('.') < 0) return path;
            var output = new System.Collections.Generic.List<string>();
            int i = 0;
            bool absolute = path.StartsWith("/");
            if (absolute) i = 1;
            string[] segments = path.Substring(i).Split('/');
            for (int k = 0; k < segments.Length; k++)
            {
                string segment = segments[k];
                bool last = k == segments.Length - 1;
                if (segment == ".")
                {
                    if (last) output.Add("");
                    continue;
                }
                if (segment == "..")
                {
                    if (output.Count > 0) output.RemoveAt(output.Count - 1);
                    if (last) output.Add("");
                    continue;
                }
                output.Add(segment);
            }
            return (absolute ? "/" : "") + string.Join("/", output.ToArray());
        }
    }
}
