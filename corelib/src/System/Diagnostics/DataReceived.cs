using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace System.Diagnostics
{
    public delegate void DataReceivedEventHandler(object sender, DataReceivedEventArgs e);

    public class DataReceivedEventArgs : EventArgs
    {
        private readonly string _data;

        internal DataReceivedEventArgs(string data) { _data = data; }

        // A line without its terminator; null once the stream has ended.
        public string Data { get { return _data; } }
    }

    // BeginOutputReadLine/BeginErrorReadLine: the lines of a redirected stream handed to an event. .NET reads them on
    // thread-pool threads as they come; Kiln has one thread, so they are read, and the events raised, while the
    // program waits for the child (WaitForExit), in the order the data arrives: a line at "\n", "\r" or "\r\n",
    // then null at the end of the stream.
    internal sealed class LineEvents
    {
        private readonly Process _sender;
        private readonly PipeReadStream _stream;
        private readonly Decoder _decoder;
        private readonly Func<DataReceivedEventHandler> _handler;
        private readonly byte[] _bytes = new byte[4096];
        private char[] _chars;
        private readonly StringBuilder _line = new StringBuilder();
        private bool _afterCarriageReturn;
        private bool _ended;

        internal LineEvents(Process sender, PipeReadStream stream, Encoding encoding, Func<DataReceivedEventHandler> handler)
        {
            _sender = sender;
            _stream = stream;
            _decoder = encoding.GetDecoder();
            _handler = handler;
            _chars = new char[encoding.GetMaxCharCount(_bytes.Length)];
        }

        internal bool Ended { get { return _ended; } }
        internal int Fd { get { return _stream.Fd; } }
        internal bool HasReadAhead { get { return _stream.HasReadAhead; } }

        // Reads once (the caller knows the pipe is ready) and raises an event for each complete line.
        internal void ReadAvailable()
        {
            if (_ended) return;
            int n = _stream.Fd >= 0 ? _stream.Read(_bytes, 0, _bytes.Length) : 0;
            int count = _decoder.GetChars(_bytes, 0, n, _chars, 0, n == 0);
            for (int i = 0; i < count; i++)
            {
                char c = _chars[i];
                if (c == '\n' && _afterCarriageReturn)
                {
                    _afterCarriageReturn = false;
                    continue;
                }
                _afterCarriageReturn = c == '\r';
                if (c == '\n' || c == '\r') Raise(Take());
                else _line.Append(c);
            }
            if (n == 0)
            {
                _ended = true;
                if (_line.Length > 0) Raise(Take());
                Raise(null);
            }
        }

        private string Take()
        {
            string line = _line.ToString();
            _line.Length = 0;
            return line;
        }

        private void Raise(string data)
        {
            DataReceivedEventHandler handler = _handler();
            if (handler != null) handler(_sender, new DataReceivedEventArgs(data));
        }
    }

    // Process.WaitForExit with line events: poll on the streams' pipes and the child (a pidfd, else a look every
    // 10 ms), raising events for what arrives.
    internal static class LineEventPump
    {
        internal static bool Run(int pid, LineEvents[] streams, int milliseconds, Func<bool> hasExited)
        {
            long deadline = milliseconds < 0 ? long.MaxValue : Environment.TickCount64 + milliseconds;
            int pidfd = Interop.Libc.pidfd_open(pid, 0);
            try
            {
                while (true)
                {
                    bool exited = hasExited();
                    if (exited && (milliseconds >= 0 || AllEnded(streams))) return true;
                    long left = deadline - Environment.TickCount64;
                    if (left <= 0) return false;
                    if (ReadAhead(streams)) continue; // bytes already in memory: no waiting for them
                    List<Interop.Libc.PollFd> fds = new List<Interop.Libc.PollFd>();
                    foreach (LineEvents events in streams)
                        if (events != null && !events.Ended) fds.Add(Poll(events.Fd));
                    int timeout = (int)Math.Min(left, int.MaxValue);
                    if (!exited && pidfd >= 0) fds.Add(Poll(pidfd));
                    else if (!exited) timeout = (int)Math.Min(timeout, 10);
                    Interop.Libc.PollFd[] ready = fds.ToArray();
                    if (Interop.Libc.poll(ready, new UIntPtr((uint)ready.Length), timeout) < 0
                        && Marshal.GetLastPInvokeError() != Interop.Libc.EINTR)
                        throw new System.ComponentModel.Win32Exception();
                    foreach (Interop.Libc.PollFd fd in ready)
                    {
                        if (fd.Revents == 0) continue;
                        foreach (LineEvents events in streams)
                            if (events != null && !events.Ended && events.Fd == fd.Fd) events.ReadAvailable();
                    }
                }
            }
            finally
            {
                if (pidfd >= 0) Interop.Libc.close(pidfd);
            }
        }

        private static Interop.Libc.PollFd Poll(int fd)
        {
            Interop.Libc.PollFd p = new Interop.Libc.PollFd();
            p.Fd = fd;
            p.Events = Interop.Libc.POLLIN;
            return p;
        }

        private static bool AllEnded(LineEvents[] streams)
        {
            foreach (LineEvents events in streams) if (events != null && !events.Ended) return false;
            return true;
        }

        // Raises the events of bytes a stream read ahead while another waited; true when there were some.
        private static bool ReadAhead(LineEvents[] streams)
        {
            bool any = false;
            foreach (LineEvents events in streams)
            {
                if (events != null && !events.Ended && (events.Fd < 0 || events.HasReadAhead))
                {
                    events.ReadAvailable();
                    any = true;
                }
            }
            return any;
        }
    }
}
