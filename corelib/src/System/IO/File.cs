using System.Collections.Generic;
using System.Text;

using System.Runtime.InteropServices;

namespace System.IO
{
    // Whole-file operations over FileStream and the C library. Text is written as UTF-8 without a byte order mark
    // and read with the mark detected, as .NET does.
    public static partial class File
    {
        private static void CheckPath(string path)
        {
            if (path == null) throw new ArgumentNullException("path");
            if (path.Length == 0) throw new ArgumentException("Empty path name is not legal.", "path");
        }

        public static bool Exists(string path)
        {
            if (string.IsNullOrEmpty(path)) return false;
            // stat follows links; a dangling link still exists (lstat), as .NET sees it
            Interop.Libc.FileStatus status;
            string full = Path.GetFullPath(path);
            if (Interop.Libc.stat(full, out status) != 0 && Interop.Libc.lstat(full, out status) != 0) return false;
            return !status.IsDirectory;
        }

        public static void Delete(string path)
        {
            CheckPath(path);
            string full = Path.GetFullPath(path);
            if (Interop.Libc.unlink(full) == 0) return;
            int errno = Marshal.GetLastPInvokeError();
            // a file that is not there is no error, unless its directory is not there either
            if (errno == Interop.Libc.ENOENT)
            {
                if (Directory.Exists(Path.GetDirectoryName(full))) return;
                throw Interop.GetExceptionForIoErrno(errno, full, true);
            }
            if (errno == Interop.Libc.EISDIR) errno = Interop.Libc.EACCES;
            throw Interop.GetExceptionForIoErrno(errno, full, false);
        }

        public static void Move(string sourceFileName, string destFileName) { Move(sourceFileName, destFileName, false); }

        public static void Move(string sourceFileName, string destFileName, bool overwrite)
        {
            if (sourceFileName == null) throw new ArgumentNullException("sourceFileName");
            if (destFileName == null) throw new ArgumentNullException("destFileName");
            if (sourceFileName.Length == 0) throw new ArgumentException("Empty file name is not legal.", "sourceFileName");
            if (destFileName.Length == 0) throw new ArgumentException("Empty file name is not legal.", "destFileName");
            string from = Path.GetFullPath(sourceFileName), to = Path.GetFullPath(destFileName);
            if (!Exists(from)) throw Interop.GetExceptionForIoErrno(Interop.Libc.ENOENT, from, false);
            if (!overwrite && FileSystemEntryStatus.Of(to).Exists) throw Interop.GetExceptionForIoErrno(Interop.Libc.EEXIST, to, false);
            if (Interop.Libc.rename(from, to) == 0) return;
            int errno = Marshal.GetLastPInvokeError();
            if (errno == EXDEV)
            {
                // another file system: copy, then delete the source, as .NET
                Copy(from, to, overwrite);
                Delete(from);
                return;
            }
            if (errno == Interop.Libc.EISDIR) errno = Interop.Libc.EACCES;
            throw Interop.GetExceptionForIoErrno(errno, to, errno == Interop.Libc.ENOENT);
        }

        private const int EXDEV = 18;

        public static void Copy(string sourceFileName, string destFileName) { Copy(sourceFileName, destFileName, false); }

        public static void Copy(string sourceFileName, string destFileName, bool overwrite)
        {
            if (sourceFileName == null) throw new ArgumentNullException("sourceFileName");
            if (destFileName == null) throw new ArgumentNullException("destFileName");
            if (sourceFileName.Length == 0) throw new ArgumentException("Empty file name is not legal.", "sourceFileName");
            if (destFileName.Length == 0) throw new ArgumentException("Empty file name is not legal.", "destFileName");
            using (var from = new FileStream(sourceFileName, FileMode.Open, FileAccess.Read, FileShare.Read, 1))
            {
                string to = Path.GetFullPath(destFileName);
                if (FileSystemEntryStatus.Of(to).IsDirectory) throw Interop.GetExceptionForIoErrno(Interop.Libc.EACCES, to, false);
                using (var dest = new FileStream(to, overwrite ? FileMode.Create : FileMode.CreateNew, FileAccess.Write, FileShare.None, 1))
                {
                    from.CopyTo(dest, CopyBufferSize);
                }
                // the copy gets the source's permissions, as .NET
                Interop.Libc.FileStatus status;
                if (Interop.Libc.stat(from.Name, out status) == 0) Interop.Libc.chmod(to, (int)status.Mode & 0xFFF);
            }
        }

        private const int CopyBufferSize = 1 << 17;

        // ---- symbolic links (.NET 6) ----

