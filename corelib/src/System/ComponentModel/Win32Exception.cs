using System.Runtime.InteropServices;

namespace System.Runtime.InteropServices
{
    // The base of exceptions that carry an error code from outside managed code.
    public class ExternalException : SystemException
    {
        private const int E_FAIL = unchecked((int)0x80004005);
        private int _errorCode = E_FAIL;

        public ExternalException() : base("External component has thrown an exception.") { }
        public ExternalException(string message) : base(message) { }
        public ExternalException(string message, Exception inner) : base(message, inner) { }
        public ExternalException(string message, int errorCode) : base(message) { _errorCode = errorCode; }

        public virtual int ErrorCode { get { return _errorCode; } }
    }
}

namespace System.ComponentModel
{
    // An operating system error: NativeErrorCode is the errno, the default message its strerror text (.NET on Unix).
    public class Win32Exception : ExternalException
    {
        private readonly int _nativeErrorCode;

        public Win32Exception() : this(Marshal.GetLastPInvokeError()) { }
        public Win32Exception(int error) : this(error, Interop.Libc.ErrorMessage(error)) { }
        public Win32Exception(int error, string message) : base(message) { _nativeErrorCode = error; }
        public Win32Exception(string message) : this(Marshal.GetLastPInvokeError(), message) { }
        public Win32Exception(string message, Exception innerException) : base(message, innerException)
        {
            _nativeErrorCode = Marshal.GetLastPInvokeError();
        }

        public int NativeErrorCode { get { return _nativeErrorCode; } }
    }
}
