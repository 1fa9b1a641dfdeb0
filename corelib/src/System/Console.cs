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
        internal static extern string ReadLineImpl();

        public static string ReadLine() { return s_inRedirect == null ? ReadLineImpl() : s_inRedirect.ReadLine(); }

        // SetOut/SetError: Console's own writes go to the given writer instead of the stream (StringWriter captures)
        private static System.IO.TextWriter s_outRedirect;
        private static System.IO.TextWriter s_errorRedirect;
        private static System.IO.TextReader s_inRedirect;

        public static void SetOut(System.IO.TextWriter newOut)
        {
            if (newOut == null) throw new ArgumentNullException("newOut");
            s_out = newOut;
            s_outRedirect = newOut is System.IO.ConsoleWriter ? null : newOut;
        }

        public static void SetError(System.IO.TextWriter newError)
        {
            if (newError == null) throw new ArgumentNullException("newError");
            s_error = newError;
            s_errorRedirect = newError is System.IO.ConsoleWriter ? null : newError;
        }

        public static void SetIn(System.IO.TextReader newIn)
        {
            if (newIn == null) throw new ArgumentNullException("newIn");
            s_in = newIn;
            s_inRedirect = newIn is System.IO.ConsoleReader ? null : newIn;
        }

        private static void Put(string s, bool toError)
        {
            System.IO.TextWriter redirect = toError ? s_errorRedirect : s_outRedirect;
            if (redirect != null) redirect.Write(s);
            else WriteString(s, toError);
        }

        private static void PutNewLine(bool toError)
        {
            System.IO.TextWriter redirect = toError ? s_errorRedirect : s_outRedirect;
            if (redirect != null) redirect.Write(redirect.NewLine);
            else WriteNewLine(toError);
        }

        public static void Write(string value) { Put(value, false); }
        public static void Write(object value) { if (value != null) Put(value.ToString(), false); }
        public static void Write(bool value) { Put(value ? "True" : "False", false); }
        public static void Write(char value) { Put(new string(value, 1), false); }
        public static void Write(char[] buffer) { if (buffer != null) Put(new string(buffer), false); }
        public static void Write(int value) { Put(Number.Int64ToString(value), false); }
        public static void Write(uint value) { Put(Number.UInt64ToString(value), false); }
        public static void Write(long value) { Put(Number.Int64ToString(value), false); }
        public static void Write(ulong value) { Put(Number.UInt64ToString(value), false); }
        public static void Write(double value) { Put(Number.DoubleToString(value), false); }
        public static void Write(float value) { Put(Number.SingleToString(value), false); }
        public static void Write(decimal value) { Put(value.ToString(), false); }

        public static void Write(string format, object arg0) { Write(string.Format(format, arg0)); }
        public static void Write(string format, object arg0, object arg1) { Write(string.Format(format, arg0, arg1)); }
        public static void Write(string format, object arg0, object arg1, object arg2) { Write(string.Format(format, arg0, arg1, arg2)); }
        public static void Write(string format, params object[] args) { Write(string.Format(format, args)); }
        public static void WriteLine(string format, object arg0) { WriteLine(string.Format(format, arg0)); }
        public static void WriteLine(string format, object arg0, object arg1) { WriteLine(string.Format(format, arg0, arg1)); }
        public static void WriteLine(string format, object arg0, object arg1, object arg2) { WriteLine(string.Format(format, arg0, arg1, arg2)); }
        public static void WriteLine(string format, params object[] args) { WriteLine(string.Format(format, args)); }

        public static void WriteLine() { PutNewLine(false); }
        public static void WriteLine(string value) { Put(value, false); PutNewLine(false); }
        public static void WriteLine(object value) { Write(value); PutNewLine(false); }
        public static void WriteLine(bool value) { Write(value); PutNewLine(false); }
        public static void WriteLine(char value) { Write(value); PutNewLine(false); }
        public static void WriteLine(char[] buffer) { Write(buffer); PutNewLine(false); }
        public static void WriteLine(int value) { Write(value); PutNewLine(false); }
        public static void WriteLine(uint value) { Write(value); PutNewLine(false); }
        public static void WriteLine(long value) { Write(value); PutNewLine(false); }
        public static void WriteLine(ulong value) { Write(value); PutNewLine(false); }
        public static void WriteLine(double value) { Write(value); PutNewLine(false); }
        public static void WriteLine(float value) { Write(value); PutNewLine(false); }
        public static void WriteLine(decimal value) { Write(value); PutNewLine(false); }
    }
}
