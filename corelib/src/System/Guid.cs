namespace System
{
    // A 128-bit identifier in .NET's layout (int, short, short, 8 bytes; the first three little-endian in
    // ToByteArray) and text forms: "D" 8-4-4-4-12 hex digits, "N" 32 digits, "B" {D}, "P" (D).
    public struct Guid : IEquatable<Guid>, IComparable<Guid>, IComparable, IFormattable
    {
        public static readonly Guid Empty = new Guid();

        private int _a;
        private short _b, _c;
        private byte _d, _e, _f, _g, _h, _i, _j, _k;

        private static Random s_random;

        public Guid(byte[] b)
        {
            if (b == null) throw new ArgumentNullException("b");
            if (b.Length != 16) throw new ArgumentException("Byte array for Guid must be exactly 16 bytes long.", "b");
            _a = b[0] | b[1] << 8 | b[2] << 16 | b[3] << 24;
            _b = (short)(b[4] | b[5] << 8);
            _c = (short)(b[6] | b[7] << 8);
            _d = b[8]; _e = b[9]; _f = b[10]; _g = b[11]; _h = b[12]; _i = b[13]; _j = b[14]; _k = b[15];
        }

        public Guid(int a, short b, short c, byte d, byte e, byte f, byte g, byte h, byte i, byte j, byte k)
        {
            _a = a; _b = b; _c = c; _d = d; _e = e; _f = f; _g = g; _h = h; _i = i; _j = j; _k = k;
        }

        public Guid(int a, short b, short c, byte[] d)
            : this(a, b, c, d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7]) { }

        public Guid(string g) { this = Parse(g); }

        // A version 4 (random) identifier.
        public static Guid NewGuid()
        {
            if (s_random == null) s_random = new Random();
            byte[] bytes = new byte[16];
            s_random.NextBytes(bytes);
            bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
            bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
            return new Guid(bytes);
        }

        public byte[] ToByteArray()
        {
            return new byte[]
            {
                (byte)_a, (byte)(_a >> 8), (byte)(_a >> 16), (byte)(_a >> 24), (byte)_b, (byte)(_b >> 8), (byte)_c, (byte)(_c >> 8),
                _d, _e, _f, _g, _h, _i, _j, _k,
            };
        }

        // the 32 hex digits in text order
        private string Digits()
        {
            return ((uint)_a).ToString("x8") + ((ushort)_b).ToString("x4") + ((ushort)_c).ToString("x4") + _d.ToString("x2") + _e.ToString("x2")
                + _f.ToString("x2") + _g.ToString("x2") + _h.ToString("x2") + _i.ToString("x2") + _j.ToString("x2") + _k.ToString("x2");
        }

        public override string ToString() { return ToString("D"); }
        public string ToString(string format, IFormatProvider provider) { return ToString(format); }

        public string ToString(string format)
        {
            if (string.IsNullOrEmpty(format)) format = "D";
            string h = Digits();
            string d = h.Substring(0, 8) + "-" + h.Substring(8, 4) + "-" + h.Substring(12, 4) + "-" + h.Substring(16, 4) + "-" + h.Substring(20);
            switch (format)
            {
                case "N": case "n": return h;
                case "D": case "d": return d;
                case "B": case "b": return "{" + d + "}";
                case "P": case "p": return "(" + d + ")";
                default: throw new FormatException("Format string can be only \"D\", \"d\", \"N\", \"n\", \"P\", \"p\", \"B\", \"b\", \"X\" or \"x\".");
            }
        }

        public static Guid Parse(string input)
        {
            if (input == null) throw new ArgumentNullException("input");
            Guid g;
            if (!TryParse(input, out g)) throw new FormatException("Unrecognized Guid format.");
            return g;
        }

        // Accepts the N, D, B and P forms (hex digits of either case, surrounding white space).
        public static bool TryParse(string input, out Guid result)
        {
            result = Empty;
            if (input == null) return false;
            string s = input.Trim();
            if (s.Length == 38 && ((s[0] == '{' && s[37] == '}') || (s[0] == '(' && s[37] == ')'))) s = s.Substring(1, 36);
            if (s.Length == 36)
            {
                if (s[8] != '-' || s[13] != '-' || s[18] != '-' || s[23] != '-') return false;
                s = s.Substring(0, 8) + s.Substring(9, 4) + s.Substring(14, 4) + s.Substring(19, 4) + s.Substring(24);
            }
            if (s.Length != 32) return false;
            byte[] text = new byte[16];
            for (int i = 0; i < 16; i++)
            {
                int hi = HexValue(s[2 * i]), lo = HexValue(s[2 * i + 1]);
                if (hi < 0 || lo < 0) return false;
                text[i] = (byte)(hi << 4 | lo);
            }
            result = new Guid((text[0] << 24) | (text[1] << 16) | (text[2] << 8) | text[3], (short)((text[4] << 8) | text[5]), (short)((text[6] << 8) | text[7]),
                text[8], text[9], text[10], text[11], text[12], text[13], text[14], text[15]);
            return true;
        }

        private static int HexValue(char c)
        {
            if (c >= '0' && c <= '9') return c - '0';
            if (c >= 'a' && c <= 'f') return c - 'a' + 10;
            if (c >= 'A' && c <= 'F') return c - 'A' + 10;
            return -1;
        }

        public bool Equals(Guid g)
        {
            return _a == g._a && _b == g._b && _c == g._c && _d == g._d && _e == g._e && _f == g._f && _g == g._g && _h == g._h
                && _i == g._i && _j == g._j && _k == g._k;
        }

        public override bool Equals(object o) { return o is Guid && Equals((Guid)o); }
        public override int GetHashCode() { return _a ^ ((_b << 16) | (ushort)_c) ^ ((_f << 24) | _k); }
        public static bool operator ==(Guid a, Guid b) { return a.Equals(b); }
        public static bool operator !=(Guid a, Guid b) { return !a.Equals(b); }

        // .NET orders by the fields as unsigned numbers, in declaration order
        public int CompareTo(Guid value)
        {
            if (_a != value._a) return (uint)_a < (uint)value._a ? -1 : 1;
            if (_b != value._b) return (ushort)_b < (ushort)value._b ? -1 : 1;
            if (_c != value._c) return (ushort)_c < (ushort)value._c ? -1 : 1;
            byte[] x = ToByteArray(), y = value.ToByteArray();
            for (int i = 8; i < 16; i++) if (x[i] != y[i]) return x[i] < y[i] ? -1 : 1;
            return 0;
        }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is Guid)) throw new ArgumentException("Object must be of type GUID.", "value");
            return CompareTo((Guid)value);
        }
    }
}
