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
        public static void Write(decimal value) { WriteString(value.ToString(), false); }

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
        public static void WriteLine(decimal value) { Write(value); WriteNewLine(false); }
    }
}
