using System.IO;
using System.Runtime.InteropServices;

namespace System.Diagnostics
{
    // The parent's ends of a child's redirected standard streams. .NET reads them on other threads when asked to
    // (BeginOutputReadLine) so that a child never blocks on a full pipe nobody reads; Kiln runs one thread, so the
    // streams of one child look after each other instead: while one waits to read (or, for standard input, to
    // write), whatever arrives on the child's other output pipes is read into their own buffers. A child that fills
    // standard error while the program reads standard output to the end therefore finishes, as under .NET.
    internal sealed class ChildPipes
    {
        private PipeReadStream m_output;
        private PipeReadStream m_error;

        internal PipeReadStream Output { get { return m_output; } }
        internal PipeReadStream Error { get { return m_error; } }

        internal PipeReadStream AddReader(int fd, bool error)
        {
            PipeReadStream stream = new PipeReadStream(fd, this);
            if (error) m_error = stream;
            else m_output = stream;
            return stream;
        }

        internal PipeWriteStream AddWriter(int fd)
        {
            return new PipeWriteStream(fd, this);
        }

        // The readers other than except that may still bring data.
        private PipeReadStream[] OthersThan(PipeReadStream except)
        {
            int count = 0;
            if (m_output != except && m_output != null && m_output.Open) count++;
            if (m_error != except && m_error != null && m_error.Open) count++;
            PipeReadStream[] others = new PipeReadStream[count];
            int i = 0;
            if (m_output != except && m_output != null && m_output.Open) others[i++] = m_output;
            if (m_error != except && m_error != null && m_error.Open) others[i++] = m_error;
            return others;
        }

        // Waits until fd is ready for events (POLLIN or POLLOUT), meanwhile reading what the other readers receive.
        // Returns at once when no other reader is open and the wait is for input (a plain blocking read does).
        internal void WaitFor(int fd, short events, PipeReadStream self)
        {
            PipeReadStream[] others = OthersThan(self);
            if (others.Length == 0 && events == Interop.Libc.POLLIN) return;
            Interop.Libc.PollFd[] fds = new Interop.Libc.PollFd[1 + others.Length];
            while (true)
            {
                fds[0].Fd = fd;
                fds[0].Events = events;
                fds[0].Revents = 0;
                for (int i = 0; i < others.Length; i++)
                {
                    fds[i + 1].Fd = others[i].Fd;
                    fds[i + 1].Events = Interop.Libc.POLLIN;
                    fds[i + 1].Revents = 0;
                }
                int ready = Interop.Libc.poll(fds, new UIntPtr((uint)fds.Length), -1);
                if (ready < 0)
                {
                    if (Marshal.GetLastPInvokeError() == Interop.Libc.EINTR) continue;
                    throw new IOException(Interop.Libc.ErrorMessage(Marshal.GetLastPInvokeError()));
                }
                bool drained = false;
                for (int i = 0; i < others.Length; i++)
                {
                    if (fds[i + 1].Revents != 0)
                    {
                        others[i].ReadAhead();
                        drained = true;
                    }
                }
                if (fds[0].Revents != 0) return;
                // a reader that reached its end leaves the wait
                if (drained) others = OthersThan(self);
                if (others.Length == 0 && events == Interop.Libc.POLLIN) return;
                if (fds.Length != 1 + others.Length) fds = new Interop.Libc.PollFd[1 + others.Length];
            }
        }

        internal void CloseAll()
        {
            if (m_output != null) m_output.Dispose();
            if (m_error != null) m_error.Dispose();
        }
    }

    // The read end of a pipe from a child (its standard output or error). Bytes read ahead while another stream of
    // the child waited come first.
    internal sealed class PipeReadStream : PipeStreamBase
    {
        private readonly ChildPipes m_group;
        private byte[] m_ahead;
        private int m_aheadStart, m_aheadEnd;
        private bool m_endSeen; // the end of the pipe was read ahead: after the bytes ahead there is nothing

        internal PipeReadStream(int fd, ChildPipes group) : base(fd) { m_group = group; }

        internal bool Open { get { return Fd >= 0 && !m_endSeen; } }

        // Bytes (or the end) already read ahead: a read returns at once.
        internal bool HasReadAhead { get { return m_aheadEnd > m_aheadStart || m_endSeen; } }

        public override bool CanRead { get { return Fd >= 0; } }
        public override bool CanWrite { get { return false; } }

