using System.Runtime.InteropServices;

namespace System.Threading
{
    // An int on cache lines of its own, for a shared field that many threads read on a hot path while its neighbours are
    // written: statics are laid out side by side, so the pool's idle count, read after every push, shared a line with
    // the global queue's head and count, written by every enqueue — each worker's push then missed while another
    // thread queued work. The value sits 128 bytes into 256: whatever address the field gets, the aligned 128-byte
    // pair around the value (what this processor's adjacent-line prefetcher moves together, .NET's
    // PaddingHelpers.CACHE_LINE_SIZE) holds nothing else.
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    internal struct PaddedInt32
    {
        [FieldOffset(128)]
        internal int Value;
    }
}
