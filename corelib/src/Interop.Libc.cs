using System;
using System.IO;
using System.Runtime.InteropServices;

// The C library functions the core library calls, through P/Invoke as .NET's Interop.Sys does (the compiler binds
// each at its first call, so a program that never calls one never loads anything).
internal static partial class Interop
{
    internal static partial class Libc
    {
        [DllImport("libc")] internal static extern IntPtr malloc(UIntPtr size);
        [DllImport("libc")] internal static extern IntPtr realloc(IntPtr ptr, UIntPtr size);
        [DllImport("libc")] internal static extern void free(IntPtr ptr);
        [DllImport("libc")] internal static extern UIntPtr strlen(IntPtr s);
        [DllImport("libc")] internal static extern IntPtr strerror(int errnum);

        // Linux x86-64 values of the open(2) flags and errno codes
        internal const int O_RDONLY = 0x0, O_WRONLY = 0x1, O_RDWR = 0x2, O_CREAT = 0x40, O_EXCL = 0x80, O_TRUNC = 0x200,
            O_CLOEXEC = 0x80000;
        internal const int SEEK_SET = 0, SEEK_CUR = 1, SEEK_END = 2;
        internal const int EPERM = 1, ENOENT = 2, EINTR = 4, EBADF = 9, EACCES = 13, EEXIST = 17, ENOTDIR = 20, EISDIR = 21,
            EFBIG = 27, ENAMETOOLONG = 36, ENOTEMPTY = 39;
        internal const int S_IFMT = 0xF000, S_IFDIR = 0x4000;

        // struct stat of glibc on x86-64
        internal struct FileStatus
        {
            internal ulong Device, Inode, LinkCount;
            internal uint Mode, Uid, Gid;
            internal int Padding;
            internal ulong SpecialDevice;
            internal long Size, BlockSize, Blocks;
            internal long AccessSeconds, AccessNanoseconds, ModifySeconds, ModifyNanoseconds, ChangeSeconds, ChangeNanoseconds;
            internal long Reserved0, Reserved1, Reserved2;

            internal bool IsDirectory { get { return (Mode & S_IFMT) == S_IFDIR; } }
        }

        [DllImport("libc", SetLastError = true)] internal static extern int open(string path, int flags, int mode);
        [DllImport("libc", SetLastError = true)] internal static extern int close(int fd);
        [DllImport("libc", SetLastError = true)] internal static extern unsafe long read(int fd, byte* buffer, UIntPtr count);
        [DllImport("libc", SetLastError = true)] internal static extern unsafe long write(int fd, byte* buffer, UIntPtr count);
        [DllImport("libc", SetLastError = true)] internal static extern long lseek(int fd, long offset, int whence);
        [DllImport("libc", SetLastError = true)] internal static extern int fstat(int fd, out FileStatus status);
        [DllImport("libc", SetLastError = true)] internal static extern int stat(string path, out FileStatus status);
        [DllImport("libc", SetLastError = true)] internal static extern int ftruncate(int fd, long length);
        [DllImport("libc", SetLastError = true)] internal static extern int fsync(int fd);
        [DllImport("libc", SetLastError = true)] internal static extern int flock(int fd, int operation);
        internal const int LOCK_SH = 1, LOCK_EX = 2, LOCK_NB = 4, EWOULDBLOCK = 11;
        [DllImport("libc", SetLastError = true)] internal static extern int unlink(string path);
        [DllImport("libc", SetLastError = true)] internal static extern int rename(string from, string to);
        [DllImport("libc", SetLastError = true)] internal static extern int mkdir(string path, int mode);
        [DllImport("libc", SetLastError = true)] internal static extern int rmdir(string path);
        [DllImport("libc", SetLastError = true)] internal static extern IntPtr opendir(string path);
        [DllImport("libc", SetLastError = true)] internal static extern IntPtr readdir(IntPtr dir);
        [DllImport("libc")] internal static extern int closedir(IntPtr dir);
        [DllImport("libc", SetLastError = true)] internal static extern unsafe long readlink(string path, byte* buffer, UIntPtr size);
        [DllImport("libc", SetLastError = true)] internal static extern int lstat(string path, out FileStatus status);
        [DllImport("libc", SetLastError = true)] internal static extern int chmod(string path, int mode);
        // (named apart from the process code's own declarations of chdir and struct timespec)
        [DllImport("libc", EntryPoint = "chdir", SetLastError = true)] internal static extern int ChangeDirectory(string path);
        [DllImport("libc", SetLastError = true)] internal static extern int utimensat(int dirfd, string path, FileTimeSpec[] times, int flags);
        [DllImport("libc", SetLastError = true)] internal static extern int mkstemps(byte[] template, int suffixLength);
        [DllImport("libc", SetLastError = true)] internal static extern int symlink(string target, string linkPath);
        internal const int AT_FDCWD = -100;
        internal const long UTIME_OMIT = (1L << 30) - 2;

        // struct timespec, as utimensat takes it
        internal struct FileTimeSpec
        {
            internal long Seconds, Nanoseconds;
        }

        // The target of a symbolic link, or null when the path is not one.
        internal static unsafe string ReadLink(string path)
        {
            byte[] buffer = new byte[4096];
            long n;
            fixed (byte* p = buffer) n = readlink(path, p, new UIntPtr((uint)buffer.Length));
            if (n < 0) return null;
            return System.Text.Encoding.UTF8.GetString(buffer, 0, (int)n);
        }

        internal static string ErrorMessage(int errno)
        {
            return Marshal.PtrToStringUTF8(strerror(errno));
        }
    }

    // The exception .NET throws for an errno from a file operation on path (Interop.GetExceptionForIoErrno).
    // isDirectory blames a missing directory rather than a missing file for ENOENT.
    internal static Exception GetExceptionForIoErrno(int errno, string path, bool isDirectory)
    {
        switch (errno)
        {
            case Libc.ENOENT:
                if (isDirectory)
                    return new DirectoryNotFoundException(path == null ? "Could not find a part of the path."
                        : "Could not find a part of the path '" + path + "'.");
                return new FileNotFoundException(path == null ? "Unable to find the specified file."
                    : "Could not find file '" + path + "'.", path);
            case Libc.EACCES:
            case Libc.EBADF:
            case Libc.EPERM:
                return new UnauthorizedAccessException(path == null ? "Access to the path is denied."
                    : "Access to the path '" + path + "' is denied.");
            case Libc.ENAMETOOLONG:
                return new PathTooLongException(path == null ? "The specified file name or path is too long, or a component of the specified path is too long."
                    : "The path '" + path + "' is too long, or a component of the specified path is too long.");
            case Libc.EEXIST:
                return new IOException(path == null ? "The file already exists." : "The file '" + path + "' already exists.");
            case Libc.EFBIG:
                return new ArgumentOutOfRangeException("value", "Specified file length was too large for the file system.");
            default:
                string message = Libc.ErrorMessage(errno);
                return new IOException(string.IsNullOrEmpty(path) ? message : message + " : '" + path + "'");
        }
    }

    internal static Exception GetExceptionForLastIoError(string path, bool isDirectory)
    {
        return GetExceptionForIoErrno(Marshal.GetLastPInvokeError(), path, isDirectory);
    }
}
