using System.Runtime.CompilerServices;

namespace System
{
    public static class Console
    {
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void WriteString(string s, bool toError);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void WriteNewLine(bool toError);

        // The text and its newline in one call, so that lines from several threads never interleave (.NET's
        // Console.Out is synchronized).
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void WriteLineString(string s, bool toError);

        // Bytes into the runtime's console buffer (standard output or error), after the text written before them.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern unsafe void WriteBytes(byte* bytes, int count, bool toError);

        // Writes out what the runtime's console buffer holds.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void FlushNative();

        internal static void FlushOutput() { FlushNative(); }

        private static System.IO.TextWriter s_out;
        private static System.IO.TextWriter s_error;
        private static System.IO.TextReader s_in;

        public static System.IO.TextWriter Out { get { if (s_out == null) s_out = new System.IO.ConsoleWriter(false); return s_out; } }
        public static System.IO.TextWriter Error { get { if (s_error == null) s_error = new System.IO.ConsoleWriter(true); return s_error; } }

        // Standard input as text, as .NET reads it when redirected: a reader over descriptor 0 with InputEncoding
        // (no byte order mark detection, a 4096-byte buffer).
        public static System.IO.TextReader In
        {
            get
            {
                if (s_in == null)
                {
                    s_in = System.IO.TextReader.Synchronized(new System.IO.StreamReader(OpenStandardInput(),
                        WithoutPreamble(InputEncoding), false, InteractiveBufferSize, true));
                }
                return s_in;
            }
        }

        private const int InteractiveBufferSize = 4096;

        internal static void WriteRaw(string value, bool toError) { WriteString(value, toError); }
        internal static void WriteLineRaw(string value, bool toError) { WriteLineString(value, toError); }

        public static string ReadLine() { return In.ReadLine(); }

        public static int Read() { return In.Read(); }

        // SetOut/SetError: Console's own writes go to the given writer instead of the stream (StringWriter captures)
        private static System.IO.TextWriter s_outRedirect;
        private static System.IO.TextWriter s_errorRedirect;

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
            s_in = System.IO.TextReader.Synchronized(newIn);
        }

        public static System.IO.Stream OpenStandardInput() { return new System.IO.ConsoleStream(0, System.IO.FileAccess.Read); }
        public static System.IO.Stream OpenStandardOutput() { return new System.IO.ConsoleStream(1, System.IO.FileAccess.Write); }
        public static System.IO.Stream OpenStandardError() { return new System.IO.ConsoleStream(2, System.IO.FileAccess.Write); }
        public static System.IO.Stream OpenStandardInput(int bufferSize) { CheckBufferSize(bufferSize); return OpenStandardInput(); }
        public static System.IO.Stream OpenStandardOutput(int bufferSize) { CheckBufferSize(bufferSize); return OpenStandardOutput(); }
        public static System.IO.Stream OpenStandardError(int bufferSize) { CheckBufferSize(bufferSize); return OpenStandardError(); }

        private static void CheckBufferSize(int bufferSize)
        {
            if (bufferSize < 0) throw new ArgumentOutOfRangeException("bufferSize", "Non-negative number required.");
        }

        // A standard stream is redirected unless it is a terminal (.NET on Unix).
        public static bool IsInputRedirected { get { return Interop.Libc.isatty(0) == 0; } }
        public static bool IsOutputRedirected { get { return Interop.Libc.isatty(1) == 0; } }
        public static bool IsErrorRedirected { get { return Interop.Libc.isatty(2) == 0; } }

        private static System.Text.Encoding s_inputEncoding;
        private static System.Text.Encoding s_outputEncoding;

        // UTF-8 without a byte order mark, as .NET on Linux with a UTF-8 locale (or none).
        public static System.Text.Encoding InputEncoding
        {
            get { return s_inputEncoding ?? (s_inputEncoding = new System.Text.UTF8Encoding(false)); }
            set
            {
                if (value == null) throw new ArgumentNullException("value");
                s_inputEncoding = value;
                s_in = null; // as .NET: the next read of Console.In decodes with the new encoding
            }
        }

