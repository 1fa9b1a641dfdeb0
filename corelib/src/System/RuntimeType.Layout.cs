using System.Runtime.CompilerServices;

namespace System
{
    // What Marshal needs of a value type's descriptor: whether its bytes are its native form and how many there are.
    internal sealed partial class RuntimeType
    {
        private const int BlittableFlag = 512; // kiln.h KTYPE_BLITTABLE

        [MethodImpl(MethodImplOptions.InternalCall)] private static extern int BaseSizeImpl(IntPtr descriptor);

        // The size of a blittable value type (its box less the object header), else -1.
        internal int BlittableSize
        {
            get { return (FlagsImpl(_descriptor) & BlittableFlag) != 0 ? BaseSizeImpl(_descriptor) - 8 : -1; }
        }
    }
}
