using System.Collections.Generic;

namespace System.IO
{
    // The common part of FileInfo and DirectoryInfo: a path made full when the object is created, and the entry's
    // status read at the first property that needs it and kept until Refresh() (or until this object creates,
    // deletes or moves the entry), as .NET caches it.
    public abstract class FileSystemInfo
    {
        protected string FullPath;
        protected string OriginalPath;
        private FileSystemEntryStatus _status;
        private bool _statusValid;

        protected FileSystemInfo() { }

        internal FileSystemInfo(string path)
        {
            if (path == null) throw new ArgumentNullException("path");
            OriginalPath = path;
            FullPath = Path.GetFullPath(path);
        }

        internal void SetPath(string originalPath, string fullPath)
        {
            OriginalPath = originalPath;
            FullPath = fullPath;
            Invalidate();
        }

        public virtual string FullName { get { return FullPath; } }

        public abstract string Name { get; }

        public string Extension { get { return Path.GetExtension(Path.TrimEndingDirectorySeparator(FullPath)); } }

        public abstract bool Exists { get; }

        public abstract void Delete();

        public void Refresh()
        {
            _status = FileSystemEntryStatus.Of(Path.TrimEndingDirectorySeparator(FullPath));
            _statusValid = true;
        }

        internal void Invalidate() { _statusValid = false; }

        internal FileSystemEntryStatus Status
        {
            get
            {
                if (!_statusValid) Refresh();
                return _status;
            }
        }

        public FileAttributes Attributes
        {
            get { return Status.Attributes(FullPath); }
            set
            {
                FileSystemEntryStatus.SetAttributes(Path.TrimEndingDirectorySeparator(FullPath), value, this is DirectoryInfo);
                Invalidate();
            }
        }

        public DateTime CreationTime { get { return CreationTimeUtc.ToLocalTime(); } set { CreationTimeUtc = value.ToUniversalTime(); } }
        public DateTime CreationTimeUtc
        {
            get { return Status.CreationTimeUtc; }
            set { LastWriteTimeUtc = value; } // Linux has no settable birth time; .NET sets the modification time
        }

        public DateTime LastWriteTime { get { return LastWriteTimeUtc.ToLocalTime(); } set { SetTimes(null, FileSystemEntryStatus.ToUtc(value, false)); } }
        public DateTime LastWriteTimeUtc { get { return Status.LastWriteTimeUtc; } set { SetTimes(null, FileSystemEntryStatus.ToUtc(value, true)); } }
        public DateTime LastAccessTime { get { return LastAccessTimeUtc.ToLocalTime(); } set { SetTimes(FileSystemEntryStatus.ToUtc(value, false), null); } }
        public DateTime LastAccessTimeUtc { get { return Status.LastAccessTimeUtc; } set { SetTimes(FileSystemEntryStatus.ToUtc(value, true), null); } }

        private void SetTimes(DateTime? access, DateTime? write)
        {
            FileSystemEntryStatus.SetTimes(Path.TrimEndingDirectorySeparator(FullPath), access, write, this is DirectoryInfo);
            Invalidate();
        }

        // ---- symbolic links (.NET 6) ----

        public string LinkTarget { get { return FileSystemEntryStatus.LinkTarget(Path.TrimEndingDirectorySeparator(FullPath)); } }

        public void CreateAsSymbolicLink(string pathToTarget)
        {
            FileSystemEntryStatus.CreateSymbolicLink(Path.TrimEndingDirectorySeparator(FullPath), pathToTarget, this is DirectoryInfo);
            Invalidate();
        }

        public FileSystemInfo ResolveLinkTarget(bool returnFinalTarget)
        {
            string target = FileSystemEntryStatus.ResolveLinkTarget(Path.TrimEndingDirectorySeparator(FullPath), returnFinalTarget);
            if (target == null) return null;
            return this is DirectoryInfo ? (FileSystemInfo)new DirectoryInfo(target) : new FileInfo(target);
        }

        public override string ToString() { return OriginalPath; }
    }

    public sealed class DirectoryInfo : FileSystemInfo
    {
        public DirectoryInfo(string path) : base(path) { }

        public override string Name
        {
            get
            {
                string trimmed = Path.TrimEndingDirectorySeparator(FullPath);
                return trimmed == "/" ? trimmed : Path.GetFileName(trimmed);
            }
        }

        public override bool Exists { get { return Status.IsDirectory; } }

