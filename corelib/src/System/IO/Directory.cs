using System.Collections.Generic;

using System.Runtime.InteropServices;

namespace System.IO
{
    // Directories through the C library (stat, mkdir, rmdir, rename, chdir, opendir/readdir), with .NET's errors on
    // Linux. Listings and search patterns are FileSystemEnumeration's.
    public static class Directory
    {
        public static bool Exists(string path)
        {
            if (string.IsNullOrEmpty(path)) return false;
            Interop.Libc.FileStatus status;
            return Interop.Libc.stat(Path.GetFullPath(path), out status) == 0 && status.IsDirectory;
        }

        private static string FullPathOf(string path)
        {
            if (path == null) throw new ArgumentNullException("path");
            if (path.Length == 0) throw new ArgumentException("The value cannot be an empty string.", "path");
            return Path.GetFullPath(path);
        }

        // ---- the current directory (the process's, through chdir; Environment.CurrentDirectory reads it) ----

        public static string GetCurrentDirectory() { return Environment.CurrentDirectory; }

        public static void SetCurrentDirectory(string path)
        {
            string full = FullPathOf(path);
            if (Interop.Libc.ChangeDirectory(full) != 0) throw Interop.GetExceptionForLastIoError(full, true);
        }

        public static string GetDirectoryRoot(string path)
        {
            FullPathOf(path);
            return "/";
        }

        public static DirectoryInfo GetParent(string path)
        {
            string parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(FullPathOf(path)));
            return parent == null ? null : new DirectoryInfo(parent);
        }

        // ---- creating, deleting, moving ----

        // Creates every missing directory of the path, as mkdir -p; an existing file in the way is an IOException.
        public static DirectoryInfo CreateDirectory(string path)
        {
            string full = Path.TrimEndingDirectorySeparator(FullPathOf(path));
            MakeDirectories(full);
            return new DirectoryInfo(path);
        }

        private static void MakeDirectories(string full)
        {
            if (Exists(full)) return;
            string parent = Path.GetDirectoryName(full);
            if (parent != null && !Exists(parent)) MakeDirectories(parent);
            if (Interop.Libc.mkdir(full, 511 /* 0777, less the umask */) != 0)
            {
                int errno = Marshal.GetLastPInvokeError();
                if (errno == Interop.Libc.EEXIST && Exists(full)) return;
                if (errno == Interop.Libc.EEXIST)
                    throw new IOException("The file '" + full + "' already exists.");
                throw Interop.GetExceptionForIoErrno(errno, full, true);
            }
        }

        public static void Delete(string path) { Delete(path, false); }

        public static void Delete(string path, bool recursive)
        {
            string full = Path.TrimEndingDirectorySeparator(FullPathOf(path));
            FileSystemEntryStatus entry = FileSystemEntryStatus.Of(full);
            // a file is not a directory to delete: .NET reports it as not found
            if (!entry.IsDirectory) throw Interop.GetExceptionForIoErrno(Interop.Libc.ENOENT, full, true);
            // a link to a directory goes, what it points at stays
            if (entry.IsSymbolicLink)
            {
                if (Interop.Libc.unlink(full) != 0) throw Interop.GetExceptionForLastIoError(full, true);
                return;
            }
            if (recursive) DeleteContents(full);
            RemoveEmpty(full);
        }

        // Links are removed, never followed.
        private static void DeleteContents(string full)
        {
            foreach (FileSystemEnumeration.RawEntry entry in FileSystemEnumeration.ReadDirectory(full))
            {
                string child = Path.Join(full, entry.Name);
                if (entry.IsDirectory && !entry.IsSymbolicLink)
                {
                    DeleteContents(child);
                    RemoveEmpty(child);
                }
                else if (Interop.Libc.unlink(child) != 0)
                {
                    int errno = Marshal.GetLastPInvokeError();
                    if (errno != Interop.Libc.ENOENT) throw Interop.GetExceptionForIoErrno(errno, child, false);
                }
            }
        }

