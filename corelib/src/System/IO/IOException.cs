namespace System.IO
{
    public class IOException : SystemException
    {
        public IOException() : base("I/O error occurred.") { }
        public IOException(string message) : base(message) { }
        public IOException(string message, int hresult) : base(message) { HResult = hresult; }
        public IOException(string message, Exception innerException) : base(message, innerException) { }
    }
}