        public DirectoryInfo Parent
        {
            get
            {
                string parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(FullPath));
                return parent == null ? null : new DirectoryInfo(parent);
            }
        }

        public DirectoryInfo Root { get { return new DirectoryInfo("/"); } }

        public void Create()
        {
            Directory.CreateDirectory(FullPath);
            Invalidate();
        }

        public DirectoryInfo CreateSubdirectory(string path)
        {
            if (path == null) throw new ArgumentNullException("path");
            if (path.Length == 0) throw new ArgumentException("The value cannot be an empty string.", "path");
            if (Path.IsPathRooted(path)) throw new ArgumentException("Second path fragment must not be a drive or UNC name.", "path");
            string self = Path.TrimEndingDirectorySeparator(FullPath);
            string full = Path.GetFullPath(Path.Combine(self, path));
            string trimmed = Path.TrimEndingDirectorySeparator(full);
            if (trimmed.Length <= self.Length || !trimmed.StartsWith(self == "/" ? "/" : self + "/", StringComparison.Ordinal))
                throw new ArgumentException("The directory specified, '" + path + "', is not a subdirectory of '" + FullPath + "'.", "path");
            Directory.CreateDirectory(full);
            return new DirectoryInfo(full);
        }

        public override void Delete() { Delete(false); }

        public void Delete(bool recursive)
        {
            Directory.Delete(FullPath, recursive);
            Invalidate();
        }

        public void MoveTo(string destDirName)
        {
            Directory.Move(FullPath, destDirName);
            string full = Path.GetFullPath(destDirName);
            SetPath(destDirName, full);
        }

        // ---- listings: entries as FileInfo and DirectoryInfo ----

        public FileInfo[] GetFiles() { return GetFiles("*", SearchOption.TopDirectoryOnly); }
        public FileInfo[] GetFiles(string searchPattern) { return GetFiles(searchPattern, SearchOption.TopDirectoryOnly); }
        public FileInfo[] GetFiles(string searchPattern, SearchOption searchOption) { return new List<FileInfo>(EnumerateFiles(searchPattern, searchOption)).ToArray(); }

        public DirectoryInfo[] GetDirectories() { return GetDirectories("*", SearchOption.TopDirectoryOnly); }
        public DirectoryInfo[] GetDirectories(string searchPattern) { return GetDirectories(searchPattern, SearchOption.TopDirectoryOnly); }
        public DirectoryInfo[] GetDirectories(string searchPattern, SearchOption searchOption) { return new List<DirectoryInfo>(EnumerateDirectories(searchPattern, searchOption)).ToArray(); }

        public FileSystemInfo[] GetFileSystemInfos() { return GetFileSystemInfos("*", SearchOption.TopDirectoryOnly); }
        public FileSystemInfo[] GetFileSystemInfos(string searchPattern) { return GetFileSystemInfos(searchPattern, SearchOption.TopDirectoryOnly); }
        public FileSystemInfo[] GetFileSystemInfos(string searchPattern, SearchOption searchOption) { return new List<FileSystemInfo>(EnumerateFileSystemInfos(searchPattern, searchOption)).ToArray(); }

        public IEnumerable<FileInfo> EnumerateFiles() { return EnumerateFiles("*", SearchOption.TopDirectoryOnly); }
        public IEnumerable<FileInfo> EnumerateFiles(string searchPattern) { return EnumerateFiles(searchPattern, SearchOption.TopDirectoryOnly); }
        public IEnumerable<FileInfo> EnumerateFiles(string searchPattern, SearchOption searchOption)
        {
            return Files(FileSystemEnumeration.Enumerate(FullPath, searchPattern, searchOption, true, false));
        }

        public IEnumerable<DirectoryInfo> EnumerateDirectories() { return EnumerateDirectories("*", SearchOption.TopDirectoryOnly); }
        public IEnumerable<DirectoryInfo> EnumerateDirectories(string searchPattern) { return EnumerateDirectories(searchPattern, SearchOption.TopDirectoryOnly); }
        public IEnumerable<DirectoryInfo> EnumerateDirectories(string searchPattern, SearchOption searchOption)
        {
            return Directories(FileSystemEnumeration.Enumerate(FullPath, searchPattern, searchOption, false, true));
        }

