using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace System.IO
{
    public enum FileMode { CreateNew = 1, Create = 2, Open = 3, OpenOrCreate = 4, Truncate = 5, Append = 6 }

    [Flags]
    public enum FileAccess { Read = 1, Write = 2, ReadWrite = 3 }

    [Flags]
    public enum FileShare { None = 0, Read = 1, Write = 2, ReadWrite = 3, Delete = 4, Inheritable = 16 }

    [Flags]
    public enum FileOptions { None = 0, Encrypted = 0x4000, DeleteOnClose = 0x4000000, SequentialScan = 0x8000000,
        RandomAccess = 0x10000000, Asynchronous = 0x40000000, WriteThrough = unchecked((int)0x80000000) }

    // A file through the C library's open/read/write/lseek/fstat/ftruncate/close (Interop.Libc), buffered as .NET's
    // BufferedFileStreamStrategy: one buffer holds either bytes read ahead or bytes not yet written, never both.
    // FileShare is an advisory lock, as .NET on Unix takes it on local file systems: FileShare.None an exclusive
    // flock, anything else a shared one, so that streams that exclude each other (in any process doing the same) do.
    public class FileStream : Stream
    {
        private const int DefaultBufferSize = 4096;

        private int _fd = -1;
        private SafeFileHandle _handle; // the descriptor's SafeFileHandle once there is one: it then closes the descriptor
        private readonly string _path;
        private readonly FileAccess _access;
        private readonly bool _canSeek;
        private readonly bool _isAsync;
        private readonly long _appendStart = -1;
        private readonly byte[] _buffer;
        private int _readPos, _readLen, _writePos;
        private long _filePosition; // the descriptor's offset, which the buffer runs ahead of or behind

        public FileStream(string path, FileMode mode) : this(path, mode, mode == FileMode.Append ? FileAccess.Write : FileAccess.ReadWrite, FileShare.Read) { }
        public FileStream(string path, FileMode mode, FileAccess access) : this(path, mode, access, FileShare.Read) { }
        public FileStream(string path, FileMode mode, FileAccess access, FileShare share) : this(path, mode, access, share, DefaultBufferSize) { }
        public FileStream(string path, FileMode mode, FileAccess access, FileShare share, int bufferSize) : this(path, mode, access, share, bufferSize, FileOptions.None) { }
        public FileStream(string path, FileMode mode, FileAccess access, FileShare share, int bufferSize, bool useAsync)
            : this(path, mode, access, share, bufferSize, useAsync ? FileOptions.Asynchronous : FileOptions.None) { }

        public FileStream(string path, FileMode mode, FileAccess access, FileShare share, int bufferSize, FileOptions options)
        {
            Validate(path, mode, access, share, bufferSize);
            _path = Path.GetFullPath(path);
            _access = access;
            _isAsync = (options & FileOptions.Asynchronous) != 0;
            _fd = Open(_path, mode, access);
            Interop.Libc.FileStatus status;
            if (Interop.Libc.fstat(_fd, out status) != 0) throw Fail(false);
            if (status.IsDirectory)
            {
                Interop.Libc.close(_fd);
                _fd = -1;
                throw Interop.GetExceptionForIoErrno(Interop.Libc.EACCES, _path, false);
            }
            Lock(share);
            _canSeek = Interop.Libc.lseek(_fd, 0, Interop.Libc.SEEK_CUR) >= 0;
            if (mode == FileMode.Append && _canSeek)
            {
                _appendStart = _filePosition = Interop.Libc.lseek(_fd, 0, Interop.Libc.SEEK_END);
            }
            _buffer = new byte[bufferSize <= 1 ? 1 : bufferSize];
        }

        // A stream over a descriptor opened elsewhere: it owns the handle from now on (Dispose closes it) and starts at
        // the descriptor's current offset, as .NET on Unix.
        public FileStream(SafeFileHandle handle, FileAccess access) : this(handle, access, DefaultBufferSize) { }

        public FileStream(SafeFileHandle handle, FileAccess access, int bufferSize)
        {
            if (handle == null) throw new ArgumentNullException("handle");
            if (handle.IsInvalid) throw new ArgumentException("Invalid handle.", "handle");
            if (access < FileAccess.Read || access > FileAccess.ReadWrite) throw new ArgumentOutOfRangeException("access", "Enum value was out of legal range.");
            if (bufferSize < 0) throw new ArgumentOutOfRangeException("bufferSize", "Positive number required.");
            if (handle.IsClosed) throw new ObjectDisposedException(null, "Safe handle has been closed.");
            _handle = handle;
            _fd = (int)handle.DangerousGetHandle();
            _path = "[Unknown]";
            _access = access;
            long offset = Interop.Libc.lseek(_fd, 0, Interop.Libc.SEEK_CUR);
            _canSeek = offset >= 0;
            _filePosition = _canSeek ? offset : 0;
            _buffer = new byte[bufferSize <= 1 ? 1 : bufferSize];
        }

        // The descriptor as a SafeFileHandle; pending writes reach the file first and bytes read ahead are given back,
        // so that the descriptor's offset is the stream's position.
        public virtual SafeFileHandle SafeFileHandle
        {
            get
            {
                if (_fd >= 0)
                {
                    FlushWrite();
                    DiscardReadAhead();
                }
                if (_handle == null) _handle = new SafeFileHandle((IntPtr)_fd, true);
                return _handle;
            }
        }

        [Obsolete("FileStream.Handle has been deprecated. Use FileStream's SafeFileHandle property instead.")]
        public virtual IntPtr Handle { get { return SafeFileHandle.DangerousGetHandle(); } }

        private static void Validate(string path, FileMode mode, FileAccess access, FileShare share, int bufferSize)
        {
            if (path == null) throw new ArgumentNullException("path");
            if (path.Length == 0) throw new ArgumentException("Empty path name is not legal.", "path");
            if (mode < FileMode.CreateNew || mode > FileMode.Append) throw new ArgumentOutOfRangeException("mode", "Enum value was out of legal range.");
            if (access < FileAccess.Read || access > FileAccess.ReadWrite) throw new ArgumentOutOfRangeException("access", "Enum value was out of legal range.");
            if (bufferSize < 0) throw new ArgumentOutOfRangeException("bufferSize", "Positive number required.");
            if ((access & FileAccess.Write) == 0 && (mode == FileMode.Truncate || mode == FileMode.CreateNew || mode == FileMode.Create || mode == FileMode.Append))
                throw new ArgumentException("Combining FileMode: " + mode + " with FileAccess: " + access + " is invalid.", "access");
            if (mode == FileMode.Append && (access & FileAccess.Read) != 0)
                throw new ArgumentException("Append access can be requested only in write-only mode.", "access");
        }

        private static int Open(string path, FileMode mode, FileAccess access)
        {
            int flags = Interop.Libc.O_CLOEXEC;
            flags |= access == FileAccess.Read ? Interop.Libc.O_RDONLY : access == FileAccess.Write ? Interop.Libc.O_WRONLY : Interop.Libc.O_RDWR;
            switch (mode)
            {
                case FileMode.CreateNew: flags |= Interop.Libc.O_CREAT | Interop.Libc.O_EXCL; break;
                case FileMode.Create: flags |= Interop.Libc.O_CREAT | Interop.Libc.O_TRUNC; break;
                case FileMode.OpenOrCreate: case FileMode.Append: flags |= Interop.Libc.O_CREAT; break;
                case FileMode.Truncate: flags |= Interop.Libc.O_TRUNC; break;
            }
            int fd = Interop.Libc.open(path, flags, 438 /* 0666, less the umask */);
            if (fd < 0)
            {
                int errno = Marshal.GetLastPInvokeError();
                // as .NET (compatible with Windows): a directory opened for writing is access denied
                if (errno == Interop.Libc.EISDIR) errno = Interop.Libc.EACCES;
                // a missing path blames the directory when creating, or when the directory itself is missing (as .NET)
                bool directory = errno == Interop.Libc.ENOENT
                    && ((flags & Interop.Libc.O_CREAT) != 0 || !Directory.Exists(Path.GetDirectoryName(path)));
                throw Interop.GetExceptionForIoErrno(errno, path, directory);
            }
            return fd;
        }

        private void Lock(FileShare share)
        {
            int operation = share == FileShare.None ? Interop.Libc.LOCK_EX : Interop.Libc.LOCK_SH;
            if (Interop.Libc.flock(_fd, operation | Interop.Libc.LOCK_NB) == 0) return;
            if (Marshal.GetLastPInvokeError() == Interop.Libc.EWOULDBLOCK)
            {
                Interop.Libc.close(_fd);
                _fd = -1;
                throw new IOException("The process cannot access the file '" + _path + "' because it is being used by another process.");
            }
        }

        private Exception Fail(bool directory) { return Interop.GetExceptionForLastIoError(_path, directory); }

        public string Name { get { return _path; } }
        public override bool CanRead { get { return _fd >= 0 && (_access & FileAccess.Read) != 0; } }
        public override bool CanWrite { get { return _fd >= 0 && (_access & FileAccess.Write) != 0; } }
        public override bool CanSeek { get { return _fd >= 0 && _canSeek; } }
        // Opened for asynchronous use; the async methods complete on the run loop either way.
        public virtual bool IsAsync { get { return _isAsync; } }

        private void EnsureOpen()
        {
            if (_fd < 0) throw new ObjectDisposedException(null, "Cannot access a closed file.");
        }

        private void EnsureSeekable()
        {
            EnsureOpen();
            if (!_canSeek) throw new NotSupportedException("Stream does not support seeking.");
        }

        public override long Length
        {
            get
            {
                EnsureSeekable();
                Interop.Libc.FileStatus status;
                if (Interop.Libc.fstat(_fd, out status) != 0) throw Fail(false);
                long length = status.Size;
                // bytes written into the buffer beyond the end of the file count
                return Math.Max(length, _filePosition + _writePos);
            }
        }

        public override long Position
        {
            get
            {
                EnsureSeekable();
                return _filePosition - (_readLen - _readPos) + _writePos;
            }
            set
            {
                if (value < 0) throw new ArgumentOutOfRangeException("value", "Non-negative number required.");
                Seek(value, SeekOrigin.Begin);
            }
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            ValidateBufferArguments(buffer, offset, count);
            EnsureOpen();
            if ((_access & FileAccess.Read) == 0) throw new NotSupportedException("Stream does not support reading.");
            if (_writePos > 0) FlushWrite();
            int available = _readLen - _readPos;
            if (available == 0)
            {
                if (count >= _buffer.Length) return ReadNative(buffer, offset, count);
                _readPos = 0;
                _readLen = ReadNative(_buffer, 0, _buffer.Length);
                available = _readLen;
                if (available == 0) return 0;
            }
            int n = Math.Min(available, count);
            Array.Copy(_buffer, _readPos, buffer, offset, n);
            _readPos += n;
            return n;
        }

        public override int ReadByte()
        {
            if (_readPos < _readLen) return _buffer[_readPos++];
            return base.ReadByte();
        }

        private unsafe int ReadNative(byte[] buffer, int offset, int count)
        {
            if (count == 0) return 0;
            long n;
            fixed (byte* p = &buffer[offset])
            {
                do { n = Interop.Libc.read(_fd, p, new UIntPtr((uint)count)); }
                while (n < 0 && Marshal.GetLastPInvokeError() == Interop.Libc.EINTR);
            }
            if (n < 0) throw Fail(false);
            _filePosition += n;
            return (int)n;
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            ValidateBufferArguments(buffer, offset, count);
            EnsureOpen();
            if ((_access & FileAccess.Write) == 0) throw new NotSupportedException("Stream does not support writing.");
            DiscardReadAhead();
            if (_writePos + count <= _buffer.Length)
            {
                Array.Copy(buffer, offset, _buffer, _writePos, count);
                _writePos += count;
                return;
            }
            FlushWrite();
            if (count >= _buffer.Length)
            {
                WriteNative(buffer, offset, count);
                return;
            }
            Array.Copy(buffer, offset, _buffer, 0, count);
            _writePos = count;
        }

        public override void WriteByte(byte value)
        {
            EnsureOpen();
            if ((_access & FileAccess.Write) == 0) throw new NotSupportedException("Stream does not support writing.");
            DiscardReadAhead();
            if (_writePos == _buffer.Length) FlushWrite();
            _buffer[_writePos++] = value;
        }

        private unsafe void WriteNative(byte[] buffer, int offset, int count)
        {
            while (count > 0)
            {
                long n;
                fixed (byte* p = &buffer[offset]) n = Interop.Libc.write(_fd, p, new UIntPtr((uint)count));
                if (n < 0)
                {
                    if (Marshal.GetLastPInvokeError() == Interop.Libc.EINTR) continue;
                    throw Fail(false);
                }
                _filePosition += n;
                offset += (int)n;
                count -= (int)n;
            }
        }

        private void FlushWrite()
        {
            if (_writePos > 0)
            {
                int n = _writePos;
                _writePos = 0;
                WriteNative(_buffer, 0, n);
            }
        }

        // Bytes read ahead are given back to the file so that the descriptor's offset is the stream's position.
        private void DiscardReadAhead()
        {
            int ahead = _readLen - _readPos;
            if (ahead > 0 && _canSeek)
            {
                _filePosition = SeekNative(-ahead, Interop.Libc.SEEK_CUR);
            }
            _readPos = _readLen = 0;
        }

        private long SeekNative(long offset, int whence)
        {
            long position = Interop.Libc.lseek(_fd, offset, whence);
            if (position < 0) throw Fail(false);
            return position;
        }

        public override long Seek(long offset, SeekOrigin origin)
        {
            EnsureSeekable();
            if (origin < SeekOrigin.Begin || origin > SeekOrigin.End) throw new ArgumentException("Invalid seek origin.", "origin");
            long target = origin == SeekOrigin.Begin ? offset : origin == SeekOrigin.Current ? Position + offset : Length + offset;
            if (target < 0) throw new IOException("An attempt was made to move the position before the beginning of the stream.");
            if (_appendStart >= 0 && target < _appendStart)
                throw new IOException("Unable seek backward to overwrite data that previously existed in a file opened in Append mode.");
            FlushWrite();
            DiscardReadAhead();
            _filePosition = SeekNative(target, Interop.Libc.SEEK_SET);
            return _filePosition;
        }

        public override void SetLength(long value)
        {
            if (value < 0) throw new ArgumentOutOfRangeException("value", "Non-negative number required.");
            EnsureSeekable();
            if ((_access & FileAccess.Write) == 0) throw new NotSupportedException("Stream does not support writing.");
            if (_appendStart >= 0 && value < _appendStart)
                throw new IOException("Unable to truncate data that previously existed in a file opened in Append mode.");
            FlushWrite();
            DiscardReadAhead();
            if (Interop.Libc.ftruncate(_fd, value) != 0) throw Fail(false);
            if (_filePosition > value) _filePosition = SeekNative(value, Interop.Libc.SEEK_SET);
        }

        public override void Flush()
        {
            EnsureOpen();
            FlushWrite();
        }

        public virtual void Flush(bool flushToDisk)
        {
            Flush();
            if (flushToDisk) Interop.Libc.fsync(_fd);
        }

        protected override void Dispose(bool disposing)
        {
            if (_fd >= 0)
            {
                try
                {
                    FlushWrite();
                }
                finally
                {
                    if (_handle != null) _handle.Dispose();
                    else Interop.Libc.close(_fd);
                    _fd = -1;
                }
            }
            base.Dispose(disposing);
        }
    }
}
