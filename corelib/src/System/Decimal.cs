using System.Text;

namespace System
{
    // A 96-bit unsigned mantissa, a sign and a power-of-ten scale 0..28, with .NET's arithmetic: results are exact
    // when they fit, else rounded half to even; addition keeps the larger scale, multiplication adds the scales,
    // division gives as many digits as fit and drops trailing zeros it produced; text keeps the scale ("1.50").
    public struct Decimal : IComparable, IComparable<decimal>, IEquatable<decimal>, IFormattable, IConvertible
    {
        private const int SignMask = unchecked((int)0x80000000);
        private const int ScaleShift = 16;
        private const string OverflowMessage = "Value was either too large or too small for a Decimal.";

        public const decimal Zero = 0m;
        public const decimal One = 1m;
        public const decimal MinusOne = -1m;
        public const decimal MaxValue = 79228162514264337593543950335m;
        public const decimal MinValue = -79228162514264337593543950335m;

        private int m_flags;
        private uint m_hi;
        private uint m_lo;
        private uint m_mid;

        // ---- construction ----

        public Decimal(int value)
        {
            m_flags = value < 0 ? SignMask : 0;
            m_lo = value < 0 ? (uint)(-(long)value) : (uint)value;
            m_mid = 0;
            m_hi = 0;
        }

        public Decimal(uint value)
        {
            m_flags = 0;
            m_lo = value;
            m_mid = 0;
            m_hi = 0;
        }

        public Decimal(long value)
        {
            ulong magnitude = value < 0 ? (ulong)(-(value + 1)) + 1 : (ulong)value;
            m_flags = value < 0 ? SignMask : 0;
            m_lo = (uint)magnitude;
            m_mid = (uint)(magnitude >> 32);
            m_hi = 0;
        }

        public Decimal(ulong value)
        {
            m_flags = 0;
            m_lo = (uint)value;
            m_mid = (uint)(value >> 32);
            m_hi = 0;
        }

        public Decimal(float value) { this = FromBinary(value, 7); }

        public Decimal(double value) { this = FromBinary(value, 15); }

        public Decimal(int lo, int mid, int hi, bool isNegative, byte scale)
        {
            if (scale > 28) throw new ArgumentOutOfRangeException("scale", "Decimal's scale value must be between 0 and 28, inclusive.");
            m_lo = (uint)lo;
            m_mid = (uint)mid;
            m_hi = (uint)hi;
            m_flags = (isNegative ? SignMask : 0) | (scale << ScaleShift);
        }

        public Decimal(int[] bits)
        {
            if (bits == null) throw new ArgumentNullException("bits");
            int flags = bits.Length == 4 ? bits[3] : 0;
            if (bits.Length != 4 || (flags & 0x7f00ffff) != 0 || ((flags >> ScaleShift) & 0xff) > 28)
                throw new ArgumentException("Decimal constructor requires an array or span of four valid decimal bytes.");
            m_lo = (uint)bits[0];
            m_mid = (uint)bits[1];
            m_hi = (uint)bits[2];
            m_flags = flags;
        }

        private static decimal Make(uint lo, uint mid, uint hi, bool negative, int scale)
        {
            decimal d = new decimal();
            d.m_lo = lo;
            d.m_mid = mid;
            d.m_hi = hi;
            d.m_flags = (negative ? SignMask : 0) | (scale << ScaleShift);
            return d;
        }

        private static decimal Make(uint[] mantissa, bool negative, int scale)
        {
            return Make(mantissa[0], mantissa[1], mantissa[2], negative, scale);
        }

        internal bool IsNegativeInternal { get { return m_flags < 0; } }
        internal int ScaleInternal { get { return (m_flags >> ScaleShift) & 0xff; } }
        internal bool IsZeroInternal { get { return (m_lo | m_mid | m_hi) == 0; } }
        internal uint[] Mantissa() { return DecimalCalc.FromMantissa(m_lo, m_mid, m_hi); }

        // The mantissa's decimal digits ("0" for zero); without the array arithmetic when it fits 64 bits.
        internal string MantissaDigits()
        {
            if (m_hi == 0) return Number.UInt64ToString((ulong)m_mid << 32 | m_lo);
            return DecimalCalc.ToDigits(Mantissa());
        }

        public byte Scale { get { return (byte)ScaleInternal; } }

        public static int[] GetBits(decimal d) { return new int[] { (int)d.m_lo, (int)d.m_mid, (int)d.m_hi, d.m_flags }; }

