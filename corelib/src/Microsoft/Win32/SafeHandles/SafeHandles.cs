using System;
using System.Runtime.InteropServices;

namespace Microsoft.Win32.SafeHandles
{
    // Handles whose invalid values are 0 and -1 (most OS handles; file descriptors use -1).
    public abstract class SafeHandleZeroOrMinusOneIsInvalid : SafeHandle
    {
        protected SafeHandleZeroOrMinusOneIsInvalid(bool ownsHandle) : base(IntPtr.Zero, ownsHandle) { }

        public override bool IsInvalid { get { return handle == IntPtr.Zero || handle == new IntPtr(-1); } }
    }

    public abstract class SafeHandleMinusOneIsInvalid : SafeHandle
    {
        protected SafeHandleMinusOneIsInvalid(bool ownsHandle) : base(new IntPtr(-1), ownsHandle) { }

        public override bool IsInvalid { get { return handle == new IntPtr(-1); } }
    }

    // A file descriptor, closed with close(2) as .NET does on Unix.
    public sealed class SafeFileHandle : SafeHandleZeroOrMinusOneIsInvalid
    {
        public SafeFileHandle() : base(true) { SetHandle(new IntPtr(-1)); }

        public SafeFileHandle(IntPtr preexistingHandle, bool ownsHandle) : base(ownsHandle) { SetHandle(preexistingHandle); }

        // 0 is a valid descriptor (standard input); as .NET on Unix, what is not an int descriptor is invalid
        public override bool IsInvalid { get { long fd = (long)handle; return fd < 0 || fd > int.MaxValue; } }

        protected override bool ReleaseHandle() { return Interop.Libc.close((int)handle) == 0; }
    }
}
