using System.Runtime.CompilerServices;

namespace System
{
    public enum MidpointRounding { ToEven = 0, AwayFromZero = 1, ToZero = 2, ToNegativeInfinity = 3, ToPositiveInfinity = 4 }

    // Math over libm (runtime-c/src/math.c) with .NET Core 3.0+ semantics for NaN, signed zeros and rounding.
    public static class Math
    {
        public const double PI = 3.14159265358979323846;
        public const double E = 2.7182818284590452354;
        public const double Tau = 6.283185307179586476925;

        private const string NegateMinValue = "Negating the minimum value of a twos complement number is invalid.";

        // ---- Abs, Sign, Min, Max, Clamp ----

        public static sbyte Abs(sbyte value)
        {
            if (value == sbyte.MinValue) throw new OverflowException(NegateMinValue);
            return value < 0 ? (sbyte)-value : value;
        }

        public static short Abs(short value)
        {
            if (value == short.MinValue) throw new OverflowException(NegateMinValue);
            return value < 0 ? (short)-value : value;
        }

        public static int Abs(int value)
        {
            if (value == int.MinValue) throw new OverflowException(NegateMinValue);
            return value < 0 ? -value : value;
        }

        public static long Abs(long value)
        {
            if (value == long.MinValue) throw new OverflowException(NegateMinValue);
            return value < 0 ? -value : value;
        }

        public static unsafe double Abs(double value)
        {
            long bits = *(long*)&value & long.MaxValue;
            return *(double*)&bits;
        }

        public static unsafe float Abs(float value)
        {
            int bits = *(int*)&value & int.MaxValue;
            return *(float*)&bits;
        }

        public static decimal Abs(decimal value) { return decimal.Abs(value); }

        public static int Sign(sbyte value) { return value < 0 ? -1 : value > 0 ? 1 : 0; }
        public static int Sign(short value) { return value < 0 ? -1 : value > 0 ? 1 : 0; }
        public static int Sign(int value) { return value < 0 ? -1 : value > 0 ? 1 : 0; }
        public static int Sign(long value) { return value < 0 ? -1 : value > 0 ? 1 : 0; }

        public static int Sign(double value)
        {
            if (value != value) throw new ArithmeticException("Function does not accept floating point Not-a-Number values.");
            return value < 0 ? -1 : value > 0 ? 1 : 0;
        }

        public static int Sign(float value)
        {
            if (value != value) throw new ArithmeticException("Function does not accept floating point Not-a-Number values.");
            return value < 0 ? -1 : value > 0 ? 1 : 0;
        }

        public static int Sign(decimal value) { return decimal.Sign(value); }

        public static byte Max(byte a, byte b) { return a > b ? a : b; }
        public static byte Min(byte a, byte b) { return a < b ? a : b; }
        public static sbyte Max(sbyte a, sbyte b) { return a > b ? a : b; }
        public static sbyte Min(sbyte a, sbyte b) { return a < b ? a : b; }
        public static short Max(short a, short b) { return a > b ? a : b; }
        public static short Min(short a, short b) { return a < b ? a : b; }
        public static ushort Max(ushort a, ushort b) { return a > b ? a : b; }
        public static ushort Min(ushort a, ushort b) { return a < b ? a : b; }
        public static int Max(int a, int b) { return a > b ? a : b; }
        public static int Min(int a, int b) { return a < b ? a : b; }
        public static uint Max(uint a, uint b) { return a > b ? a : b; }
        public static uint Min(uint a, uint b) { return a < b ? a : b; }
        public static long Max(long a, long b) { return a > b ? a : b; }
        public static long Min(long a, long b) { return a < b ? a : b; }
        public static ulong Max(ulong a, ulong b) { return a > b ? a : b; }
        public static ulong Min(ulong a, ulong b) { return a < b ? a : b; }
        public static decimal Max(decimal a, decimal b) { return a >= b ? a : b; }
        public static decimal Min(decimal a, decimal b) { return a <= b ? a : b; }

        // NaN wins, and +0 is greater than -0.
        public static double Max(double a, double b)
        {
            if (a != b) return a != a ? a : b < a ? a : b;
            return double.IsNegative(b) ? a : b;
        }

        public static double Min(double a, double b)
        {
            if (a != b) return a != a ? a : a < b ? a : b;
            return double.IsNegative(a) ? a : b;
        }

        public static float Max(float a, float b) { return (float)Max((double)a, (double)b); }
        public static float Min(float a, float b) { return (float)Min((double)a, (double)b); }

        public static double MaxMagnitude(double x, double y)
        {
            double ax = Abs(x), ay = Abs(y);
            if (ax > ay || x != x) return x;
            if (ax == ay) return double.IsNegative(x) ? y : x;
            return y;
        }

