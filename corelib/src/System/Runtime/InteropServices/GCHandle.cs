using System.Runtime.CompilerServices;

namespace System.Runtime.InteropServices
{
    public enum GCHandleType
    {
        Weak = 0,
        WeakTrackResurrection = 1,
        Normal = 2,
        Pinned = 3
    }

    // A handle is an index into a table that lives in a static managed array, which the GC scans, so a handle keeps
    // its target alive. Boehm GC never moves objects, so a pinned handle is an ordinary one whose target's data
    // address is stable. As .NET, the low bit of a handle's value marks it pinned; the value is what native code
    // holds (ToIntPtr), never an address.
    public struct GCHandle
    {
        private IntPtr _handle;

        private GCHandle(IntPtr handle) { _handle = handle; }

        public static GCHandle Alloc(object value) { return Alloc(value, GCHandleType.Normal); }

        // Weak and WeakTrackResurrection handles hold their target through a weak reference (runtime-c weak.c): the
        // collector clears it when nothing else keeps the target.
        public static GCHandle Alloc(object value, GCHandleType type)
        {
            if ((uint)type > (uint)GCHandleType.Pinned)
                throw new ArgumentOutOfRangeException("type", "Specified argument was out of the range of valid values.");
            bool pinned = type == GCHandleType.Pinned;
            if (pinned) CheckPinnable(value);
            int index = type <= GCHandleType.WeakTrackResurrection
                ? HandleTable.AddWeak(value, type == GCHandleType.WeakTrackResurrection) : HandleTable.Add(value);
            return new GCHandle(new IntPtr(((long)(index + 1) << 1) | (pinned ? 1L : 0L)));
        }

        public bool IsAllocated { get { return _handle != IntPtr.Zero; } }

        public object Target
        {
            get { return HandleTable.Get(Index(_handle)); }
            set
            {
                int index = Index(_handle);
                if (IsPinned(_handle)) CheckPinnable(value);
                HandleTable.Set(index, value);
            }
        }

        public void Free()
        {
            int index = Index(_handle);
            _handle = IntPtr.Zero;
            HandleTable.Remove(index);
        }

        // The address of the target's data: element 0 of an array, the first char of a string, else the first field.
        public IntPtr AddrOfPinnedObject()
        {
            int index = Index(_handle);
            if (!IsPinned(_handle)) throw new InvalidOperationException("Handle is not pinned.");
            object target = HandleTable.Get(index);
            return target == null ? IntPtr.Zero : DataAddress(target);
        }

        public static IntPtr ToIntPtr(GCHandle value) { return value._handle; }

        public static GCHandle FromIntPtr(IntPtr value)
        {
            Index(value);
            return new GCHandle(value);
        }

        public static explicit operator GCHandle(IntPtr value) { return FromIntPtr(value); }

        public static explicit operator IntPtr(GCHandle value) { return value._handle; }

        public static bool operator ==(GCHandle a, GCHandle b) { return a._handle == b._handle; }

        public static bool operator !=(GCHandle a, GCHandle b) { return a._handle != b._handle; }

        public override bool Equals(object o) { return o is GCHandle && ((GCHandle)o)._handle == _handle; }

        public bool Equals(GCHandle other) { return other._handle == _handle; }

        public override int GetHashCode() { return _handle.GetHashCode(); }

        private static bool IsPinned(IntPtr handle) { return ((long)handle & 1) != 0; }

        private static int Index(IntPtr handle)
        {
            if (handle == IntPtr.Zero) throw new InvalidOperationException("Handle is not initialized.");
            return (int)((long)handle >> 1) - 1;
        }

        // As .NET: only objects without references (arrays of unmanaged elements, strings, such classes) can be pinned.
        private static void CheckPinnable(object value)
        {
            if (value != null && HasReferences(value))
                throw new ArgumentException("Object contains non-primitive or non-blittable data.", "value");
        }

        private static bool HasReferences(object value) { return Marshal.HasReferences(value); }

        private static IntPtr DataAddress(object value) { return Marshal.DataAddress(value); }
    }

    // The targets of all allocated handles, with a free list threaded through the free slots. A weak handle's slot
    // holds a WeakReference to its target instead (s_weak).
    internal static class HandleTable
    {
        private static object[] s_targets = new object[16];
        private static bool[] s_weak = new bool[16];
        private static int[] s_next = new int[16];
        private static int s_count;
        private static int s_free = -1;
        private static readonly object s_lock = new object();

        internal static int Add(object target)
        {
            lock (s_lock)
            {
                int index = s_free;
                if (index >= 0)
                {
                    s_free = s_next[index];
                }
                else
                {
                    if (s_count == s_targets.Length) Grow();
                    index = s_count++;
                }
                s_targets[index] = target;
                s_weak[index] = false;
                s_next[index] = -2; // in use
                return index;
            }
        }

        internal static int AddWeak(object target, bool trackResurrection)
        {
            WeakReference cell = new WeakReference(target, trackResurrection);
            lock (s_lock)
            {
                int index = Add(cell);
                s_weak[index] = true;
                return index;
            }
        }

        private static void Grow()
        {
            object[] targets = new object[s_targets.Length * 2];
            int[] next = new int[targets.Length];
            bool[] weak = new bool[targets.Length];
            Array.Copy(s_targets, targets, s_targets.Length);
            Array.Copy(s_weak, weak, s_weak.Length);
            s_weak = weak;
            Array.Copy(s_next, next, s_next.Length);
            s_targets = targets;
            s_next = next;
        }

        internal static object Get(int index)
        {
            lock (s_lock)
            {
                CheckInUse(index);
                return s_weak[index] ? ((WeakReference)s_targets[index]).Target : s_targets[index];
            }
        }

        internal static void Set(int index, object target)
        {
            lock (s_lock)
            {
                CheckInUse(index);
                if (s_weak[index]) ((WeakReference)s_targets[index]).Target = target;
                else s_targets[index] = target;
            }
        }

        internal static void Remove(int index)
        {
            lock (s_lock)
            {
                CheckInUse(index);
                s_targets[index] = null;
                s_weak[index] = false;
                s_next[index] = s_free;
                s_free = index;
            }
        }

        // A freed or made-up handle value: .NET's behaviour is undefined there; Kiln refuses it.
        private static void CheckInUse(int index)
        {
            if ((uint)index >= (uint)s_count || s_next[index] != -2)
                throw new InvalidOperationException("Handle is not initialized.");
        }
    }
}
