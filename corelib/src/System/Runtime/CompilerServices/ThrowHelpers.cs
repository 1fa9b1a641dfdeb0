using System.IO;

namespace System.Runtime.CompilerServices
{
    // What code compiled against something the program's assemblies lack throws when it runs (NativeAOT's behaviour):
    // the compiler replaces the body of every method that references a missing type, method, field or assembly with
    // a call to this method, and so also the bodies .NET Core implements as a throw (delegate BeginInvoke/EndInvoke).
    // P/Invoke stubs call it when their library or entry point cannot be bound. The kinds are the compiler's (codegen
    // ThrowingBodies) and the runtime's (kiln.h KILN_PINVOKE_*).
    internal static class ThrowHelpers
    {
        internal static void ThrowLoaderException(int kind, string message)
        {
            switch (kind)
            {
                case 0: throw new TypeLoadException(message);
                case 1: throw new MissingMethodException(message);
                case 2: throw new MissingFieldException(message);
                case 3: throw new FileNotFoundException(message);
                case 5: throw new DllNotFoundException(message);
                case 6: throw new EntryPointNotFoundException(message);
                default: throw new PlatformNotSupportedException(message);
            }
        }
    }
}
