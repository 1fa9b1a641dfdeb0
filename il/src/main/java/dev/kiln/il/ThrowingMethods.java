package dev.kiln.il;

import dev.kiln.typesystem.EcmaMethod;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.MissingItem;
import dev.kiln.typesystem.TypeDesc;
import dev.kiln.typesystem.TypeSystem;

/**
 * Methods compiled as a throw, as NativeAOT compiles them: a method that references something the loaded
 * assemblies lack (it throws what .NET's loader throws for that item, with .NET's message), and runtime methods
 * that .NET Core implements as a throw — delegate BeginInvoke/EndInvoke — or that Kiln cannot marshal yet (P/Invoke
 * methods with signatures PInvokeSignature does not support). Their body calls the core library's
 * ThrowHelpers.ThrowLoaderException(kind, message) with one of the kinds below.
 */
public final class ThrowingMethods {
    public static final int TYPE_LOAD = 0;
    public static final int MISSING_METHOD = 1;
    public static final int MISSING_FIELD = 2;
    public static final int FILE_NOT_FOUND = 3;
    public static final int PLATFORM_NOT_SUPPORTED = 4;
    /** Thrown by P/Invoke stubs whose library or entry point cannot be bound (kiln.h KILN_PINVOKE_*). */
    public static final int DLL_NOT_FOUND = 5;
    public static final int ENTRY_POINT_NOT_FOUND = 6;

    private ThrowingMethods() {
    }

    /** The exception kind ThrowLoaderException throws for a missing item. */
    public static int kindOf(MissingItem item) {
        switch (item.kind()) {
            case TYPE: return TYPE_LOAD;
            case METHOD: return MISSING_METHOD;
            case FIELD: return MISSING_FIELD;
            case ASSEMBLY: return FILE_NOT_FOUND;
            default: throw new IllegalArgumentException(item.kind().toString());
        }
    }

    /** System.Runtime.CompilerServices.ThrowHelpers::ThrowLoaderException(int, string) of the core library. */
    public static MethodDesc thrower(TypeSystem ts) {
        TypeDesc helpers = ts.coreLibraryModule().findType("System.Runtime.CompilerServices", "ThrowHelpers");
        MethodDesc m = helpers == null ? null : helpers.findMethod("ThrowLoaderException");
        if (m == null) {
            throw new ILCompileException("the core library lacks System.Runtime.CompilerServices.ThrowHelpers::ThrowLoaderException");
        }
        return m;
    }

    /**
     * The message of the PlatformNotSupportedException a runtime method without a Kiln implementation throws, or
     * null when method is not one: delegate BeginInvoke/EndInvoke (as .NET Core) and P/Invoke methods whose
     * signatures Kiln cannot marshal.
     */
    public static String unsupportedRuntimeMethod(MethodDesc method) {
        if (DelegateMethods.isRuntimeImplemented(method)
                && (method.name().equals("BeginInvoke") || method.name().equals("EndInvoke"))) {
            return "Operation is not supported on this platform.";
        }
        if (method.typicalDefinition() instanceof EcmaMethod e && e.isPInvoke()) {
            PInvokeSignature signature = PInvokeSignature.of(method);
            if (signature == null) {
                return "P/Invoke method without an ImplMap row: " + method.fullName();
            }
            if (!signature.isSupported()) {
                return "Kiln cannot marshal the P/Invoke method " + method.fullName() + ": " + signature.unsupportedReason() + ".";
            }
        }
        return null;
    }

}