        public override unsafe int Read(byte[] buffer, int offset, int count)
        {
            ValidateBufferArguments(buffer, offset, count);
            EnsureOpen();
            if (count == 0) return 0;
            if (m_aheadEnd > m_aheadStart)
            {
                int n = Math.Min(count, m_aheadEnd - m_aheadStart);
                Array.Copy(m_ahead, m_aheadStart, buffer, offset, n);
                m_aheadStart += n;
                return n;
            }
            if (m_endSeen) return 0;
            m_group.WaitFor(Fd, Interop.Libc.POLLIN, this);
            fixed (byte* p = &buffer[offset]) return ReadInto(p, count);
        }

        // Reads what the pipe has now into the buffer ahead (the wait said it has something, or its end).
        internal unsafe void ReadAhead()
        {
            if (m_ahead == null) m_ahead = new byte[65536];
            if (m_aheadStart == m_aheadEnd) m_aheadStart = m_aheadEnd = 0;
            if (m_aheadEnd == m_ahead.Length)
            {
                byte[] larger = new byte[m_ahead.Length * 2];
                Array.Copy(m_ahead, m_aheadStart, larger, 0, m_aheadEnd - m_aheadStart);
                m_aheadEnd -= m_aheadStart;
                m_aheadStart = 0;
                m_ahead = larger;
            }
            int n;
            fixed (byte* p = &m_ahead[m_aheadEnd]) n = ReadInto(p, m_ahead.Length - m_aheadEnd);
            if (n == 0) m_endSeen = true;
            m_aheadEnd += n;
        }

        private unsafe int ReadInto(byte* p, int count)
        {
            long n;
            do { n = Interop.Libc.read(Fd, p, new UIntPtr((uint)count)); }
            while (n < 0 && Marshal.GetLastPInvokeError() == Interop.Libc.EINTR);
            if (n < 0) throw new IOException(Interop.Libc.ErrorMessage(Marshal.GetLastPInvokeError()));
            return (int)n;
        }

        public override void Write(byte[] buffer, int offset, int count) { throw new NotSupportedException("Stream does not support writing."); }
    }

    // The write end of a pipe to a child's standard input, non-blocking so that while the pipe is full the child's
    // output can be read (see ChildPipes).
    internal sealed class PipeWriteStream : PipeStreamBase
    {
        private readonly ChildPipes m_group;

        internal PipeWriteStream(int fd, ChildPipes group) : base(fd)
        {
            m_group = group;
            int flags = Interop.Libc.fcntl(fd, Interop.Libc.F_GETFL, 0);
            if (flags >= 0) Interop.Libc.fcntl(fd, Interop.Libc.F_SETFL, flags | Interop.Libc.O_NONBLOCK);
        }

        public override bool CanRead { get { return false; } }
        public override bool CanWrite { get { return Fd >= 0; } }

        public override int Read(byte[] buffer, int offset, int count) { throw new NotSupportedException("Stream does not support reading."); }

        public override unsafe void Write(byte[] buffer, int offset, int count)
        {
            ValidateBufferArguments(buffer, offset, count);
            EnsureOpen();
            while (count > 0)
            {
                long n;
                fixed (byte* p = &buffer[offset]) n = Interop.Libc.write(Fd, p, new UIntPtr((uint)count));
                if (n >= 0)
                {
                    offset += (int)n;
                    count -= (int)n;
                    continue;
                }
                int errno = Marshal.GetLastPInvokeError();
                if (errno == Interop.Libc.EINTR) continue;
                if (errno != Interop.Libc.EAGAIN) throw new IOException(Interop.Libc.ErrorMessage(errno));
                m_group.WaitFor(Fd, Interop.Libc.POLLOUT, null);
            }
        }
    }

    // A pipe descriptor as a stream that cannot seek; disposing closes the descriptor.
    internal abstract class PipeStreamBase : UnseekableStream
    {
        private int m_fd;

        protected PipeStreamBase(int fd) { m_fd = fd; }

        internal int Fd { get { return m_fd; } }

        protected void EnsureOpen()
        {
            if (m_fd < 0) throw new ObjectDisposedException(null, "Cannot access a closed pipe.");
        }

        public override void Flush() { }

        protected override void Dispose(bool disposing)
        {
            if (m_fd >= 0)
            {
                Interop.Libc.close(m_fd);
                m_fd = -1;
            }
            base.Dispose(disposing);
        }
    }
}
