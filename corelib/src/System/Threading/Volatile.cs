namespace System.Threading
{
    // Compiler intrinsics (il Intrinsics.isVolatile, codegen-llvm AtomicIntrinsics): Read is an acquire load, Write a
    // release store, as the IL `volatile.` prefix. The bodies call themselves and that call is the intrinsic.
    public static class Volatile
    {
        public static bool Read(ref bool location) { return Read(ref location); }
        public static byte Read(ref byte location) { return Read(ref location); }
        public static sbyte Read(ref sbyte location) { return Read(ref location); }
        public static short Read(ref short location) { return Read(ref location); }
        public static ushort Read(ref ushort location) { return Read(ref location); }
        public static int Read(ref int location) { return Read(ref location); }
        public static uint Read(ref uint location) { return Read(ref location); }
        public static long Read(ref long location) { return Read(ref location); }
        public static ulong Read(ref ulong location) { return Read(ref location); }
        public static IntPtr Read(ref IntPtr location) { return Read(ref location); }
        public static UIntPtr Read(ref UIntPtr location) { return Read(ref location); }
        public static float Read(ref float location) { return Read(ref location); }
        public static double Read(ref double location) { return Read(ref location); }
        public static object Read(ref object location) { return Read(ref location); }
        public static T Read<T>(ref T location) where T : class { return Read<T>(ref location); }

        public static void Write(ref bool location, bool value) { Write(ref location, value); }
        public static void Write(ref byte location, byte value) { Write(ref location, value); }
        public static void Write(ref sbyte location, sbyte value) { Write(ref location, value); }
        public static void Write(ref short location, short value) { Write(ref location, value); }
        public static void Write(ref ushort location, ushort value) { Write(ref location, value); }
        public static void Write(ref int location, int value) { Write(ref location, value); }
        public static void Write(ref uint location, uint value) { Write(ref location, value); }
        public static void Write(ref long location, long value) { Write(ref location, value); }
        public static void Write(ref ulong location, ulong value) { Write(ref location, value); }
        public static void Write(ref IntPtr location, IntPtr value) { Write(ref location, value); }
        public static void Write(ref UIntPtr location, UIntPtr value) { Write(ref location, value); }
        public static void Write(ref float location, float value) { Write(ref location, value); }
        public static void Write(ref double location, double value) { Write(ref location, value); }
        public static void Write(ref object location, object value) { Write(ref location, value); }
        public static void Write<T>(ref T location, T value) where T : class { Write<T>(ref location, value); }

        // No load after it moves before it / no store before it moves after it (.NET 10).
        public static void ReadBarrier() { ReadBarrier(); }
        public static void WriteBarrier() { WriteBarrier(); }
    }
}
