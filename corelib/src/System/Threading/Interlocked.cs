using System.Runtime.CompilerServices;

namespace System.Threading
{
    // Every member but MemoryBarrierProcessWide is a compiler intrinsic (il Intrinsics.isInterlocked, codegen-llvm
    // AtomicIntrinsics): a call becomes one sequentially consistent LLVM atomic instruction. The bodies call themselves,
    // and that call is compiled as the intrinsic too, so calls through delegates or reflection are just as atomic.
    public static class Interlocked
    {
        public static int Increment(ref int location) { return Increment(ref location); }
        public static long Increment(ref long location) { return Increment(ref location); }
        public static uint Increment(ref uint location) { return Increment(ref location); }
        public static ulong Increment(ref ulong location) { return Increment(ref location); }
        public static int Decrement(ref int location) { return Decrement(ref location); }
        public static long Decrement(ref long location) { return Decrement(ref location); }
        public static uint Decrement(ref uint location) { return Decrement(ref location); }
        public static ulong Decrement(ref ulong location) { return Decrement(ref location); }
        public static int Add(ref int location1, int value) { return Add(ref location1, value); }
        public static long Add(ref long location1, long value) { return Add(ref location1, value); }
        public static uint Add(ref uint location1, uint value) { return Add(ref location1, value); }
        public static ulong Add(ref ulong location1, ulong value) { return Add(ref location1, value); }
        public static int And(ref int location1, int value) { return And(ref location1, value); }
        public static long And(ref long location1, long value) { return And(ref location1, value); }
        public static uint And(ref uint location1, uint value) { return And(ref location1, value); }
        public static ulong And(ref ulong location1, ulong value) { return And(ref location1, value); }
        public static int Or(ref int location1, int value) { return Or(ref location1, value); }
        public static long Or(ref long location1, long value) { return Or(ref location1, value); }
        public static uint Or(ref uint location1, uint value) { return Or(ref location1, value); }
        public static ulong Or(ref ulong location1, ulong value) { return Or(ref location1, value); }

        public static long Read(ref long location) { return Read(ref location); }
        public static ulong Read(ref ulong location) { return Read(ref location); }

        public static int Exchange(ref int location1, int value) { return Exchange(ref location1, value); }
        public static long Exchange(ref long location1, long value) { return Exchange(ref location1, value); }
        public static uint Exchange(ref uint location1, uint value) { return Exchange(ref location1, value); }
        public static ulong Exchange(ref ulong location1, ulong value) { return Exchange(ref location1, value); }
        public static float Exchange(ref float location1, float value) { return Exchange(ref location1, value); }
        public static double Exchange(ref double location1, double value) { return Exchange(ref location1, value); }
        public static object Exchange(ref object location1, object value) { return Exchange(ref location1, value); }
        public static IntPtr Exchange(ref IntPtr location1, IntPtr value) { return Exchange(ref location1, value); }
        public static UIntPtr Exchange(ref UIntPtr location1, UIntPtr value) { return Exchange(ref location1, value); }
        public static byte Exchange(ref byte location1, byte value) { return Exchange(ref location1, value); }
        public static sbyte Exchange(ref sbyte location1, sbyte value) { return Exchange(ref location1, value); }
        public static short Exchange(ref short location1, short value) { return Exchange(ref location1, value); }
        public static ushort Exchange(ref ushort location1, ushort value) { return Exchange(ref location1, value); }
        public static T Exchange<T>(ref T location1, T value) where T : class { return Exchange<T>(ref location1, value); }

        public static int CompareExchange(ref int location1, int value, int comparand)
        {
            return CompareExchange(ref location1, value, comparand);
        }
        public static long CompareExchange(ref long location1, long value, long comparand)
        {
            return CompareExchange(ref location1, value, comparand);
        }
        public static uint CompareExchange(ref uint location1, uint value, uint comparand)
        {
            return CompareExchange(ref location1, value, comparand);
        }
        public static ulong CompareExchange(ref ulong location1, ulong value, ulong comparand)
        {
            return CompareExchange(ref location1, value, comparand);
        }
        public static float CompareExchange(ref float location1, float value, float comparand)
        {
            return CompareExchange(ref location1, value, comparand);
        }
        public static double CompareExchange(ref double location1, double value, double comparand)
        {
            return CompareExchange(ref location1, value, comparand);
        }
        public static object CompareExchange(ref object location1, object value, object comparand)
        {
            return CompareExchange(ref location1, value, comparand);
        }
        public static IntPtr CompareExchange(ref IntPtr location1, IntPtr value, IntPtr comparand)
        {
            return CompareExchange(ref location1, value, comparand);
        }
        public static UIntPtr CompareExchange(ref UIntPtr location1, UIntPtr value, UIntPtr comparand)
        {
            return CompareExchange(ref location1, value, comparand);
        }
        public static byte CompareExchange(ref byte location1, byte value, byte comparand)
        {
            return CompareExchange(ref location1, value, comparand);
        }
        public static sbyte CompareExchange(ref sbyte location1, sbyte value, sbyte comparand)
        {
            return CompareExchange(ref location1, value, comparand);
        }
        public static short CompareExchange(ref short location1, short value, short comparand)
        {
            return CompareExchange(ref location1, value, comparand);
        }
        public static ushort CompareExchange(ref ushort location1, ushort value, ushort comparand)
        {
            return CompareExchange(ref location1, value, comparand);
        }
        public static T CompareExchange<T>(ref T location1, T value, T comparand) where T : class
        {
            return CompareExchange<T>(ref location1, value, comparand);
        }

        // a full fence: `fence seq_cst` (mfence)
        public static void MemoryBarrier() { MemoryBarrier(); }

        // A fence on every thread of the process at once (Linux membarrier), so that the other side of an asymmetric
        // protocol can get by without one; runtime-c barrier.c.
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void MemoryBarrierProcessWide();
    }
}
