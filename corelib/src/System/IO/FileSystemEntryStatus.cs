using System.Runtime.InteropServices;

namespace System.IO
{
    [Flags]
    public enum FileAttributes
    {
        ReadOnly = 0x1, Hidden = 0x2, System = 0x4, Directory = 0x10, Archive = 0x20, Device = 0x40, Normal = 0x80,
        Temporary = 0x100, SparseFile = 0x200, ReparsePoint = 0x400, Compressed = 0x800, Offline = 0x1000,
        NotContentIndexed = 0x2000, Encrypted = 0x4000, IntegrityStream = 0x8000, NoScrubData = 0x20000
    }

    public enum SearchOption { TopDirectoryOnly = 0, AllDirectories = 1 }

    // What File, Directory and FileSystemInfo share about an entry of the file system, as .NET's FileStatus on Unix:
    // lstat for the entry itself (a link's own size, mode and times), stat of a link's target only for whether it
    // is a directory; attributes and times derived from them; and the calls that change them (chmod, utimensat).
    internal struct FileSystemEntryStatus
    {
        internal bool Exists;
        internal bool IsSymbolicLink;
        private bool _targetIsDirectory;
        internal Interop.Libc.FileStatus Status;
        internal int Errno; // why lstat failed, when it did

        private const int S_IFLNK = 0xA000;
        private const int S_IWUSR = 0x80, S_IWGRP = 0x10, S_IWOTH = 0x2;

        internal static FileSystemEntryStatus Of(string fullPath)
        {
            var entry = new FileSystemEntryStatus();
            if (Interop.Libc.lstat(fullPath, out entry.Status) != 0)
            {
                entry.Errno = Marshal.GetLastPInvokeError();
                return entry;
            }
            entry.Exists = true;
            entry.IsSymbolicLink = (entry.Status.Mode & Interop.Libc.S_IFMT) == S_IFLNK;
            Interop.Libc.FileStatus target;
            entry._targetIsDirectory = entry.IsSymbolicLink && Interop.Libc.stat(fullPath, out target) == 0 && target.IsDirectory;
            return entry;
        }

        // A directory, or a link to one.
        internal bool IsDirectory { get { return Exists && (Status.IsDirectory || _targetIsDirectory); } }

        internal bool IsReadOnly { get { return (Status.Mode & S_IWUSR) == 0; } }

        // ReadOnly from the owner's write permission, Hidden for names that start with a dot, ReparsePoint for
        // symbolic links, Normal when nothing else applies; -1 for an entry that does not exist.
        internal FileAttributes Attributes(string fullPath)
        {
            if (!Exists) return (FileAttributes)(-1);
            FileAttributes attributes = 0;
            if (IsReadOnly) attributes |= FileAttributes.ReadOnly;
            if (IsSymbolicLink) attributes |= FileAttributes.ReparsePoint;
            if (IsDirectory) attributes |= FileAttributes.Directory;
            string name = Path.GetFileName(Path.TrimEndingDirectorySeparator(fullPath));
            if (name.Length > 0 && name[0] == '.' && name != "." && name != "..") attributes |= FileAttributes.Hidden;
            return attributes != 0 ? attributes : FileAttributes.Normal;
        }

        // The times in UTC; 1601-01-01 (FILETIME zero) for an entry that does not exist, as .NET.
        internal DateTime LastWriteTimeUtc { get { return Time(Status.ModifySeconds, Status.ModifyNanoseconds); } }
        internal DateTime LastAccessTimeUtc { get { return Time(Status.AccessSeconds, Status.AccessNanoseconds); } }

        // Linux's stat has no birth time: the earlier of the change and modification times stands in, as .NET does
        // where statx is not used.
        internal DateTime CreationTimeUtc
        {
            get
            {
                if (Status.ChangeSeconds < Status.ModifySeconds
                    || (Status.ChangeSeconds == Status.ModifySeconds && Status.ChangeNanoseconds < Status.ModifyNanoseconds))
                    return Time(Status.ChangeSeconds, Status.ChangeNanoseconds);
                return LastWriteTimeUtc;
            }
        }

        private DateTime Time(long seconds, long nanoseconds)
        {
            if (!Exists) return DateTime.FromFileTimeUtc(0);
            return new DateTime(DateTime.UnixEpochTicks + seconds * TimeSpan.TicksPerSecond + nanoseconds / 100, DateTimeKind.Utc);
        }

        // ---- changes ----

