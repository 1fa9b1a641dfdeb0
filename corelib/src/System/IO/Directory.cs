using System.Collections.Generic;

using System.Runtime.InteropServices;

namespace System.IO
{
    // Directories through the C library (stat, mkdir, rmdir, opendir/readdir).
    public static class Directory
    {
        public static bool Exists(string path)
        {
            if (string.IsNullOrEmpty(path)) return false;
            Interop.Libc.FileStatus status;
            return Interop.Libc.stat(Path.GetFullPath(path), out status) == 0 && status.IsDirectory;
        }

        public static string GetCurrentDirectory() { return Environment.CurrentDirectory; }

        // Creates every missing directory of the path, as mkdir -p; an existing file in the way is an IOException.
        public static DirectoryInfo CreateDirectory(string path)
        {
            if (path == null) throw new ArgumentNullException("path");
            if (path.Length == 0) throw new ArgumentException("Path cannot be the empty string or all whitespace.", "path");
            string full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
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
            if (path == null) throw new ArgumentNullException("path");
            string full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
            if (!Exists(full)) throw Interop.GetExceptionForIoErrno(Interop.Libc.ENOENT, full, true);
            if (recursive)
            {
                foreach (string entry in Entries(full))
                {
                    string child = full + "/" + entry;
                    if (Exists(child)) Delete(child, true);
                    else File.Delete(child);
                }
            }
            if (Interop.Libc.rmdir(full) != 0)
            {
                int errno = Marshal.GetLastPInvokeError();
                if (errno == Interop.Libc.ENOTEMPTY) throw new IOException("Directory not empty : '" + full + "'");
                throw Interop.GetExceptionForIoErrno(errno, full, true);
            }
        }

        public static string[] GetFiles(string path) { return List(path, false); }

        public static string[] GetDirectories(string path) { return List(path, true); }

        private static string[] List(string path, bool directories)
        {
            if (path == null) throw new ArgumentNullException("path");
            string full = Path.GetFullPath(path);
            var result = new List<string>();
            foreach (string entry in Entries(full))
            {
                string child = Path.Combine(path, entry);
                if (Exists(child) == directories) result.Add(child);
            }
            return result.ToArray();
        }

        // The names in a directory other than "." and "..", in the order readdir gives them.
        private static List<string> Entries(string full)
        {
            IntPtr dir = Interop.Libc.opendir(full);
            if (dir == IntPtr.Zero) throw Interop.GetExceptionForLastIoError(full, true);
            var names = new List<string>();
            try
            {
                IntPtr entry;
                while ((entry = Interop.Libc.readdir(dir)) != IntPtr.Zero)
                {
                    // struct dirent of glibc on x86-64: d_ino, d_off, d_reclen (2), d_type (1), then d_name at 19
                    string name = Marshal.PtrToStringUTF8(entry + 19);
                    if (name != "." && name != "..") names.Add(name);
                }
            }
            finally
            {
                Interop.Libc.closedir(dir);
            }
            return names;
        }
    }
}
