using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace System.IO
{
    // Directory listings for Directory.Get*/Enumerate* and DirectoryInfo: the entries of a directory (readdir), those
    // whose names match a search pattern, below it too with SearchOption.AllDirectories (subdirectories are entered
    // after the directory that holds them; links to directories are directories here, and entered, as .NET does). Paths come out
    // as the caller's path joined with the entry's relative path, in readdir's order.
    internal static class FileSystemEnumeration
    {
        internal struct Entry
        {
            internal string Path;      // the user's path joined with the relative path
            internal string FullPath;
            internal bool IsDirectory;
        }

        // Validates the arguments and opens the first directory now (so a missing one throws at the call, as .NET),
        // then lists lazily.
        internal static IEnumerable<Entry> Enumerate(string path, string searchPattern, SearchOption searchOption, bool files, bool directories)
        {
            if (path == null) throw new ArgumentNullException("path");
            if (searchPattern == null) throw new ArgumentNullException("searchPattern");
            if (searchOption != SearchOption.TopDirectoryOnly && searchOption != SearchOption.AllDirectories)
                throw new ArgumentOutOfRangeException("searchOption", "Enum value was out of legal range.");
            if (path.Length == 0) throw new ArgumentException("The path is empty.", "path");
            // a pattern with directories ("sub/*.txt") searches below them
            int slash = searchPattern.LastIndexOf('/');
            if (slash >= 0)
            {
                path = System.IO.Path.Join(path, searchPattern.Substring(0, slash));
                searchPattern = searchPattern.Substring(slash + 1);
            }
            string full = System.IO.Path.GetFullPath(path);
            List<RawEntry> first = ReadDirectory(full);
            return Walk(path, full, first, Win32Pattern.Translate(searchPattern), searchOption == SearchOption.AllDirectories, files, directories);
        }

        private static IEnumerable<Entry> Walk(string path, string full, List<RawEntry> first, string pattern, bool recurse, bool files, bool directories)
        {
            var pending = new Queue<KeyValuePair<string, string>>();
            List<RawEntry> entries = first;
            while (true)
            {
                foreach (RawEntry raw in entries)
                {
                    var entry = new Entry { Path = System.IO.Path.Join(path, raw.Name), FullPath = System.IO.Path.Join(full, raw.Name), IsDirectory = raw.IsDirectory };
                    if (recurse && raw.IsDirectory) pending.Enqueue(new KeyValuePair<string, string>(entry.Path, entry.FullPath));
                    if ((raw.IsDirectory ? directories : files) && Win32Pattern.Matches(pattern, raw.Name)) yield return entry;
                }
                if (pending.Count == 0) yield break;
                KeyValuePair<string, string> next = pending.Dequeue();
                path = next.Key;
                full = next.Value;
                entries = ReadDirectory(full, true);
            }
        }

        internal struct RawEntry
        {
            internal string Name;
            internal bool IsDirectory, IsSymbolicLink;
        }

        private const byte DT_UNKNOWN = 0, DT_DIR = 4, DT_LNK = 10;

        internal static List<RawEntry> ReadDirectory(string full) { return ReadDirectory(full, false); }

        // The entries other than "." and "..", their kinds from d_type (stat where the file system does not say,
        // and for links, which count as directories when they point at one). A directory that vanished or cannot be
        // read while walking below the top one is skipped, as .NET.
        private static List<RawEntry> ReadDirectory(string full, bool ignoreErrors)
        {
            var names = new List<RawEntry>();
            IntPtr dir = Interop.Libc.opendir(full);
            if (dir == IntPtr.Zero)
            {
                if (ignoreErrors) return names;
                throw Interop.GetExceptionForLastIoError(full, true);
            }
            try
            {
                IntPtr entry;
                while ((entry = Interop.Libc.readdir(dir)) != IntPtr.Zero)
                {
                    // struct dirent of glibc on x86-64: d_ino, d_off, d_reclen (2), d_type (1), then d_name at 19
                    string name = Marshal.PtrToStringUTF8(entry + 19);
                    if (name == "." || name == "..") continue;
                    byte type = Marshal.ReadByte(entry, 18);
                    var raw = new RawEntry { Name = name, IsDirectory = type == DT_DIR, IsSymbolicLink = type == DT_LNK };
                    if (type == DT_UNKNOWN || type == DT_LNK)
                    {
                        FileSystemEntryStatus status = FileSystemEntryStatus.Of(System.IO.Path.Join(full, name));
                        raw.IsDirectory = status.IsDirectory;
                        raw.IsSymbolicLink = status.IsSymbolicLink;
                    }
                    names.Add(raw);
                }
            }
            finally
            {
                Interop.Libc.closedir(dir);
            }
            return names;
        }
    }

    // Search patterns with the semantics .NET gives Directory.GetFiles and friends (MatchType.Win32): '*' is any run
    // of characters and '?' any one, with DOS's special cases — "*.*" matches every name, "*." names without an
    // extension, a '?' also matches nothing before a dot or at the end, and ".*"/".?" also match a name that ends
    // before the dot. Case-sensitive, as on Linux.
    internal static class Win32Pattern
    {
        private const char DosStar = '<', DosQm = '>', DosDot = '"';

        internal static string Translate(string pattern)
        {
            if (pattern.Length == 0 || pattern == "*" || pattern == "*.*") return "*";
            var sb = new System.Text.StringBuilder(pattern.Length);
            for (int i = 0; i < pattern.Length; i++)
            {
                char c = pattern[i];
                if (c == '.' && i >= 1 && i == pattern.Length - 1 && pattern[i - 1] == '*') sb[sb.Length - 1] = DosStar;
                else if (c == '.' && i < pattern.Length - 1 && (pattern[i + 1] == '?' || pattern[i + 1] == '*')) sb.Append(DosDot);
                else if (c == '?') sb.Append(DosQm);
                else sb.Append(c);
            }
            return sb.ToString();
        }

        internal static bool Matches(string expression, string name)
        {
            if (expression == "*") return true;
            return Match(expression, 0, name, 0);
        }

        private static bool Match(string expression, int e, string name, int n)
        {
            while (e < expression.Length)
            {
                char c = expression[e];
                switch (c)
                {
                    case '*':
                        for (int k = n; k <= name.Length; k++)
                        {
                            if (Match(expression, e + 1, name, k)) return true;
                        }
                        return false;
                    case DosStar:
                    {
                        // any run up to and including the name's last dot
                        int lastDot = name.LastIndexOf('.');
                        int limit = lastDot >= n ? lastDot + 1 : name.Length;
                        for (int k = n; k <= limit; k++)
                        {
                            if (Match(expression, e + 1, name, k)) return true;
                        }
                        return false;
                    }
                    case DosQm:
                        if (n == name.Length || name[n] == '.')
                        {
                            while (e < expression.Length && expression[e] == DosQm) e++;
                            continue;
                        }
                        e++;
                        n++;
                        continue;
                    case DosDot:
                        if (n == name.Length) { e++; continue; }
                        if (name[n] != '.') return false;
                        e++;
                        n++;
                        continue;
                    default:
                        if (n == name.Length || name[n] != c) return false;
                        e++;
                        n++;
                        continue;
                }
            }
            return n == name.Length;
        }
    }
}