        // The double's shortest 15 (float: 7) significant digits, as .NET 8 converts, trailing zeros dropped.
        private static decimal FromBinary(double value, int digits)
        {
            if (value != value || value == double.PositiveInfinity || value == double.NegativeInfinity
                || Math.Abs(value) >= 79228162514264337593543950335.0)
                throw new OverflowException(OverflowMessage);
            // below 2^-94 the value is less than half of 10^-28 (and .NET gives plain zero)
            if (Math.Abs(value) < 5.048709793414476e-29) return Zero;
            // "d.dddddddddddddd" and a decimal exponent, correctly rounded by the C library
            string text = System.Text.FloatFormatter.Format(Math.Abs(value), 'E', digits - 1);
            int e = text.IndexOf('E');
            int exponent = int.Parse(text.Substring(e + 1));
            uint[] m = new uint[DecimalCalc.Words];
            for (int i = 0; i < e; i++)
            {
                char c = text[i];
                if (c >= '0' && c <= '9') DecimalCalc.MulAddSmall(m, 10, (uint)(c - '0'));
            }
            int scale = digits - 1 - exponent;
            if (scale < 0)
            {
                DecimalCalc.MulPow10(m, -scale);
                scale = 0;
            }
            if (scale > 28)
            {
                if (scale - 28 > digits) return Zero;
                DecimalCalc.DropDigits(m, scale - 28, false, MidpointRounding.ToEven, false);
                scale = 28;
            }
            if (!DecimalCalc.Fits96(m)) throw new OverflowException(OverflowMessage);
            scale = StripZeros(m, scale, 0);
            return Make(m, value < 0, scale);
        }

        // Removes trailing zero digits while the scale stays above `floor`; returns the new scale.
        private static int StripZeros(uint[] m, int scale, int floor)
        {
            if (DecimalCalc.IsZero(m)) return floor;
            while (scale > floor)
            {
                uint[] probe = DecimalCalc.Copy(m);
                if (DecimalCalc.DivSmall(probe, 10) != 0) break;
                for (int i = 0; i < DecimalCalc.Words; i++) m[i] = probe[i];
                scale--;
            }
            return scale;
        }

        // ---- arithmetic ----

        public static decimal Add(decimal d1, decimal d2)
        {
            int s1 = d1.ScaleInternal, s2 = d2.ScaleInternal;
            bool n1 = d1.IsNegativeInternal, n2 = d2.IsNegativeInternal;
            if (s1 == s2 && d1.m_hi == 0 && d2.m_hi == 0 && (d1.m_mid | d2.m_mid) < 0x80000000u)
            {
                // both mantissas below 2^63 at the same scale: plain 64-bit arithmetic
                ulong a = ((ulong)d1.m_mid << 32) | d1.m_lo, b = ((ulong)d2.m_mid << 32) | d2.m_lo;
                if (n1 == n2) { ulong sum = a + b; return Make((uint)sum, (uint)(sum >> 32), 0, n1, s1); }
                if (a >= b) { ulong diff = a - b; return Make((uint)diff, (uint)(diff >> 32), 0, n1, s1); }
                ulong back = b - a;
                return Make((uint)back, (uint)(back >> 32), 0, n2, s1);
            }
            uint[] x = d1.Mantissa(), y = d2.Mantissa();
            int scale = s1 > s2 ? s1 : s2;
            if (s1 < s2) DecimalCalc.MulPow10(x, s2 - s1); else DecimalCalc.MulPow10(y, s1 - s2);
            bool negative;
            if (n1 == n2)
            {
                DecimalCalc.Add(x, y);
                negative = n1;
            }
            else if (DecimalCalc.Compare(x, y) >= 0)
            {
                DecimalCalc.Subtract(x, y);
                negative = n1;
            }
            else
            {
                DecimalCalc.Subtract(y, x);
                x = y;
                negative = n2;
            }
            scale = DecimalCalc.Reduce(x, scale, 0, false);
            return Make(x, negative, scale);
        }

        public static decimal Subtract(decimal d1, decimal d2) { return Add(d1, Negate(d2)); }

        public static decimal Negate(decimal d)
        {
            decimal r = d;
            r.m_flags ^= SignMask;
            return r;
        }

