namespace System
{
    // The exceptions .NET's loader throws, which Kiln throws where compiled code reaches what the assemblies lack.
    public class MissingFieldException : MissingMemberException
    {
        public MissingFieldException() : base("Attempted to access a non-existing field.") { }
        public MissingFieldException(string message) : base(message) { }
        public MissingFieldException(string message, Exception inner) : base(message, inner) { }
    }

    public class TypeLoadException : SystemException
    {
        public TypeLoadException() : base("Failure has occurred while loading a type.") { }
        public TypeLoadException(string message) : base(message) { }
        public TypeLoadException(string message, Exception inner) : base(message, inner) { }
    }

    public class DllNotFoundException : TypeLoadException
    {
        public DllNotFoundException() : base("Dll was not found.") { }
        public DllNotFoundException(string message) : base(message) { }
        public DllNotFoundException(string message, Exception inner) : base(message, inner) { }
    }

    public class EntryPointNotFoundException : TypeLoadException
    {
        public EntryPointNotFoundException() : base("Entry point was not found.") { }
        public EntryPointNotFoundException(string message) : base(message) { }
        public EntryPointNotFoundException(string message, Exception inner) : base(message, inner) { }
    }
}

namespace System.IO
{
    public class FileNotFoundException : IOException
    {
        public FileNotFoundException() : base("Unable to find the specified file.") { }
        public FileNotFoundException(string message) : base(message) { }
        public FileNotFoundException(string message, Exception innerException) : base(message, innerException) { }
        public FileNotFoundException(string message, string fileName) : base(message) { FileName = fileName; }
        public string FileName { get; private set; }
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
