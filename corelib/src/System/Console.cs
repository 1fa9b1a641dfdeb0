using System.Runtime.CompilerServices;

namespace System
{
    public static class Console
    {
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void WriteString(string s, bool toError);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void WriteNewLine(bool toError);

        private static System.IO.TextWriter s_out;
        private static System.IO.TextWriter s_error;
        private static System.IO.TextReader s_in;

        public static System.IO.TextWriter Out { get { if (s_out == null) s_out = new System.IO.ConsoleWriter(false); return s_out; } }
        public static System.IO.TextWriter Error { get { if (s_error == null) s_error = new System.IO.ConsoleWriter(true); return s_error; } }
        public static System.IO.TextReader In { get { if (s_in == null) s_in = new System.IO.ConsoleReader(); return s_in; } }

        internal static void WriteRaw(string value, bool toError) { WriteString(value, toError); }

        // A line from standard input (UTF-8) without its line terminator, or null at end of input.
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern string ReadLine();

        public static void Write(string value) { WriteString(value, false); }
        public static void Write(object value) { if (value != null) WriteString(value.ToString(), false); }
        public static void Write(bool value) { WriteString(value ? "True" : "False", false); }
        public static void Write(char value) { WriteString(new string(value, 1), false); }
        public static void Write(char[] buffer) { if (buffer != null) WriteString(new string(buffer), false); }
        public static void Write(int value) { WriteString(Number.Int64ToString(value), false); }
        public static void Write(uint value) { WriteString(Number.UInt64ToString(value), false); }
        public static void Write(long value) { WriteString(Number.Int64ToString(value), false); }
        public static void Write(ulong value) { WriteString(Number.UInt64ToString(value), false); }
        public static void Write(double value) { WriteString(Number.DoubleToString(value), false); }
        public static void Write(float value) { WriteString(Number.SingleToString(value), false); }

        public static void Write(string format, object arg0) { Write(string.Format(format, arg0)); }
        public static void Write(string format, object arg0, object arg1) { Write(string.Format(format, arg0, arg1)); }
        public static void Write(string format, object arg0, object arg1, object arg2) { Write(string.Format(format, arg0, arg1, arg2)); }
        public static void Write(string format, params object[] args) { Write(string.Format(format, args)); }
        public static void WriteLine(string format, object arg0) { WriteLine(string.Format(format, arg0)); }
        public static void WriteLine(string format, object arg0, object arg1) { WriteLine(string.Format(format, arg0, arg1)); }
        public static void WriteLine(string format, object arg0, object arg1, object arg2) { WriteLine(string.Format(format, arg0, arg1, arg2)); }
        public static void WriteLine(string format, params object[] args) { WriteLine(string.Format(format, args)); }

        public static void WriteLine() { WriteNewLine(false); }
        public static void WriteLine(string value) { WriteString(value, false); WriteNewLine(false); }
        public static void WriteLine(object value) { Write(value); WriteNewLine(false); }
        public static void WriteLine(bool value) { Write(value); WriteNewLine(false); }
        public static void WriteLine(char value) { Write(value); WriteNewLine(false); }
        public static void WriteLine(char[] buffer) { Write(buffer); WriteNewLine(false); }
        public static void WriteLine(int value) { Write(value); WriteNewLine(false); }
        public static void WriteLine(uint value) { Write(value); WriteNewLine(false); }
        public static void WriteLine(long value) { Write(value); WriteNewLine(false); }
        public static void WriteLine(ulong value) { Write(value); WriteNewLine(false); }
        public static void WriteLine(double value) { Write(value); WriteNewLine(false); }
        public static void WriteLine(float value) { Write(value); WriteNewLine(false); }
    }

    public static class Math
    {
        public const double PI = 3.14159265358979323846;
        public const double E = 2.7182818284590452354;

        public static int Max(int a, int b) { return a > b ? a : b; }
        public static int Min(int a, int b) { return a < b ? a : b; }
        public static long Max(long a, long b) { return a > b ? a : b; }
        public static long Min(long a, long b) { return a < b ? a : b; }
        public static double Max(double a, double b) { return a > b || a != a ? a : b; }
        public static double Min(double a, double b) { return a < b || a != a ? a : b; }

        public static int Abs(int value)
        {
            if (value == int.MinValue) throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
            return value < 0 ? -value : value;
        }

        public static long Abs(long value)
        {
            if (value == long.MinValue) throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
            return value < 0 ? -value : value;
        }

        public static double Abs(double value) { return value < 0 || (value == 0 && 1 / value < 0) ? -value : value; }
        public static float Abs(float value) { return value < 0 ? -value : value; }
        public static short Abs(short value) { return (short)Abs((int)value); }
        public static int Sign(int value) { return value < 0 ? -1 : value > 0 ? 1 : 0; }
        public static int Sign(long value) { return value < 0 ? -1 : value > 0 ? 1 : 0; }
        public static int Sign(double value)
        {
            if (value != value) throw new ArithmeticException("Function does not accept floating point Not-a-Number values.");
            return value < 0 ? -1 : value > 0 ? 1 : 0;
        }
        public static uint Max(uint a, uint b) { return a > b ? a : b; }
        public static uint Min(uint a, uint b) { return a < b ? a : b; }
        public static ulong Max(ulong a, ulong b) { return a > b ? a : b; }
        public static ulong Min(ulong a, ulong b) { return a < b ? a : b; }
        public static float Max(float a, float b) { return a > b || a != a ? a : b; }
        public static float Min(float a, float b) { return a < b || a != a ? a : b; }
        public static int Clamp(int value, int min, int max) { return value < min ? min : value > max ? max : value; }
        public static long BigMul(int a, int b) { return (long)a * b; }
        public static int DivRem(int a, int b, out int result) { result = a % b; return a / b; }

        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Sqrt(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Pow(double x, double y);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Floor(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Ceiling(double a);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Truncate(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Exp(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Log(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Log10(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Sin(double a);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Cos(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Tan(double a);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Atan(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Atan2(double y, double x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Asin(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Acos(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern double RoundToEven(double d);

        public static double Round(double a) { return RoundToEven(a); }

        public static double Round(double value, int digits)
        {
            if (digits < 0 || digits > 15) throw new ArgumentOutOfRangeException("digits");
            double scale = Pow(10, digits);
            return RoundToEven(value * scale) / scale;
        }

        public static double Log(double a, double newBase) { return Log(a) / Log(newBase); }
    }
}