        public static double MinMagnitude(double x, double y)
        {
            double ax = Abs(x), ay = Abs(y);
            if (ax < ay || x != x) return x;
            if (ax == ay) return double.IsNegative(x) ? x : y;
            return y;
        }

        private static ArgumentException MinMax(object min, object max)
        {
            return new ArgumentException("'" + min.ToString() + "' cannot be greater than " + max.ToString() + ".");
        }

        public static byte Clamp(byte value, byte min, byte max) { if (min > max) throw MinMax(min, max); return value < min ? min : value > max ? max : value; }
        public static sbyte Clamp(sbyte value, sbyte min, sbyte max) { if (min > max) throw MinMax(min, max); return value < min ? min : value > max ? max : value; }
        public static short Clamp(short value, short min, short max) { if (min > max) throw MinMax(min, max); return value < min ? min : value > max ? max : value; }
        public static ushort Clamp(ushort value, ushort min, ushort max) { if (min > max) throw MinMax(min, max); return value < min ? min : value > max ? max : value; }
        public static int Clamp(int value, int min, int max) { if (min > max) throw MinMax(min, max); return value < min ? min : value > max ? max : value; }
        public static uint Clamp(uint value, uint min, uint max) { if (min > max) throw MinMax(min, max); return value < min ? min : value > max ? max : value; }
        public static long Clamp(long value, long min, long max) { if (min > max) throw MinMax(min, max); return value < min ? min : value > max ? max : value; }
        public static ulong Clamp(ulong value, ulong min, ulong max) { if (min > max) throw MinMax(min, max); return value < min ? min : value > max ? max : value; }
        public static decimal Clamp(decimal value, decimal min, decimal max) { if (min > max) throw MinMax(min, max); return value < min ? min : value > max ? max : value; }

        public static double Clamp(double value, double min, double max)
        {
            if (min > max) throw MinMax(min, max);
            return value < min ? min : value > max ? max : value;
        }

        public static float Clamp(float value, float min, float max)
        {
            if (min > max) throw MinMax(min, max);
            return value < min ? min : value > max ? max : value;
        }

        // ---- integer helpers ----

        public static long BigMul(int a, int b) { return (long)a * b; }

        public static ulong BigMul(uint a, uint b) { return (ulong)a * b; }

        // The high 64 bits of the 128-bit product; the low ones go to `low`.
        public static ulong BigMul(ulong a, ulong b, out ulong low)
        {
            ulong aLo = (uint)a, aHi = a >> 32, bLo = (uint)b, bHi = b >> 32;
            ulong ll = aLo * bLo, lh = aLo * bHi, hl = aHi * bLo, hh = aHi * bHi;
            ulong middle = (ll >> 32) + (uint)lh + (uint)hl;
            low = (middle << 32) | (uint)ll;
            return hh + (lh >> 32) + (hl >> 32) + (middle >> 32);
        }

        public static long BigMul(long a, long b, out long low)
        {
            ulong ulow;
            ulong high = BigMul((ulong)a, (ulong)b, out ulow);
            low = (long)ulow;
            // two's complement correction of the unsigned product
            return (long)high - ((a >> 63) & b) - ((b >> 63) & a);
        }

        public static int DivRem(int a, int b, out int result)
        {
            int quotient = a / b;
            result = a - quotient * b;
            return quotient;
        }

        public static long DivRem(long a, long b, out long result)
        {
            long quotient = a / b;
            result = a - quotient * b;
            return quotient;
        }

