using System.Text;

namespace System.Runtime.InteropServices
{
    // The managed half of P/Invoke stubs (codegen PInvokeStubs calls these around the native call, as .NET's IL stubs
    // call its StubHelpers): StringBuilder buffers and SafeHandle references.
    internal static unsafe class PInvokeMarshalling
    {
        // ---- StringBuilder: a native buffer of Capacity chars plus the terminator ----

        // UTF-8 ("Ansi" on Unix): room for Capacity chars of up to 3 bytes each, plus terminators, as .NET allocates.
        // copyIn is 0 for [Out]-only parameters, whose buffer starts empty.
        internal static IntPtr StringBuilderToUtf8(StringBuilder sb, int copyIn)
        {
            if (sb == null) return IntPtr.Zero;
            int capacity = sb.Capacity;
            int size = (capacity + 2) * Marshal.SystemMaxDBCSCharSize;
            byte* buffer = (byte*)Marshal.AllocHGlobal(size);
            buffer[0] = 0;
            if (copyIn != 0)
            {
                byte[] bytes = Encoding.UTF8.GetBytes(sb.ToString());
                int n = bytes.Length < size - 1 ? bytes.Length : size - 1;
                for (int i = 0; i < n; i++) buffer[i] = bytes[i];
                buffer[n] = 0;
            }
            return (IntPtr)buffer;
        }

        // The builder's content becomes the native text up to its terminator (copyOut is 0 for [In]-only
        // parameters, which keep theirs); the buffer is freed.
        internal static void StringBuilderFromUtf8(StringBuilder sb, IntPtr buffer, int copyOut)
        {
            if (buffer == IntPtr.Zero) return;
            string text = copyOut != 0 ? Marshal.PtrToStringUTF8(buffer) : null;
            Marshal.FreeHGlobal(buffer);
            if (copyOut != 0) Replace(sb, text);
        }

        internal static IntPtr StringBuilderToUtf16(StringBuilder sb, int copyIn)
        {
            if (sb == null) return IntPtr.Zero;
            int capacity = sb.Capacity;
            char* buffer = (char*)Marshal.AllocHGlobal((capacity + 2) * 2);
            buffer[0] = '\0';
            if (copyIn != 0)
            {
                int n = sb.Length < capacity ? sb.Length : capacity;
                for (int i = 0; i < n; i++) buffer[i] = sb[i];
                buffer[n] = '\0';
            }
            return (IntPtr)buffer;
        }

        internal static void StringBuilderFromUtf16(StringBuilder sb, IntPtr buffer, int copyOut)
        {
            if (buffer == IntPtr.Zero) return;
            string text = copyOut != 0 ? Marshal.PtrToStringUni(buffer) : null;
            Marshal.FreeHGlobal(buffer);
            if (copyOut != 0) Replace(sb, text);
        }

        private static void Replace(StringBuilder sb, string text)
        {
            sb.Length = 0;
            sb.Append(text);
        }

        // ---- SafeHandle ----

        // A SafeHandle argument: referenced for the length of the call, so a Dispose meanwhile waits for it.
        internal static IntPtr SafeHandleAddRef(SafeHandle handle)
        {
            if (handle == null) throw new ArgumentNullException("handle");
            bool success = false;
            handle.DangerousAddRef(ref success);
            return handle.DangerousGetHandle();
        }

        internal static void SafeHandleRelease(SafeHandle handle) { handle.DangerousRelease(); }

        // A returned (or out) SafeHandle is made before the call, as .NET does, so that no handle the native code
        // hands back can be lost to a failed allocation; the stub then stores the native value in it.
        internal static T SafeHandleCreate<T>() where T : SafeHandle, new() { return new T(); }

        internal static void SafeHandleSet(SafeHandle safeHandle, IntPtr value) { safeHandle.SetHandleFromStub(value); }

        // What a ref SafeHandle holds after the call: the original while the native code left its handle alone, else
        // the instance made before the call, holding the new handle.
        internal static SafeHandle SafeHandleRefResult(SafeHandle original, SafeHandle created, IntPtr before, IntPtr after)
        {
            if (after == before) return original;
            created.SetHandleFromStub(after);
            return created;
        }
    }
}