        public static decimal Multiply(decimal d1, decimal d2)
        {
            int scale = d1.ScaleInternal + d2.ScaleInternal;
            bool negative = d1.IsNegativeInternal != d2.IsNegativeInternal;
            if ((d1.m_hi | d1.m_mid | d2.m_hi | d2.m_mid) == 0)
            {
                // 32-bit mantissas: a 64-bit product
                if (scale > 47) return Zero;
                ulong product = (ulong)d1.m_lo * d2.m_lo;
                if (scale <= 28) return Make((uint)product, (uint)(product >> 32), 0, negative, scale);
                uint[] small = DecimalCalc.FromMantissa((uint)product, (uint)(product >> 32), 0);
                scale = DecimalCalc.Reduce(small, scale, 0, false);
                return Make(small, negative, scale);
            }
            uint[] p = DecimalCalc.Multiply(d1.Mantissa(), d2.Mantissa());
            if (DecimalCalc.IsZero(p)) return Zero;
            scale = DecimalCalc.Reduce(p, scale, 0, false);
            return Make(p, negative, scale);
        }

        public static decimal Divide(decimal d1, decimal d2)
        {
            if (d2.IsZeroInternal) throw new DivideByZeroException();
            bool negative = d1.IsNegativeInternal != d2.IsNegativeInternal;
            int scale = d1.ScaleInternal - d2.ScaleInternal;
            uint[] n = d1.Mantissa();
            uint[] divisor = d2.Mantissa();
            if (scale < 0)
            {
                DecimalCalc.MulPow10(n, -scale);
                scale = 0;
            }
            uint[] saved = DecimalCalc.Copy(n);
            uint[] remainder = DecimalCalc.DivRem(n, divisor);
            if (DecimalCalc.IsZero(remainder))
            {
                if (!DecimalCalc.Fits96(n)) throw new OverflowException(OverflowMessage);
                return Make(n, negative, scale);
            }
            // inexact at the natural scale: compute the quotient to one digit past scale 28, round it once to fit,
            // and drop the trailing zeros the extra digits produced
            DecimalCalc.MulPow10(saved, 29 - scale);
            remainder = DecimalCalc.DivRem(saved, divisor);
            scale = DecimalCalc.Reduce(saved, 29, 0, !DecimalCalc.IsZero(remainder));
            scale = StripZeros(saved, scale, 0);
            return Make(saved, negative, scale);
        }

        // The sign of the dividend; the larger scale.
        public static decimal Remainder(decimal d1, decimal d2)
        {
            if (d2.IsZeroInternal) throw new DivideByZeroException();
            if (d1.IsZeroInternal) return d1;
            int s1 = d1.ScaleInternal, s2 = d2.ScaleInternal;
            int scale = s1 > s2 ? s1 : s2;
            uint[] x = d1.Mantissa(), y = d2.Mantissa();
            if (s1 < s2) DecimalCalc.MulPow10(x, s2 - s1); else DecimalCalc.MulPow10(y, s1 - s2);
            int order = DecimalCalc.Compare(x, y);
            if (order < 0) return d1;
            if (order == 0) return Make(0, 0, 0, d1.IsNegativeInternal, scale);
            uint[] r = DecimalCalc.DivRem(x, y);
            scale = DecimalCalc.Reduce(r, scale, 0, false);
            return Make(r, d1.IsNegativeInternal, scale);
        }

        public static int Compare(decimal d1, decimal d2)
        {
            bool z1 = d1.IsZeroInternal, z2 = d2.IsZeroInternal;
            if (z1 && z2) return 0;
            bool n1 = d1.IsNegativeInternal && !z1, n2 = d2.IsNegativeInternal && !z2;
            if (z1) return n2 ? 1 : -1;
            if (z2) return n1 ? -1 : 1;
            if (n1 != n2) return n1 ? -1 : 1;
            int s1 = d1.ScaleInternal, s2 = d2.ScaleInternal;
            int order;
            if (s1 == s2 && d1.m_hi == d2.m_hi)
            {
                ulong a = ((ulong)d1.m_mid << 32) | d1.m_lo, b = ((ulong)d2.m_mid << 32) | d2.m_lo;
                order = a < b ? -1 : a > b ? 1 : 0;
            }
            else
            {
                uint[] x = d1.Mantissa(), y = d2.Mantissa();
                if (s1 < s2) DecimalCalc.MulPow10(x, s2 - s1); else DecimalCalc.MulPow10(y, s1 - s2);
                order = DecimalCalc.Compare(x, y);
            }
            return n1 ? -order : order;
        }