        private static void RemoveEmpty(string full)
        {
            if (Interop.Libc.rmdir(full) == 0) return;
            int errno = Marshal.GetLastPInvokeError();
            if (errno == Interop.Libc.ENOTEMPTY) throw new IOException("Directory not empty : '" + full + "'");
            throw Interop.GetExceptionForIoErrno(errno, full, true);
        }

        public static void Move(string sourceDirName, string destDirName)
        {
            if (sourceDirName == null) throw new ArgumentNullException("sourceDirName");
            if (sourceDirName.Length == 0) throw new ArgumentException("Empty file name is not legal.", "sourceDirName");
            if (destDirName == null) throw new ArgumentNullException("destDirName");
            if (destDirName.Length == 0) throw new ArgumentException("Empty file name is not legal.", "destDirName");
            string from = Path.TrimEndingDirectorySeparator(Path.GetFullPath(sourceDirName));
            string to = Path.TrimEndingDirectorySeparator(Path.GetFullPath(destDirName));
            if (from == to) throw new IOException("Source and destination path must be different.");
            FileSystemEntryStatus source = FileSystemEntryStatus.Of(from);
            if (!source.Exists) throw Interop.GetExceptionForIoErrno(Interop.Libc.ENOENT, from, true);
            if (FileSystemEntryStatus.Of(to).Exists)
                throw new IOException("Cannot create '" + to + "' because a file or directory with the same name already exists.");
            if (Interop.Libc.rename(from, to) != 0)
            {
                int errno = Marshal.GetLastPInvokeError();
                if (errno == EXDEV) throw new IOException("Source and destination path must have identical roots. Move will not work across volumes.");
                throw Interop.GetExceptionForIoErrno(errno, errno == Interop.Libc.ENOENT ? to : from, true);
            }
        }

        private const int EXDEV = 18;

        // ---- symbolic links (.NET 6) ----

        public static FileSystemInfo CreateSymbolicLink(string path, string pathToTarget)
        {
            string full = Path.TrimEndingDirectorySeparator(FullPathOf(path));
            FileSystemEntryStatus.CreateSymbolicLink(full, pathToTarget, true);
            return new DirectoryInfo(path);
        }

        public static FileSystemInfo ResolveLinkTarget(string linkPath, bool returnFinalTarget)
        {
            if (linkPath == null) throw new ArgumentNullException("linkPath");
            string target = FileSystemEntryStatus.ResolveLinkTarget(Path.TrimEndingDirectorySeparator(Path.GetFullPath(linkPath)), returnFinalTarget);
            return target == null ? null : new DirectoryInfo(target);
        }

        // ---- times ----

        public static DateTime GetCreationTime(string path) { return GetCreationTimeUtc(path).ToLocalTime(); }
        public static DateTime GetCreationTimeUtc(string path) { return FileSystemEntryStatus.Of(FullPathOf(path)).CreationTimeUtc; }
        public static DateTime GetLastWriteTime(string path) { return GetLastWriteTimeUtc(path).ToLocalTime(); }
        public static DateTime GetLastWriteTimeUtc(string path) { return FileSystemEntryStatus.Of(FullPathOf(path)).LastWriteTimeUtc; }
        public static DateTime GetLastAccessTime(string path) { return GetLastAccessTimeUtc(path).ToLocalTime(); }
        public static DateTime GetLastAccessTimeUtc(string path) { return FileSystemEntryStatus.Of(FullPathOf(path)).LastAccessTimeUtc; }

