using System.Runtime.CompilerServices;

namespace System.Text
{
    // The ASCII runs of transcoding, 16 units per step with vector instructions in the runtime (runtime-c/src/ascii.c).
    // Each stops at the first unit that is not ASCII and returns how many it went over.
    internal static unsafe class AsciiRuns
    {
        // Copies the leading ASCII UTF-16 units to dst as bytes.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern long Narrow(char* src, long count, byte* dst);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern long CountUnits(char* src, long count);

        // Copies the leading ASCII bytes to dst as UTF-16 units.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern long Widen(byte* src, long count, char* dst);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern long CountBytes(byte* src, long count);
    }
}
