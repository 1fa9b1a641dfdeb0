using System.Runtime.InteropServices;
using System.Text;

namespace System.IO
{
    // A standard stream of the process (descriptor 0, 1 or 2), as .NET's UnixConsoleStream: no buffer of its own.
    // Output joins the runtime's console buffer, the one Console.Write fills, so that both reach the descriptor in
    // the order they were written; that buffer is written out at exit, at each newline on a terminal, before the
    // program reads standard input, and before it starts a child process.
    internal sealed class ConsoleStream : UnseekableStream
    {
        private readonly int m_fd;
        private readonly FileAccess m_access;

        internal ConsoleStream(int fd, FileAccess access)
        {
            m_fd = fd;
            m_access = access;
        }

        public override bool CanRead { get { return (m_access & FileAccess.Read) != 0; } }
        public override bool CanWrite { get { return (m_access & FileAccess.Write) != 0; } }

        public override unsafe int Read(byte[] buffer, int offset, int count)
        {
            ValidateBufferArguments(buffer, offset, count);
            if (!CanRead) throw new NotSupportedException("Stream does not support reading.");
            if (count == 0) return 0;
            Console.FlushOutput(); // a prompt written before the read appears before the program waits
            long n;
            fixed (byte* p = &buffer[offset])
            {
                do { n = Interop.Libc.read(m_fd, p, new UIntPtr((uint)count)); }
                while (n < 0 && Marshal.GetLastPInvokeError() == Interop.Libc.EINTR);
            }
            if (n < 0) throw new IOException(Interop.Libc.ErrorMessage(Marshal.GetLastPInvokeError()));
            return (int)n;
        }

        public override unsafe void Write(byte[] buffer, int offset, int count)
        {
            ValidateBufferArguments(buffer, offset, count);
            if (!CanWrite) throw new NotSupportedException("Stream does not support writing.");
            if (count == 0) return;
            fixed (byte* p = &buffer[offset]) Console.WriteBytes(p, count, m_fd == 2);
        }

        public override void Flush()
        {
            if (CanWrite) Console.FlushOutput();
        }
    }

    // Console.Out and Console.Error while they are the console's: text goes straight into the runtime's console
    // buffer as UTF-8 (the fast path Console.Write takes too), so there is nothing of its own to flush.
    internal sealed class ConsoleWriter : TextWriter
    {
        private readonly bool m_error;
        internal ConsoleWriter(bool error) { m_error = error; }
        public override Encoding Encoding { get { return Console.OutputEncoding; } }
        public override void Write(string value) { if (value != null) Console.WriteRaw(value, m_error); }
        // a line in one call (threads' lines never interleave), unless the program chose another NewLine
        public override void WriteLine(string value)
        {
            if (CoreNewLine.Length == 1 && CoreNewLine[0] == '\n') Console.WriteLineRaw(value, m_error);
            else base.WriteLine(value);
        }
        public override void Write(char value) { Console.WriteRaw(new string(value, 1), m_error); }
        public override void Write(char[] buffer, int index, int count) { Console.WriteRaw(new string(buffer, index, count), m_error); }
        public override void Flush() { Console.FlushOutput(); }
    }
}