        public static void SetLastWriteTime(string path, DateTime lastWriteTime) { FileSystemEntryStatus.SetTimes(FullPathOf(path), null, FileSystemEntryStatus.ToUtc(lastWriteTime, false), true); }
        public static void SetLastWriteTimeUtc(string path, DateTime lastWriteTimeUtc) { FileSystemEntryStatus.SetTimes(FullPathOf(path), null, FileSystemEntryStatus.ToUtc(lastWriteTimeUtc, true), true); }
        public static void SetLastAccessTime(string path, DateTime lastAccessTime) { FileSystemEntryStatus.SetTimes(FullPathOf(path), FileSystemEntryStatus.ToUtc(lastAccessTime, false), null, true); }
        public static void SetLastAccessTimeUtc(string path, DateTime lastAccessTimeUtc) { FileSystemEntryStatus.SetTimes(FullPathOf(path), FileSystemEntryStatus.ToUtc(lastAccessTimeUtc, true), null, true); }

        // ---- listings ----

        public static string[] GetFiles(string path) { return GetFiles(path, "*", SearchOption.TopDirectoryOnly); }
        public static string[] GetFiles(string path, string searchPattern) { return GetFiles(path, searchPattern, SearchOption.TopDirectoryOnly); }
        public static string[] GetFiles(string path, string searchPattern, SearchOption searchOption) { return ToArray(EnumerateFiles(path, searchPattern, searchOption)); }

        public static string[] GetDirectories(string path) { return GetDirectories(path, "*", SearchOption.TopDirectoryOnly); }
        public static string[] GetDirectories(string path, string searchPattern) { return GetDirectories(path, searchPattern, SearchOption.TopDirectoryOnly); }
        public static string[] GetDirectories(string path, string searchPattern, SearchOption searchOption) { return ToArray(EnumerateDirectories(path, searchPattern, searchOption)); }

        public static string[] GetFileSystemEntries(string path) { return GetFileSystemEntries(path, "*", SearchOption.TopDirectoryOnly); }
        public static string[] GetFileSystemEntries(string path, string searchPattern) { return GetFileSystemEntries(path, searchPattern, SearchOption.TopDirectoryOnly); }
        public static string[] GetFileSystemEntries(string path, string searchPattern, SearchOption searchOption) { return ToArray(EnumerateFileSystemEntries(path, searchPattern, searchOption)); }

        public static IEnumerable<string> EnumerateFiles(string path) { return EnumerateFiles(path, "*", SearchOption.TopDirectoryOnly); }
        public static IEnumerable<string> EnumerateFiles(string path, string searchPattern) { return EnumerateFiles(path, searchPattern, SearchOption.TopDirectoryOnly); }
        public static IEnumerable<string> EnumerateFiles(string path, string searchPattern, SearchOption searchOption) { return Paths(FileSystemEnumeration.Enumerate(path, searchPattern, searchOption, true, false)); }

        public static IEnumerable<string> EnumerateDirectories(string path) { return EnumerateDirectories(path, "*", SearchOption.TopDirectoryOnly); }
        public static IEnumerable<string> EnumerateDirectories(string path, string searchPattern) { return EnumerateDirectories(path, searchPattern, SearchOption.TopDirectoryOnly); }
        public static IEnumerable<string> EnumerateDirectories(string path, string searchPattern, SearchOption searchOption) { return Paths(FileSystemEnumeration.Enumerate(path, searchPattern, searchOption, false, true)); }

        public static IEnumerable<string> EnumerateFileSystemEntries(string path) { return EnumerateFileSystemEntries(path, "*", SearchOption.TopDirectoryOnly); }
        public static IEnumerable<string> EnumerateFileSystemEntries(string path, string searchPattern) { return EnumerateFileSystemEntries(path, searchPattern, SearchOption.TopDirectoryOnly); }
        public static IEnumerable<string> EnumerateFileSystemEntries(string path, string searchPattern, SearchOption searchOption) { return Paths(FileSystemEnumeration.Enumerate(path, searchPattern, searchOption, true, true)); }

        private static IEnumerable<string> Paths(IEnumerable<FileSystemEnumeration.Entry> entries)
        {
            foreach (FileSystemEnumeration.Entry entry in entries) yield return entry.Path;
        }

        private static string[] ToArray(IEnumerable<string> items) { return new List<string>(items).ToArray(); }
    }
}
