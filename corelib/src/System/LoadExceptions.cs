namespace System
{
    // The exceptions of loading and binding: a type, member, image or native library that could not be found or used.
    // The compiler throws MissingMethodException, MissingFieldException and TypeLoadException (through their
    // (string message) constructors) where a reference could not be resolved when the program was compiled.

    public class TypeLoadException : SystemException
    {
        private readonly string _className;

        public TypeLoadException() : base("Failure has occurred while loading a type.") { }
        public TypeLoadException(string message) : base(message) { }
        public TypeLoadException(string message, Exception inner) : base(message, inner) { }

        public string TypeName { get { return _className ?? ""; } }
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

    public class MissingFieldException : MissingMemberException
    {
        public MissingFieldException() : base("Attempted to access a non-existing field.") { }
        public MissingFieldException(string message) : base(message) { }
        public MissingFieldException(string message, Exception inner) : base(message, inner) { }
    }

    public class FieldAccessException : MemberAccessException
    {
        public FieldAccessException() : base("Attempted to access a field that is not accessible by the caller.") { }
        public FieldAccessException(string message) : base(message) { }
        public FieldAccessException(string message, Exception inner) : base(message, inner) { }
    }

    public class MethodAccessException : MemberAccessException
    {
        public MethodAccessException() : base("Attempted to access a method that is not accessible by the caller.") { }
        public MethodAccessException(string message) : base(message) { }
        public MethodAccessException(string message, Exception inner) : base(message, inner) { }
    }

    public class BadImageFormatException : SystemException
    {
        private readonly string _fileName;
        private readonly string _fusionLog;

        public BadImageFormatException() : base(null) { }
        public BadImageFormatException(string message) : base(message) { }
        public BadImageFormatException(string message, Exception inner) : base(message, inner) { }
        public BadImageFormatException(string message, string fileName) : base(message) { _fileName = fileName; }
        public BadImageFormatException(string message, string fileName, Exception inner) : base(message, inner) { _fileName = fileName; }

        public string FileName { get { return _fileName; } }
        public string FusionLog { get { return _fusionLog; } }

        // Without a message of its own, .NET words it from the file name.
        public override string Message
        {
            get
            {
                if (RawMessage != null) return RawMessage;
                if (_fileName == null) return "Format of the executable (.exe) or library (.dll) is invalid.";
                return "Could not load file or assembly '" + _fileName + "'. Format of the executable (.exe) or library (.dll) is invalid.";
            }
        }

        public override string ToString() { return FileNameDetail.Append(base.ToString(), _fileName); }
    }

    // "File name: '...'" after the first line of the exceptions that name a file, as .NET writes them.
    internal static class FileNameDetail
    {
        internal static string Append(string text, string fileName)
        {
            if (fileName == null || fileName.Length == 0) return text;
            return text + Environment.NewLine + "File name: '" + fileName + "'";
        }
    }
}
