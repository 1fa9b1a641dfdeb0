namespace System.Security
{
    // What .NET throws when a resource exists but the process may not read it (a time zone file, for one).
    public class SecurityException : SystemException
    {
        public SecurityException() : base("Security error.") { }
        public SecurityException(string message) : base(message) { }
        public SecurityException(string message, Exception inner) : base(message, inner) { }
    }
}