        public int CompareTo(decimal value) { return Compare(this, value); }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is decimal)) throw new ArgumentException("Object must be of type Decimal.");
            return Compare(this, (decimal)value);
        }

        public static bool Equals(decimal d1, decimal d2) { return Compare(d1, d2) == 0; }
        public bool Equals(decimal value) { return Compare(this, value) == 0; }
        public override bool Equals(object value) { return value is decimal && Compare(this, (decimal)value) == 0; }

        // Equal values hash alike whatever their scale: trailing zeros are removed first.
        public override int GetHashCode()
        {
            if (IsZeroInternal) return 0;
            uint[] m = Mantissa();
            int scale = StripZeros(m, ScaleInternal, 0);
            int flags = (m_flags & SignMask) | (scale << ScaleShift);
            return flags ^ (int)m[2] ^ (int)m[1] ^ (int)m[0];
        }

        // ---- rounding ----

        public static decimal Round(decimal d) { return Round(d, 0, MidpointRounding.ToEven); }
        public static decimal Round(decimal d, int decimals) { return Round(d, decimals, MidpointRounding.ToEven); }
        public static decimal Round(decimal d, MidpointRounding mode) { return Round(d, 0, mode); }

        public static decimal Round(decimal d, int decimals, MidpointRounding mode)
        {
            if (decimals < 0 || decimals > 28)
                throw new ArgumentOutOfRangeException("decimals", "Decimal can only round to between 0 and 28 digits of precision.");
            if (mode < MidpointRounding.ToEven || mode > MidpointRounding.ToPositiveInfinity) throw Math.InvalidMode(mode);
            int scale = d.ScaleInternal;
            if (scale <= decimals) return d;
            uint[] m = d.Mantissa();
            DecimalCalc.DropDigits(m, scale - decimals, d.IsNegativeInternal, mode, false);
            return Make(m, d.IsNegativeInternal, decimals);
        }

        public static decimal Truncate(decimal d) { return Round(d, 0, MidpointRounding.ToZero); }
        public static decimal Floor(decimal d) { return Round(d, 0, MidpointRounding.ToNegativeInfinity); }
        public static decimal Ceiling(decimal d) { return Round(d, 0, MidpointRounding.ToPositiveInfinity); }

        public static decimal Abs(decimal d) { decimal r = d; r.m_flags &= ~SignMask; return r; }
        public static int Sign(decimal d) { return d.IsZeroInternal ? 0 : d.IsNegativeInternal ? -1 : 1; }
        public static decimal Max(decimal x, decimal y) { return Compare(x, y) >= 0 ? x : y; }
        public static decimal Min(decimal x, decimal y) { return Compare(x, y) <= 0 ? x : y; }
        public static bool IsNegative(decimal d) { return d.IsNegativeInternal; }

        public static bool IsInteger(decimal d)
        {
            if (d.ScaleInternal == 0) return true;
            uint[] m = d.Mantissa();
            return StripZeros(m, d.ScaleInternal, 0) == 0;
        }

        // ---- conversions ----

        // The integral part as a magnitude below 2^64, or false when it is larger.
        private static bool TruncatedMagnitude(decimal d, out ulong magnitude)
        {
            uint[] m = d.Mantissa();
            int scale = d.ScaleInternal;
            while (scale >= 9) { DecimalCalc.DivSmall(m, 1000000000); scale -= 9; }
            if (scale > 0) DecimalCalc.DivSmall(m, DecimalCalc.PowerOf10(scale));
            magnitude = ((ulong)m[1] << 32) | m[0];
            return m[2] == 0;
        }

        private static long ToSigned(decimal d, long min, long max, string type)
        {
            ulong magnitude;
            if (!TruncatedMagnitude(d, out magnitude)) throw new OverflowException("Value was either too large or too small for " + type + ".");
            if (d.IsNegativeInternal)
            {
                if (magnitude > (ulong)-(min + 1) + 1) throw new OverflowException("Value was either too large or too small for " + type + ".");
                return magnitude == 0 ? 0 : -(long)(magnitude - 1) - 1;
            }
            if (magnitude > (ulong)max) throw new OverflowException("Value was either too large or too small for " + type + ".");
            return (long)magnitude;
        }

        private static ulong ToUnsigned(decimal d, ulong max, string type)
        {
            ulong magnitude;
            if (!TruncatedMagnitude(d, out magnitude) || magnitude > max || (d.IsNegativeInternal && magnitude != 0))
                throw new OverflowException("Value was either too large or too small for " + type + ".");
            return magnitude;
        }

        public static int ToInt32(decimal d) { return (int)ToSigned(d, int.MinValue, int.MaxValue, "an Int32"); }
        public static long ToInt64(decimal d) { return ToSigned(d, long.MinValue, long.MaxValue, "an Int64"); }
        public static short ToInt16(decimal d) { return (short)ToSigned(d, short.MinValue, short.MaxValue, "an Int16"); }
        public static sbyte ToSByte(decimal d) { return (sbyte)ToSigned(d, sbyte.MinValue, sbyte.MaxValue, "a signed byte"); }
        public static byte ToByte(decimal d) { return (byte)ToUnsigned(d, byte.MaxValue, "an unsigned byte"); }
        public static ushort ToUInt16(decimal d) { return (ushort)ToUnsigned(d, ushort.MaxValue, "a UInt16"); }
        public static uint ToUInt32(decimal d) { return (uint)ToUnsigned(d, uint.MaxValue, "a UInt32"); }
        public static ulong ToUInt64(decimal d) { return ToUnsigned(d, ulong.MaxValue, "a UInt64"); }

        private static readonly double[] s_powersOf10 = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
            1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28 };

        public static double ToDouble(decimal d)
        {
            double magnitude = ((double)(((ulong)d.m_mid << 32) | d.m_lo) + (double)d.m_hi * 18446744073709551616.0) / s_powersOf10[d.ScaleInternal];
            return d.IsNegativeInternal ? -magnitude : magnitude;
        }

        public static float ToSingle(decimal d) { return (float)ToDouble(d); }

        public static implicit operator decimal(byte value) { return new decimal((uint)value); }
        public static implicit operator decimal(sbyte value) { return new decimal((int)value); }
        public static implicit operator decimal(short value) { return new decimal((int)value); }
        public static implicit operator decimal(ushort value) { return new decimal((uint)value); }
        public static implicit operator decimal(char value) { return new decimal((uint)value); }
        public static implicit operator decimal(int value) { return new decimal(value); }
        public static implicit operator decimal(uint value) { return new decimal(value); }
        public static implicit operator decimal(long value) { return new decimal(value); }
        public static implicit operator decimal(ulong value) { return new decimal(value); }
        public static explicit operator decimal(float value) { return new decimal(value); }
        public static explicit operator decimal(double value) { return new decimal(value); }

        public static explicit operator byte(decimal value) { return ToByte(value); }
        public static explicit operator sbyte(decimal value) { return ToSByte(value); }
        public static explicit operator short(decimal value) { return ToInt16(value); }
        public static explicit operator ushort(decimal value) { return ToUInt16(value); }
        public static explicit operator int(decimal value) { return ToInt32(value); }
        public static explicit operator uint(decimal value) { return ToUInt32(value); }
        public static explicit operator long(decimal value) { return ToInt64(value); }
        public static explicit operator ulong(decimal value) { return ToUInt64(value); }
        public static explicit operator float(decimal value) { return ToSingle(value); }
        public static explicit operator double(decimal value) { return ToDouble(value); }

        public static explicit operator char(decimal value)
        {
            ulong magnitude;
            if (!TruncatedMagnitude(value, out magnitude) || magnitude > char.MaxValue || (value.IsNegativeInternal && magnitude != 0))
                throw new OverflowException("Value was either too large or too small for a character.");
            return (char)magnitude;
        }

        // ---- operators ----

        public static decimal operator +(decimal d) { return d; }
        public static decimal operator -(decimal d) { return Negate(d); }
        public static decimal operator ++(decimal d) { return Add(d, One); }
        public static decimal operator --(decimal d) { return Subtract(d, One); }
        public static decimal operator +(decimal d1, decimal d2) { return Add(d1, d2); }
        public static decimal operator -(decimal d1, decimal d2) { return Subtract(d1, d2); }
        public static decimal operator *(decimal d1, decimal d2) { return Multiply(d1, d2); }
        public static decimal operator /(decimal d1, decimal d2) { return Divide(d1, d2); }
        public static decimal operator %(decimal d1, decimal d2) { return Remainder(d1, d2); }
        public static bool operator ==(decimal d1, decimal d2) { return Compare(d1, d2) == 0; }
        public static bool operator !=(decimal d1, decimal d2) { return Compare(d1, d2) != 0; }
        public static bool operator <(decimal d1, decimal d2) { return Compare(d1, d2) < 0; }
        public static bool operator <=(decimal d1, decimal d2) { return Compare(d1, d2) <= 0; }
        public static bool operator >(decimal d1, decimal d2) { return Compare(d1, d2) > 0; }
        public static bool operator >=(decimal d1, decimal d2) { return Compare(d1, d2) >= 0; }

        // ---- text ----

        public override string ToString() { return DecimalFormat.Format(this, null); }
        public string ToString(string format) { return DecimalFormat.Format(this, format); }
        public string ToString(IFormatProvider provider) { return DecimalFormat.Format(this, null); }
        public string ToString(string format, IFormatProvider provider) { return DecimalFormat.Format(this, format); }

        public static decimal Parse(string s)
        {
            if (s == null) throw new ArgumentNullException("s");
            decimal result;
            int status = DecimalFormat.TryParse(s, out result);
            if (status == DecimalFormat.ParseOverflow) throw new OverflowException(OverflowMessage);
            if (status != DecimalFormat.ParseOk) throw Number.ParseFailure(s);
            return result;
        }

        public static decimal Parse(string s, IFormatProvider provider) { return Parse(s); }
        public static decimal Parse(string s, System.Globalization.NumberStyles style) { return Parse(s, style, null); }

        public static decimal Parse(string s, System.Globalization.NumberStyles style, IFormatProvider provider)
        {
            Number.CheckStyle(style);
            if (s == null) throw new ArgumentNullException("s");
            decimal result;
            int status = DecimalFormat.TryParse(s, (style & System.Globalization.NumberStyles.AllowExponent) != 0, out result);
            if (status == DecimalFormat.ParseOverflow) throw new OverflowException(OverflowMessage);
            if (status != DecimalFormat.ParseOk) throw Number.ParseFailure(s);
            return result;
        }

        public static bool TryParse(string s, System.Globalization.NumberStyles style, IFormatProvider provider, out decimal result)
        {
            Number.CheckStyle(style);
            if (s == null) { result = Zero; return false; }
            return DecimalFormat.TryParse(s, (style & System.Globalization.NumberStyles.AllowExponent) != 0, out result) == DecimalFormat.ParseOk;
        }

        public static bool TryParse(string s, IFormatProvider provider, out decimal result) { return TryParse(s, out result); }

        public static bool TryParse(string s, out decimal result)
        {
            if (s == null) { result = Zero; return false; }
            return DecimalFormat.TryParse(s, out result) == DecimalFormat.ParseOk;
        }

        internal static decimal FromParts(uint[] mantissa, bool negative, int scale) { return Make(mantissa, negative, scale); }
        internal static decimal FromUInt64(ulong mantissa, bool negative, int scale) { return Make((uint)mantissa, (uint)(mantissa >> 32), 0, negative, scale); }

        // IConvertible, explicit as in .NET: each conversion is Convert's for this type
        public TypeCode GetTypeCode() { return TypeCode.Decimal; }
        bool IConvertible.ToBoolean(IFormatProvider provider) { return Convert.ToBoolean(this); }
        char IConvertible.ToChar(IFormatProvider provider) { throw TypeCodes.InvalidCast("Decimal", "Char"); }
        sbyte IConvertible.ToSByte(IFormatProvider provider) { return Convert.ToSByte(this); }
        byte IConvertible.ToByte(IFormatProvider provider) { return Convert.ToByte(this); }
        short IConvertible.ToInt16(IFormatProvider provider) { return Convert.ToInt16(this); }
        ushort IConvertible.ToUInt16(IFormatProvider provider) { return Convert.ToUInt16(this); }
        int IConvertible.ToInt32(IFormatProvider provider) { return Convert.ToInt32(this); }
        uint IConvertible.ToUInt32(IFormatProvider provider) { return Convert.ToUInt32(this); }
        long IConvertible.ToInt64(IFormatProvider provider) { return Convert.ToInt64(this); }
        ulong IConvertible.ToUInt64(IFormatProvider provider) { return Convert.ToUInt64(this); }
        float IConvertible.ToSingle(IFormatProvider provider) { return Convert.ToSingle(this); }
        double IConvertible.ToDouble(IFormatProvider provider) { return Convert.ToDouble(this); }
        decimal IConvertible.ToDecimal(IFormatProvider provider) { return Convert.ToDecimal(this); }
        DateTime IConvertible.ToDateTime(IFormatProvider provider) { throw TypeCodes.InvalidCast("Decimal", "DateTime"); }
        object IConvertible.ToType(Type type, IFormatProvider provider) { return Convert.DefaultToType(this, type, provider); }
    }
}