        public IEnumerable<FileSystemInfo> EnumerateFileSystemInfos() { return EnumerateFileSystemInfos("*", SearchOption.TopDirectoryOnly); }
        public IEnumerable<FileSystemInfo> EnumerateFileSystemInfos(string searchPattern) { return EnumerateFileSystemInfos(searchPattern, SearchOption.TopDirectoryOnly); }
        public IEnumerable<FileSystemInfo> EnumerateFileSystemInfos(string searchPattern, SearchOption searchOption)
        {
            return Infos(FileSystemEnumeration.Enumerate(FullPath, searchPattern, searchOption, true, true));
        }

        private static IEnumerable<FileInfo> Files(IEnumerable<FileSystemEnumeration.Entry> entries)
        {
            foreach (FileSystemEnumeration.Entry e in entries) yield return new FileInfo(e.FullPath);
        }

        private static IEnumerable<DirectoryInfo> Directories(IEnumerable<FileSystemEnumeration.Entry> entries)
        {
            foreach (FileSystemEnumeration.Entry e in entries) yield return new DirectoryInfo(e.FullPath);
        }

        private static IEnumerable<FileSystemInfo> Infos(IEnumerable<FileSystemEnumeration.Entry> entries)
        {
            foreach (FileSystemEnumeration.Entry e in entries)
                yield return e.IsDirectory ? (FileSystemInfo)new DirectoryInfo(e.FullPath) : new FileInfo(e.FullPath);
        }
    }

    public sealed class FileInfo : FileSystemInfo
    {
        public FileInfo(string fileName) : base(CheckName(fileName)) { }

        private static string CheckName(string fileName)
        {
            if (fileName == null) throw new ArgumentNullException("fileName");
            return fileName;
        }

        public override string Name { get { return Path.GetFileName(FullPath); } }

        public override bool Exists { get { return Status.Exists && !Status.IsDirectory; } }


        public long Length
        {
            get
            {
                if (!Exists) throw Interop.GetExceptionForIoErrno(Interop.Libc.ENOENT, FullPath, false);
                return Status.Status.Size;
            }
        }

        public string DirectoryName { get { return Path.GetDirectoryName(FullPath); } }

        public DirectoryInfo Directory
        {
            get
            {
                string dir = DirectoryName;
                return dir == null ? null : new DirectoryInfo(dir);
            }
        }

        public bool IsReadOnly
        {
            get { return (Attributes & FileAttributes.ReadOnly) != 0; }
            set
            {
                if (value) Attributes |= FileAttributes.ReadOnly;
                else Attributes &= ~FileAttributes.ReadOnly;
            }
        }

        public FileStream Create()
        {
            FileStream stream = File.Create(FullPath);
            Invalidate();
            return stream;
        }

        public StreamWriter CreateText()
        {
            StreamWriter writer = File.CreateText(FullPath);
            Invalidate();
            return writer;
        }

        public StreamWriter AppendText() { return File.AppendText(FullPath); }
        public StreamReader OpenText() { return File.OpenText(FullPath); }
        public FileStream OpenRead() { return File.OpenRead(FullPath); }
        public FileStream OpenWrite() { return File.OpenWrite(FullPath); }
        public FileStream Open(FileMode mode) { return File.Open(FullPath, mode); }
        public FileStream Open(FileMode mode, FileAccess access) { return File.Open(FullPath, mode, access); }
        public FileStream Open(FileMode mode, FileAccess access, FileShare share) { return File.Open(FullPath, mode, access, share); }

        public FileInfo CopyTo(string destFileName) { return CopyTo(destFileName, false); }

        public FileInfo CopyTo(string destFileName, bool overwrite)
        {
            if (destFileName == null) throw new ArgumentNullException("destFileName");
            if (destFileName.Length == 0) throw new ArgumentException("Empty file name is not legal.", "destFileName");
            File.Copy(FullPath, destFileName, overwrite);
            return new FileInfo(destFileName);
        }

        public void MoveTo(string destFileName) { MoveTo(destFileName, false); }

        public void MoveTo(string destFileName, bool overwrite)
        {
            if (destFileName == null) throw new ArgumentNullException("destFileName");
            if (destFileName.Length == 0) throw new ArgumentException("Empty file name is not legal.", "destFileName");
            File.Move(FullPath, destFileName, overwrite);
            SetPath(destFileName, Path.GetFullPath(destFileName));
        }

        public override void Delete()
        {
            File.Delete(FullPath);
            Invalidate();
        }
    }
}