        // Text reaches the console as UTF-8 on the runtime's fast path; another encoding replaces Out and Error
        // (unless SetOut/SetError chose writers) with writers that encode into the console streams, as .NET does.
        public static System.Text.Encoding OutputEncoding
        {
            get { return s_outputEncoding ?? (s_outputEncoding = new System.Text.UTF8Encoding(false)); }
            set
            {
                if (value == null) throw new ArgumentNullException("value");
                FlushOutput();
                s_outputEncoding = value;
                bool utf8 = value.WebName == "utf-8";
                if (s_outRedirect == null || s_outRedirect is ConsoleEncodingWriter)
                    SetOutputWriter(utf8 ? (System.IO.TextWriter)new System.IO.ConsoleWriter(false) : new ConsoleEncodingWriter(OpenStandardOutput(), WithoutPreamble(value)), false);
                if (s_errorRedirect == null || s_errorRedirect is ConsoleEncodingWriter)
                    SetOutputWriter(utf8 ? (System.IO.TextWriter)new System.IO.ConsoleWriter(true) : new ConsoleEncodingWriter(OpenStandardError(), WithoutPreamble(value)), true);
            }
        }

        private static void SetOutputWriter(System.IO.TextWriter writer, bool error)
        {
            if (error) SetError(writer);
            else SetOut(writer);
        }

        // An encoding that writes no byte order mark at the start of the console streams.
        private static System.Text.Encoding WithoutPreamble(System.Text.Encoding encoding)
        {
            if (encoding.GetPreamble().Length == 0) return encoding;
            if (encoding.WebName == "utf-8") return new System.Text.UTF8Encoding(false);
            if (encoding.WebName == "utf-16") return new System.Text.UnicodeEncoding(false, false);
            if (encoding.WebName == "utf-16BE") return new System.Text.UnicodeEncoding(true, false);
            return encoding;
        }

        // Console.Out in an encoding other than UTF-8: a writer that flushes after every write (.NET's AutoFlush).
        private sealed class ConsoleEncodingWriter : System.IO.StreamWriter
        {
            internal ConsoleEncodingWriter(System.IO.Stream stream, System.Text.Encoding encoding) : base(stream, encoding, 256, true)
            {
                AutoFlush = true;
            }
        }

        private static void Put(string s, bool toError)
        {
            System.IO.TextWriter redirect = toError ? s_errorRedirect : s_outRedirect;
            if (redirect != null) redirect.Write(s);
            else WriteString(s, toError);
        }

        private static void PutLine(string s, bool toError)
        {
            System.IO.TextWriter redirect = toError ? s_errorRedirect : s_outRedirect;
            if (redirect != null) redirect.WriteLine(s);
            else WriteLineString(s, toError);
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
        public static void WriteLine(string value) { PutLine(value, false); }
        public static void WriteLine(object value) { PutLine(value != null ? value.ToString() : null, false); }
        public static void WriteLine(bool value) { PutLine(value ? "True" : "False", false); }
        public static void WriteLine(char value) { PutLine(new string(value, 1), false); }
        public static void WriteLine(char[] buffer) { PutLine(buffer != null ? new string(buffer) : null, false); }
        public static void WriteLine(int value) { PutLine(Number.Int64ToString(value), false); }
        public static void WriteLine(uint value) { PutLine(Number.UInt64ToString(value), false); }
        public static void WriteLine(long value) { PutLine(Number.Int64ToString(value), false); }
        public static void WriteLine(ulong value) { PutLine(Number.UInt64ToString(value), false); }
        public static void WriteLine(double value) { PutLine(Number.DoubleToString(value), false); }
        public static void WriteLine(float value) { PutLine(Number.SingleToString(value), false); }
        public static void WriteLine(decimal value) { PutLine(value.ToString(), false); }
    }
}
