namespace System.IO
{
    public class FileNotFoundException : IOException
    {
        private readonly string _fileName;
        private readonly string _fusionLog;

        public FileNotFoundException() : base(null) { }
        public FileNotFoundException(string message) : base(message) { }
        public FileNotFoundException(string message, Exception innerException) : base(message, innerException) { }
        public FileNotFoundException(string message, string fileName) : base(message) { _fileName = fileName; }
        public FileNotFoundException(string message, string fileName, Exception innerException) : base(message, innerException) { _fileName = fileName; }

        public string FileName { get { return _fileName; } }
        public string FusionLog { get { return _fusionLog; } }

        // Without a message of its own, .NET words it from the file name.
        public override string Message
        {
            get
            {
                if (RawMessage != null) return RawMessage;
                if (_fileName == null) return "Unable to find the specified file.";
                return "Could not load file or assembly '" + _fileName + "'. The system cannot find the file specified.";
            }
        }

        public override string ToString() { return FileNameDetail.Append(base.ToString(), _fileName); }
    }

    public class FileLoadException : IOException
    {
        private readonly string _fileName;
        private readonly string _fusionLog;

        public FileLoadException() : base(null) { }
        public FileLoadException(string message) : base(message) { }
        public FileLoadException(string message, Exception inner) : base(message, inner) { }
        public FileLoadException(string message, string fileName) : base(message) { _fileName = fileName; }
        public FileLoadException(string message, string fileName, Exception inner) : base(message, inner) { _fileName = fileName; }

        public string FileName { get { return _fileName; } }
        public string FusionLog { get { return _fusionLog; } }

        public override string Message
        {
            get
            {
                if (RawMessage != null) return RawMessage;
                if (_fileName == null) return "Could not load the specified file.";
                return "Could not load file or assembly '" + _fileName + "'.";
            }
        }

        public override string ToString() { return FileNameDetail.Append(base.ToString(), _fileName); }
    }

    public class DirectoryNotFoundException : IOException
    {
        public DirectoryNotFoundException() : base("Attempted to access a path that is not on the disk.") { }
        public DirectoryNotFoundException(string message) : base(message) { }
        public DirectoryNotFoundException(string message, Exception innerException) : base(message, innerException) { }
    }

    public class PathTooLongException : IOException
    {
        public PathTooLongException() : base("The specified file name or path is too long, or a component of the specified path is too long.") { }
        public PathTooLongException(string message) : base(message) { }
        public PathTooLongException(string message, Exception innerException) : base(message, innerException) { }
    }
}
