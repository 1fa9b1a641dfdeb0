using System.Runtime.CompilerServices;

namespace System
{
    // The first four virtual methods are vtable slots 0..3 in this order (runtime-c/include/kiln.h).
    public class Object
    {
        public Object() { }

        public virtual string ToString() { return GetTypeName(this); }

        public virtual bool Equals(object obj) { return (object)this == obj; }

        public virtual int GetHashCode() { return GetHashCodeImpl(this); }

        ~Object() { }

        public static bool Equals(object objA, object objB)
        {
            if ((object)objA == objB) return true;
            if (objA == null || objB == null) return false;
            return objA.Equals(objB);
        }

        public static bool ReferenceEquals(object objA, object objB) { return objA == objB; }

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string GetTypeName(object o);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int GetHashCodeImpl(object o);
    }

    public abstract class ValueType
    {
        protected ValueType() { }
    }

    public abstract class Enum : ValueType
    {
        protected Enum() { }
    }

    public struct Void { }

    public abstract class Array
    {
        internal Array() { }

        public extern int Length
        {
            [MethodImpl(MethodImplOptions.InternalCall)]
            get;
        }
    }

    public abstract class Delegate
    {
        internal object _target;
        internal IntPtr _methodPtr;
    }

    public abstract class MulticastDelegate : Delegate { }

    public abstract class Type
    {
        protected Type() { }
    }

    public struct RuntimeTypeHandle { }
    public struct RuntimeFieldHandle { }
    public struct RuntimeMethodHandle { }
    public struct RuntimeArgumentHandle { }
    public struct TypedReference { }

    public interface IDisposable { void Dispose(); }
    public interface ICloneable { object Clone(); }
    public interface IComparable { int CompareTo(object obj); }
    public interface IFormattable { }
    public interface IConvertible { }

    public struct Nullable<T> where T : struct
    {
        private bool hasValue;
        internal T value;
    }

    public static class Environment
    {
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void Exit(int exitCode);

        public static string NewLine { get { return "\n"; } }
    }

    public static class GC
    {
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern long GetTotalAllocatedBytes(bool precise);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void Collect();

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern long GetTotalMemory(bool forceFullCollection);
    }

    public static class Buffer
    {
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern unsafe void MemoryCopy(void* destination, void* source, long bytes);
    }
}
