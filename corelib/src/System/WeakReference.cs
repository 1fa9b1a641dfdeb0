using System.Runtime.CompilerServices;

namespace System
{
    // A weak slot (runtime-c weak.c): the target's address hidden from the collector and cleared by it when the target
    // becomes unreachable. The slot is a field of the object that owns it; the collector drops the registration when that
    // object dies.
    internal static class WeakSlot
    {
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern void Set(ref IntPtr slot, object target, bool trackResurrection);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern object Get(ref IntPtr slot);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern void Free(ref IntPtr slot);
    }

    public class WeakReference
    {
        private IntPtr _slot;
        private readonly bool _trackResurrection;

        public WeakReference(object target) : this(target, false) { }

        public WeakReference(object target, bool trackResurrection)
        {
            _trackResurrection = trackResurrection;
            WeakSlot.Set(ref _slot, target, trackResurrection);
        }

        public virtual bool IsAlive { get { return WeakSlot.Get(ref _slot) != null; } }

        public virtual bool TrackResurrection { get { return _trackResurrection; } }

        public virtual object Target
        {
            get { return WeakSlot.Get(ref _slot); }
            set { WeakSlot.Set(ref _slot, value, _trackResurrection); }
        }
    }

    public sealed class WeakReference<T> where T : class
    {
        private IntPtr _slot;
        private readonly bool _trackResurrection;

        public WeakReference(T target) : this(target, false) { }

        public WeakReference(T target, bool trackResurrection)
        {
            _trackResurrection = trackResurrection;
            WeakSlot.Set(ref _slot, target, trackResurrection);
        }

        public bool TryGetTarget(out T target)
        {
            T t = (T)WeakSlot.Get(ref _slot);
            target = t;
            return t != null;
        }

        public void SetTarget(T target)
        {
            WeakSlot.Set(ref _slot, target, _trackResurrection);
        }
    }
}