        public static FileSystemInfo CreateSymbolicLink(string path, string pathToTarget)
        {
            CheckPath(path);
            string full = Path.GetFullPath(path);
            FileSystemEntryStatus.CreateSymbolicLink(full, pathToTarget, false);
            return new FileInfo(path);
        }

        public static FileSystemInfo ResolveLinkTarget(string linkPath, bool returnFinalTarget)
        {
            if (linkPath == null) throw new ArgumentNullException("linkPath");
            string target = FileSystemEntryStatus.ResolveLinkTarget(Path.GetFullPath(linkPath), returnFinalTarget);
            return target == null ? null : new FileInfo(target);
        }

        // ---- attributes and times ----

        public static FileAttributes GetAttributes(string path)
        {
            CheckPath(path);
            string full = Path.GetFullPath(path);
            FileSystemEntryStatus entry = FileSystemEntryStatus.Of(Path.TrimEndingDirectorySeparator(full));
            if (!entry.Exists) throw FileSystemEntryStatus.NotFound(full, false, entry.Errno);
            return entry.Attributes(full);
        }

        public static void SetAttributes(string path, FileAttributes fileAttributes)
        {
            CheckPath(path);
            FileSystemEntryStatus.SetAttributes(Path.GetFullPath(path), fileAttributes, false);
        }

        private static FileSystemEntryStatus StatusOf(string path)
        {
            CheckPath(path);
            return FileSystemEntryStatus.Of(Path.GetFullPath(path));
        }

        public static DateTime GetCreationTime(string path) { return StatusOf(path).CreationTimeUtc.ToLocalTime(); }
        public static DateTime GetCreationTimeUtc(string path) { return StatusOf(path).CreationTimeUtc; }
        public static DateTime GetLastWriteTime(string path) { return StatusOf(path).LastWriteTimeUtc.ToLocalTime(); }
        public static DateTime GetLastWriteTimeUtc(string path) { return StatusOf(path).LastWriteTimeUtc; }
        public static DateTime GetLastAccessTime(string path) { return StatusOf(path).LastAccessTimeUtc.ToLocalTime(); }
        public static DateTime GetLastAccessTimeUtc(string path) { return StatusOf(path).LastAccessTimeUtc; }

        private static void SetTimes(string path, DateTime? accessUtc, DateTime? writeUtc)
        {
            CheckPath(path);
            FileSystemEntryStatus.SetTimes(Path.GetFullPath(path), accessUtc, writeUtc, false);
        }

        public static void SetLastWriteTime(string path, DateTime lastWriteTime) { SetTimes(path, null, FileSystemEntryStatus.ToUtc(lastWriteTime, false)); }
        public static void SetLastWriteTimeUtc(string path, DateTime lastWriteTimeUtc) { SetTimes(path, null, FileSystemEntryStatus.ToUtc(lastWriteTimeUtc, true)); }
        public static void SetLastAccessTime(string path, DateTime lastAccessTime) { SetTimes(path, FileSystemEntryStatus.ToUtc(lastAccessTime, false), null); }
        public static void SetLastAccessTimeUtc(string path, DateTime lastAccessTimeUtc) { SetTimes(path, FileSystemEntryStatus.ToUtc(lastAccessTimeUtc, true), null); }
        // Linux has no settable birth time: .NET sets the modification time instead
        public static void SetCreationTime(string path, DateTime creationTime) { SetLastWriteTime(path, creationTime); }
        public static void SetCreationTimeUtc(string path, DateTime creationTimeUtc) { SetLastWriteTimeUtc(path, creationTimeUtc); }

