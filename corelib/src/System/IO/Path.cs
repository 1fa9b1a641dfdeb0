namespace System.IO
{
    // Paths with Unix rules, as .NET on Linux: '/' separates, a path is rooted when it starts with '/', and any other
    // character (including '\\') belongs to a name.
    public static class Path
    {
        // static readonly fields, as in .NET (and Mono): code compiled against them loads them
        public static readonly char DirectorySeparatorChar = '/';
        public static readonly char AltDirectorySeparatorChar = '/';
        public static readonly char VolumeSeparatorChar = '/';
        public static readonly char PathSeparator = ':';

        public static char[] GetInvalidPathChars() { return new char[] { '\0' }; }
        public static char[] GetInvalidFileNameChars() { return new char[] { '\0', '/' }; }

        public static bool IsPathRooted(string path) { return path != null && path.Length > 0 && path[0] == '/'; }

        public static bool IsPathFullyQualified(string path)
        {
            if (path == null) throw new ArgumentNullException("path");
            return IsPathRooted(path);
        }

        public static string GetPathRoot(string path)
        {
            if (string.IsNullOrEmpty(path)) return null;
            return IsPathRooted(path) ? "/" : "";
        }

        public static string Combine(string path1, string path2)
        {
            if (path1 == null) throw new ArgumentNullException("path1");
            if (path2 == null) throw new ArgumentNullException("path2");
            if (path2.Length == 0) return path1;
            if (path1.Length == 0 || IsPathRooted(path2)) return path2;
            return path1[path1.Length - 1] == '/' ? path1 + path2 : path1 + "/" + path2;
        }

        public static string Combine(string path1, string path2, string path3) { return Combine(Combine(path1, path2), path3); }

        public static string Combine(string path1, string path2, string path3, string path4) { return Combine(Combine(Combine(path1, path2), path3), path4); }

        public static string Combine(params string[] paths)
        {
            if (paths == null) throw new ArgumentNullException("paths");
            string result = "";
            foreach (string p in paths)
            {
                if (p == null) throw new ArgumentNullException("paths");
                result = Combine(result, p);
            }
            return result;
        }

        public static string Join(string path1, string path2)
        {
            if (string.IsNullOrEmpty(path1)) return path2 ?? "";
            if (string.IsNullOrEmpty(path2)) return path1;
            return path1[path1.Length - 1] == '/' || path2[0] == '/' ? path1 + path2 : path1 + "/" + path2;
        }

        public static string Join(string path1, string path2, string path3) { return Join(Join(path1, path2), path3); }

        public static string Join(string path1, string path2, string path3, string path4) { return Join(Join(Join(path1, path2), path3), path4); }

        public static string Join(params string[] paths)
        {
            if (paths == null) throw new ArgumentNullException("paths");
            string result = "";
            foreach (string p in paths) result = Join(result, p);
            return result;
        }

        // The path from one directory to another (both made full first): "." for the same, ".." segments up to the
        // common directory, the target itself when they share nothing but the root, as .NET on Unix.
        public static string GetRelativePath(string relativeTo, string path)
        {
            if (relativeTo == null) throw new ArgumentNullException("relativeTo");
            if (relativeTo.Length == 0) throw new ArgumentException("The value cannot be an empty string.", "relativeTo");
            if (path == null) throw new ArgumentNullException("path");
            if (path.Length == 0) throw new ArgumentException("The value cannot be an empty string.", "path");
            relativeTo = GetFullPath(relativeTo);
            path = GetFullPath(path);
            int common = CommonPathLength(relativeTo, path);
            if (common == 0) return path;
            int relativeToLength = relativeTo.Length - (EndsInDirectorySeparator(relativeTo) ? 1 : 0);
            bool pathEndsInSeparator = EndsInDirectorySeparator(path);
            int pathLength = path.Length - (pathEndsInSeparator ? 1 : 0);
            if (relativeToLength == pathLength && common >= relativeToLength) return ".";
            var sb = new System.Text.StringBuilder();
            if (common < relativeToLength)
            {
                sb.Append("..");
                for (int i = common + 1; i < relativeToLength; i++)
                {
                    if (relativeTo[i] == '/') sb.Append("/..");
                }
            }
            else if (path[common] == '/')
            {
                common++;
            }
            int difference = pathLength - common + (pathEndsInSeparator ? 1 : 0);
            if (difference > 0)
            {
                if (sb.Length > 0) sb.Append('/');
                sb.Append(path, common, difference);
            }
            return sb.ToString();
        }

        // The length of the leading directories two full paths share.
        private static int CommonPathLength(string first, string second)
        {
            int common = 0;
            while (common < first.Length && common < second.Length && first[common] == second[common]) common++;
            if (common == 0) return 0;
            if (common == first.Length && (common == second.Length || second[common] == '/')) return common;
            if (common == second.Length && first[common] == '/') return common;
            while (common > 0 && first[common - 1] != '/') common--;
            return common;
        }

        public static string GetFileName(string path)
        {
            if (path == null) return null;
            return path.Substring(path.LastIndexOf('/') + 1);
        }

        public static string GetFileNameWithoutExtension(string path)
        {
            string name = GetFileName(path);
            if (name == null) return null;
            int dot = name.LastIndexOf('.');
            return dot < 0 ? name : name.Substring(0, dot);
        }

        public static string GetExtension(string path)
        {
            if (path == null) return null;
            int dot = path.LastIndexOf('.');
            if (dot < 0 || dot < path.LastIndexOf('/') || dot == path.Length - 1) return "";
            return path.Substring(dot);
        }

        public static bool HasExtension(string path) { return !string.IsNullOrEmpty(GetExtension(path)); }

        public static string ChangeExtension(string path, string extension)
        {
            if (path == null) return null;
            int dot = path.LastIndexOf('.');
            string stem = dot < 0 || dot < path.LastIndexOf('/') ? path : path.Substring(0, dot);
            if (extension == null) return stem;
            if (extension.Length == 0) return stem + ".";
            return extension[0] == '.' ? stem + extension : stem + "." + extension;
        }

        // The directory part: null for null, an empty path or the root; "" when there is none.
        public static string GetDirectoryName(string path)
        {
            if (path == null || path.Length == 0) return null;
            int end = path.LastIndexOf('/');
            if (end < 0) return "";
            if (end == 0) return path.Length == 1 ? null : "/";
            // repeated separators before the name belong to neither part
            int cut = end;
            while (cut > 0 && path[cut - 1] == '/') cut--;
            if (cut == 0) return "/";
            return CollapseSeparators(path.Substring(0, cut));
        }

        private static string CollapseSeparators(string path)
        {
            if (path.IndexOf("//") < 0) return path;
            var sb = new System.Text.StringBuilder(path.Length);
            for (int i = 0; i < path.Length; i++)
            {
                if (path[i] == '/' && sb.Length > 0 && sb[sb.Length - 1] == '/') continue;
                sb.Append(path[i]);
            }
            return sb.ToString();
        }

        public static string GetFullPath(string path)
        {
            if (path == null) throw new ArgumentNullException("path");
            if (path.Length == 0) throw new ArgumentException("The value cannot be an empty string.", "path");
            if (path.IndexOf('\0') >= 0) throw new ArgumentException("Null character in path.", "path");
            if (!IsPathRooted(path)) path = Combine(Environment.CurrentDirectory, path);
            return Normalize(path);
        }

        public static string GetFullPath(string path, string basePath)
        {
            if (path == null) throw new ArgumentNullException("path");
            if (basePath == null) throw new ArgumentNullException("basePath");
            if (!IsPathRooted(basePath)) throw new ArgumentException("Basepath argument is not fully qualified.", "basePath");
            return IsPathRooted(path) ? Normalize(path) : Normalize(Combine(basePath, path));
        }

        // Removes "." segments and empty ones, and ".." with the segment before it (never above the root);
        // a trailing separator stays.
        private static string Normalize(string path)
        {
            string[] parts = path.Split('/');
            var kept = new System.Collections.Generic.List<string>();
            foreach (string part in parts)
            {
                if (part.Length == 0 || part == ".") continue;
                if (part == "..")
                {
                    if (kept.Count > 0) kept.RemoveAt(kept.Count - 1);
                    continue;
                }
                kept.Add(part);
            }
            string result = "/" + string.Join("/", kept.ToArray());
            if (kept.Count > 0 && path[path.Length - 1] == '/') result += "/";
            return result;
        }

        public static string GetTempPath()
        {
            string tmp = Environment.GetEnvironmentVariable("TMPDIR");
            if (string.IsNullOrEmpty(tmp)) return "/tmp/";
            return tmp[tmp.Length - 1] == '/' ? tmp : tmp + "/";
        }

        public static string GetRandomFileName()
        {
            const string chars = "abcdefghijklmnopqrstuvwxyz0123456789";
            var random = new Random();
            char[] name = new char[12];
            for (int i = 0; i < name.Length; i++) name[i] = i == 8 ? '.' : chars[random.Next(chars.Length)];
            return new string(name);
        }

        // Creates an empty file with a unique name in the temporary directory (mkstemps, "tmpXXXXXX.tmp" as .NET).
        public static string GetTempFileName()
        {
            string template = GetTempPath() + "tmpXXXXXX.tmp";
            byte[] bytes = System.Text.Encoding.UTF8.GetBytes(template + "\0");
            int fd = Interop.Libc.mkstemps(bytes, 4);
            if (fd < 0) throw Interop.GetExceptionForLastIoError(template, true);
            Interop.Libc.close(fd);
            return System.Text.Encoding.UTF8.GetString(bytes, 0, bytes.Length - 1);
        }

        public static string TrimEndingDirectorySeparator(string path)
        {
            if (path == null || path.Length <= 1 || path[path.Length - 1] != '/') return path;
            return path.Substring(0, path.Length - 1);
        }

        public static bool EndsInDirectorySeparator(string path) { return !string.IsNullOrEmpty(path) && path[path.Length - 1] == '/'; }
    }
}
