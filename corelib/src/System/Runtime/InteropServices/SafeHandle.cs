using System.Threading;

namespace System.Runtime.InteropServices
{
    // An OS handle with a reference count, as .NET's: P/Invoke stubs AddRef it around each call
    // (PInvokeMarshalling), so Dispose during a call defers ReleaseHandle until the call is over, and ReleaseHandle
    // runs exactly once, when the last reference goes after Dispose. The state packs the count and two bits.
    public abstract class SafeHandle : System.Runtime.ConstrainedExecution.CriticalFinalizerObject, IDisposable
    {
        private const int ClosedBit = 1;
        private const int DisposedBit = 2;
        private const int CountUnit = 4;

        protected IntPtr handle;
        private int _state;
        private readonly bool _ownsHandle;

        protected SafeHandle(IntPtr invalidHandleValue, bool ownsHandle)
        {
            handle = invalidHandleValue;
            _state = CountUnit;
            _ownsHandle = ownsHandle;
        }

        // A handle nobody disposed is released when the collector finds it unreachable (Dispose and
        // SetHandleAsInvalid suppress this); Release's disposed bit makes it happen once.
        ~SafeHandle() { Dispose(false); }

        public bool IsClosed { get { return (_state & ClosedBit) != 0; } }

        public abstract bool IsInvalid { get; }

        protected abstract bool ReleaseHandle();

        protected void SetHandle(IntPtr handle) { this.handle = handle; }

        public IntPtr DangerousGetHandle() { return handle; }

        internal void SetHandleFromStub(IntPtr value) { handle = value; }

        public void Close() { Dispose(); }

        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        protected virtual void Dispose(bool disposing) { Release(true); }

        public void SetHandleAsInvalid()
        {
            int old;
            do { old = _state; } while (Interlocked.CompareExchange(ref _state, old | ClosedBit, old) != old);
            GC.SuppressFinalize(this);
        }

        public void DangerousAddRef(ref bool success)
        {
            int old;
            do
            {
                old = _state;
                if ((old & ClosedBit) != 0) throw new ObjectDisposedException(null, "Safe handle has been closed.");
            } while (Interlocked.CompareExchange(ref _state, old + CountUnit, old) != old);
            success = true;
        }

        public void DangerousRelease() { Release(false); }

        // Drops one reference; the dispose path drops the handle's own one, once. The last reference out closes
        // the handle and releases it when this object owns a valid one.
        private void Release(bool dispose)
        {
            int old, updated;
            bool performRelease;
            do
            {
                old = _state;
                if (dispose && (old & DisposedBit) != 0) return;
                if (old < CountUnit) throw new ObjectDisposedException(null, "Safe handle has been closed.");
                performRelease = old < 2 * CountUnit && (old & ClosedBit) == 0 && _ownsHandle && !IsInvalid;
                updated = old - CountUnit;
                if (updated < CountUnit) updated |= ClosedBit;
                if (dispose) updated |= DisposedBit;
            } while (Interlocked.CompareExchange(ref _state, updated, old) != old);
            if (performRelease)
            {
                int saved = Marshal.GetLastPInvokeError();
                ReleaseHandle();
                Marshal.SetLastPInvokeError(saved);
            }
        }
    }
}