        public static FileStream Open(string path, FileMode mode) { return new FileStream(path, mode, mode == FileMode.Append ? FileAccess.Write : FileAccess.ReadWrite, FileShare.None); }
        public static FileStream Open(string path, FileMode mode, FileAccess access) { return new FileStream(path, mode, access, FileShare.None); }
        public static FileStream Open(string path, FileMode mode, FileAccess access, FileShare share) { return new FileStream(path, mode, access, share); }
        public static FileStream OpenRead(string path) { return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read); }
        public static FileStream OpenWrite(string path) { return new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.None); }
        public static FileStream Create(string path) { return new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None); }
        public static FileStream Create(string path, int bufferSize) { return new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, bufferSize); }

        public static StreamReader OpenText(string path) { return new StreamReader(OpenRead(path)); }
        public static StreamWriter CreateText(string path) { return new StreamWriter(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read)); }
        public static StreamWriter AppendText(string path) { return new StreamWriter(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read)); }

        public static byte[] ReadAllBytes(string path)
        {
            CheckPath(path);
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1))
            {
                long length = stream.CanSeek ? stream.Length : 0;
                if (length > int.MaxValue) throw new IOException("The file is too long. This operation is currently limited to supporting files less than 2 gigabytes in size.");
                byte[] bytes = new byte[length];
                int total = 0;
                while (total < bytes.Length)
                {
                    int n = stream.Read(bytes, total, bytes.Length - total);
                    if (n == 0) break;
                    total += n;
                }
                if (total < bytes.Length)
                {
                    byte[] shorter = new byte[total];
                    Array.Copy(bytes, shorter, total);
                    return shorter;
                }
                // a file whose size is not known ahead (/proc, a pipe) has more than it said: read it to its end
                int next = stream.ReadByte();
                if (next < 0) return bytes;
                var rest = new MemoryStream(Math.Max(total * 2, 4096));
                rest.Write(bytes, 0, total);
                rest.WriteByte((byte)next);
                stream.CopyTo(rest);
                return rest.ToArray();
            }
        }

        public static void WriteAllBytes(string path, byte[] bytes)
        {
            CheckPath(path);
            if (bytes == null) throw new ArgumentNullException("bytes");
            using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1))
            {
                stream.Write(bytes, 0, bytes.Length);
            }
        }

        public static void AppendAllBytes(string path, byte[] bytes)
        {
            CheckPath(path);
            if (bytes == null) throw new ArgumentNullException("bytes");
            using (var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read, 1))
            {
                stream.Write(bytes, 0, bytes.Length);
            }
        }

        public static string ReadAllText(string path) { return ReadAllText(path, Encoding.UTF8); }

        public static string ReadAllText(string path, Encoding encoding)
        {
            CheckPath(path);
            if (encoding == null) throw new ArgumentNullException("encoding");
            using (var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read), encoding, true))
            {
                return reader.ReadToEnd();
            }
        }

        public static string[] ReadAllLines(string path) { return ReadAllLines(path, Encoding.UTF8); }

        public static string[] ReadAllLines(string path, Encoding encoding)
        {
            CheckPath(path);
            if (encoding == null) throw new ArgumentNullException("encoding");
            var lines = new List<string>();
            using (var reader = new StreamReader(path, encoding, true))
            {
                string line;
                while ((line = reader.ReadLine()) != null) lines.Add(line);
            }
            return lines.ToArray();
        }

        public static IEnumerable<string> ReadLines(string path) { return ReadLines(path, Encoding.UTF8); }

        public static IEnumerable<string> ReadLines(string path, Encoding encoding)
        {
            CheckPath(path);
            if (encoding == null) throw new ArgumentNullException("encoding");
            return new ReadLinesIterator(path, encoding);
        }

        private static readonly Encoding Utf8NoBom = new UTF8Encoding(false);

        public static void WriteAllText(string path, string contents) { Write(path, FileMode.Create, contents, Utf8NoBom); }
        public static void WriteAllText(string path, string contents, Encoding encoding) { Write(path, FileMode.Create, contents, encoding); }
        public static void AppendAllText(string path, string contents) { Write(path, FileMode.Append, contents, Utf8NoBom); }
        public static void AppendAllText(string path, string contents, Encoding encoding) { Write(path, FileMode.Append, contents, encoding); }

        public static void WriteAllLines(string path, IEnumerable<string> contents) { WriteLines(path, FileMode.Create, contents, Utf8NoBom); }
        public static void WriteAllLines(string path, string[] contents) { WriteLines(path, FileMode.Create, contents, Utf8NoBom); }
        public static void WriteAllLines(string path, IEnumerable<string> contents, Encoding encoding) { WriteLines(path, FileMode.Create, contents, encoding); }
        public static void AppendAllLines(string path, IEnumerable<string> contents) { WriteLines(path, FileMode.Append, contents, Utf8NoBom); }
        public static void AppendAllLines(string path, IEnumerable<string> contents, Encoding encoding) { WriteLines(path, FileMode.Append, contents, encoding); }

        private static StreamWriter Writer(string path, FileMode mode, Encoding encoding)
        {
            CheckPath(path);
            if (encoding == null) throw new ArgumentNullException("encoding");
            return new StreamWriter(new FileStream(path, mode, FileAccess.Write, FileShare.Read), encoding);
        }

        private static void Write(string path, FileMode mode, string contents, Encoding encoding)
        {
            using (StreamWriter writer = Writer(path, mode, encoding))
            {
                writer.Write(contents);
            }
        }

        private static void WriteLines(string path, FileMode mode, IEnumerable<string> contents, Encoding encoding)
        {
            if (contents == null) throw new ArgumentNullException("contents");
            using (StreamWriter writer = Writer(path, mode, encoding))
            {
                foreach (string line in contents) writer.WriteLine(line);
            }
        }
    }
}
