namespace System.IO
{
    // The common part of FileInfo and DirectoryInfo: a path made full when the object is created.
    public abstract class FileSystemInfo
    {
        protected string FullPath;
        protected string OriginalPath;

        protected FileSystemInfo() { }

        internal FileSystemInfo(string path)
        {
            if (path == null) throw new ArgumentNullException("path");
            OriginalPath = path;
            FullPath = Path.GetFullPath(path);
        }

        public virtual string FullName { get { return FullPath; } }

        public abstract string Name { get; }

        public abstract bool Exists { get; }

        public abstract void Delete();

        public override string ToString() { return OriginalPath; }
    }

    // What Directory.CreateDirectory returns (as in .NET); the rest of DirectoryInfo comes with the OS issue.
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

        public override bool Exists { get { return Directory.Exists(FullPath); } }

        public DirectoryInfo Parent
        {
            get
            {
                string parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(FullPath));
                return parent == null ? null : new DirectoryInfo(parent);
            }
        }

        public void Create() { Directory.CreateDirectory(FullPath); }

        public override void Delete() { Directory.Delete(FullPath, false); }

        public void Delete(bool recursive) { Directory.Delete(FullPath, recursive); }
    }
}