        internal static void SetAttributes(string fullPath, FileAttributes attributes, bool asDirectory)
        {
            FileSystemEntryStatus entry = Of(fullPath);
            if (!entry.Exists) throw NotFound(fullPath, asDirectory, entry.Errno);
            const FileAttributes settable = FileAttributes.Archive | FileAttributes.Hidden | FileAttributes.Normal
                | FileAttributes.ReadOnly | FileAttributes.System | FileAttributes.Temporary | FileAttributes.Directory
                | FileAttributes.NotContentIndexed | FileAttributes.Offline | FileAttributes.ReparsePoint
                | FileAttributes.Compressed | FileAttributes.Encrypted | FileAttributes.SparseFile;
            if ((attributes & ~settable) != 0) throw new ArgumentException("Invalid File or Directory attributes value.", "attributes");
            int mode = (int)entry.Status.Mode & 0xFFF;
            int newMode = (attributes & FileAttributes.ReadOnly) != 0 ? mode & ~(S_IWUSR | S_IWGRP | S_IWOTH)
                : entry.IsReadOnly ? mode | S_IWUSR : mode;
            if (newMode != mode && Interop.Libc.chmod(fullPath, newMode) != 0) throw Interop.GetExceptionForLastIoError(fullPath, asDirectory);
        }

        // Sets the access and/or modification time (null leaves one as it is).
        internal static void SetTimes(string fullPath, DateTime? accessUtc, DateTime? writeUtc, bool asDirectory)
        {
            var times = new Interop.Libc.FileTimeSpec[2];
            times[0] = ToTimeSpec(accessUtc);
            times[1] = ToTimeSpec(writeUtc);
            if (Interop.Libc.utimensat(Interop.Libc.AT_FDCWD, fullPath, times, 0) != 0)
            {
                int errno = Marshal.GetLastPInvokeError();
                if (errno == Interop.Libc.ENOENT) throw NotFound(fullPath, asDirectory, errno);
                throw Interop.GetExceptionForIoErrno(errno, fullPath, asDirectory);
            }
        }

        private static Interop.Libc.FileTimeSpec ToTimeSpec(DateTime? utc)
        {
            var spec = new Interop.Libc.FileTimeSpec();
            if (utc == null)
            {
                spec.Nanoseconds = Interop.Libc.UTIME_OMIT;
                return spec;
            }
            long ticks = utc.Value.Ticks - DateTime.UnixEpochTicks;
            spec.Seconds = PosixTimeZoneRule.FloorDiv(ticks, TimeSpan.TicksPerSecond);
            spec.Nanoseconds = (ticks - spec.Seconds * TimeSpan.TicksPerSecond) * 100;
            return spec;
        }

        // A missing entry: FileNotFoundException for a file whose directory exists, else DirectoryNotFoundException.
        internal static Exception NotFound(string fullPath, bool asDirectory, int errno)
        {
            if (errno != Interop.Libc.ENOENT && errno != Interop.Libc.ENOTDIR && errno != 0) return Interop.GetExceptionForIoErrno(errno, fullPath, asDirectory);
            bool directory = asDirectory || !Directory.Exists(Path.GetDirectoryName(fullPath));
            return Interop.GetExceptionForIoErrno(Interop.Libc.ENOENT, fullPath, directory);
        }

        // ---- symbolic links ----

        internal static void CreateSymbolicLink(string fullPath, string pathToTarget, bool asDirectory)
        {
            if (pathToTarget == null) throw new ArgumentNullException("pathToTarget");
            if (pathToTarget.Length == 0) throw new ArgumentException("The value cannot be an empty string.", "pathToTarget");
            if (Of(fullPath).Exists)
                throw new IOException("Cannot create '" + fullPath + "' because a file or directory with the same name already exists.");
            if (Interop.Libc.symlink(pathToTarget, fullPath) != 0) throw Interop.GetExceptionForLastIoError(fullPath, asDirectory);
        }

        // The path a link names, as written in the link; null when fullPath is not a link.
        internal static string LinkTarget(string fullPath) { return Interop.Libc.ReadLink(fullPath); }

        // What a link points at (relative targets resolved against the link's directory), or, with
        // returnFinalTarget, the end of the chain of links; null when fullPath is not a link.
        internal static string ResolveLinkTarget(string fullPath, bool returnFinalTarget)
        {
            string target = LinkTarget(fullPath);
            if (target == null) return null;
            string current = Path.GetFullPath(target, Path.GetDirectoryName(fullPath));
            for (int hops = 0; returnFinalTarget; hops++)
            {
                string next = LinkTarget(current);
                if (next == null) break;
                if (hops == 40) throw new IOException("Too many levels of symbolic links : '" + fullPath + "'");
                current = Path.GetFullPath(next, Path.GetDirectoryName(current));
            }
            return current;
        }

        // Unspecified counts as UTC for the *Utc setters, as .NET.
        internal static DateTime ToUtc(DateTime time, bool givenAsUtc)
        {
            if (givenAsUtc && time.Kind == DateTimeKind.Unspecified) return DateTime.SpecifyKind(time, DateTimeKind.Utc);
            return time.ToUniversalTime();
        }
    }
}
