namespace System.Runtime.InteropServices
{
    // A handle with the object that owns it: P/Invoke passes the handle (PInvokeSignature HANDLEREF). .NET also keeps
    // the wrapper alive for the call, against its finalizer; Kiln runs no finalizers yet (see PInvokeStubs).
    public struct HandleRef
    {
        private readonly object _wrapper;
        private readonly IntPtr _handle;

        public HandleRef(object wrapper, IntPtr handle)
        {
            _wrapper = wrapper;
            _handle = handle;
        }

        public object Wrapper { get { return _wrapper; } }

        public IntPtr Handle { get { return _handle; } }

        public static explicit operator IntPtr(HandleRef value) { return value._handle; }

        public static IntPtr ToIntPtr(HandleRef value) { return value._handle; }
    }
}