        // ---- floating point ----

        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Sqrt(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Cbrt(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Pow(double x, double y);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Floor(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Ceiling(double a);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Truncate(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Exp(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Log(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Log10(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Log2(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Sin(double a);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Cos(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Tan(double a);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Atan(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Atan2(double y, double x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Asin(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Acos(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Sinh(double value);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Cosh(double value);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Tanh(double value);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Asinh(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Acosh(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Atanh(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double IEEERemainder(double x, double y);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double FusedMultiplyAdd(double x, double y, double z);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double CopySign(double x, double y);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double BitIncrement(double x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double BitDecrement(double x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double ScaleB(double x, int n);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern int ILogB(double x);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern double RoundToEven(double d);

        public static double Log(double a, double newBase)
        {
            if (a != a) return a;
            if (newBase != newBase) return newBase;
            if (newBase == 1) return double.NaN;
            if (a != 1 && (newBase == 0 || newBase == double.PositiveInfinity)) return double.NaN;
            return Log(a) / Log(newBase);
        }

        public static double Round(double a) { return RoundToEven(a); }

        public static double Round(double value, int digits) { return Round(value, digits, MidpointRounding.ToEven); }

        public static double Round(double value, MidpointRounding mode)
        {
            switch (mode)
            {
                case MidpointRounding.ToEven: return RoundToEven(value);
                case MidpointRounding.AwayFromZero:
                {
                    double whole = Truncate(value);
                    // value - whole is exact: both share the exponent, or whole is zero
                    if (Abs(value - whole) >= 0.5) whole += CopySign(1.0, value);
                    return whole;
                }
                case MidpointRounding.ToZero: return Truncate(value);
                case MidpointRounding.ToNegativeInfinity: return Floor(value);
                case MidpointRounding.ToPositiveInfinity: return Ceiling(value);
                default: throw InvalidMode(mode);
            }
        }

        public static double Round(double value, int digits, MidpointRounding mode)
        {
            if (digits < 0 || digits > 15) throw new ArgumentOutOfRangeException("digits", "Rounding digits must be between 0 and 15, inclusive.");
            if (mode < MidpointRounding.ToEven || mode > MidpointRounding.ToPositiveInfinity) throw InvalidMode(mode);
            if (Abs(value) < 1e16)
            {
                double power10 = PowerOf10(digits);
                value = Round(value * power10, mode) / power10;
            }
            return value;
        }

        internal static ArgumentException InvalidMode(MidpointRounding mode)
        {
            return new ArgumentException("The value '" + mode.ToString() + "' is not valid for this usage of the type MidpointRounding.", "mode");
        }

        private static double PowerOf10(int digits)
        {
            double p = 1;
            for (int i = 0; i < digits; i++) p *= 10;
            return p;
        }

        // ---- decimal ----

        public static decimal Floor(decimal d) { return decimal.Floor(d); }
        public static decimal Ceiling(decimal d) { return decimal.Ceiling(d); }
        public static decimal Truncate(decimal d) { return decimal.Truncate(d); }
        public static decimal Round(decimal d) { return decimal.Round(d); }
        public static decimal Round(decimal d, int decimals) { return decimal.Round(d, decimals); }
        public static decimal Round(decimal d, MidpointRounding mode) { return decimal.Round(d, mode); }
        public static decimal Round(decimal d, int decimals, MidpointRounding mode) { return decimal.Round(d, decimals, mode); }
    }

    // The float versions of Math, over libm's float functions.
    public static class MathF
    {
        public const float PI = 3.14159265f;
        public const float E = 2.71828183f;
        public const float Tau = 6.283185307f;

        public static float Abs(float x) { return Math.Abs(x); }
        public static float Max(float x, float y) { return Math.Max(x, y); }
        public static float Min(float x, float y) { return Math.Min(x, y); }
        public static int Sign(float x) { return Math.Sign(x); }

        public static float MaxMagnitude(float x, float y) { return (float)Math.MaxMagnitude(x, y); }
        public static float MinMagnitude(float x, float y) { return (float)Math.MinMagnitude(x, y); }

        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Sqrt(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Cbrt(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Pow(float x, float y);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Floor(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Ceiling(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Truncate(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Exp(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Log(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Log10(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Log2(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Sin(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Cos(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Tan(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Asin(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Acos(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Atan(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Atan2(float y, float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Sinh(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Cosh(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Tanh(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Asinh(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Acosh(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Atanh(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float IEEERemainder(float x, float y);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float FusedMultiplyAdd(float x, float y, float z);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float CopySign(float x, float y);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float BitIncrement(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float BitDecrement(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float ScaleB(float x, int n);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern int ILogB(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern float RoundToEven(float x);

        public static float Log(float x, float y)
        {
            if (x != x) return x;
            if (y != y) return y;
            if (y == 1) return float.NaN;
            if (x != 1 && (y == 0 || y == float.PositiveInfinity)) return float.NaN;
            return Log(x) / Log(y);
        }

        public static float Round(float x) { return RoundToEven(x); }

        public static float Round(float x, int digits) { return Round(x, digits, MidpointRounding.ToEven); }

        public static float Round(float x, MidpointRounding mode)
        {
            switch (mode)
            {
                case MidpointRounding.ToEven: return RoundToEven(x);
                case MidpointRounding.AwayFromZero:
                {
                    float whole = Truncate(x);
                    if (Abs(x - whole) >= 0.5f) whole += CopySign(1.0f, x);
                    return whole;
                }
                case MidpointRounding.ToZero: return Truncate(x);
                case MidpointRounding.ToNegativeInfinity: return Floor(x);
                case MidpointRounding.ToPositiveInfinity: return Ceiling(x);
                default: throw Math.InvalidMode(mode);
            }
        }

        public static float Round(float x, int digits, MidpointRounding mode)
        {
            if (digits < 0 || digits > 6) throw new ArgumentOutOfRangeException("digits", "Rounding digits must be between 0 and 6, inclusive.");
            if (mode < MidpointRounding.ToEven || mode > MidpointRounding.ToPositiveInfinity) throw Math.InvalidMode(mode);
            if (Abs(x) < 1e8f)
            {
                float power10 = 1;
                for (int i = 0; i < digits; i++) power10 *= 10;
                x = Round(x * power10, mode) / power10;
            }
            return x;
        }
    }
}
