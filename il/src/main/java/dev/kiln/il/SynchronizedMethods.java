package dev.kiln.il;

import dev.kiln.typesystem.EcmaMethod;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeDesc;
import dev.kiln.typesystem.TypeSystem;

/**
 * Methods with the `synchronized` implementation flag ([MethodImpl(MethodImplOptions.Synchronized)]): .NET runs the
 * whole call under a lock, on `this` for an instance method and on the type's RuntimeType (typeof(T)) for a static
 * one, released when the call returns or an exception leaves it. Kiln compiles the IL into a body function and
 * wraps it (codegen's SynchronizedWrappers): the scanner and the generator both take the helpers from here.
 */
public final class SynchronizedMethods {
    /** MethodImplAttributes.Synchronized. */
    private static final int IMPL_SYNCHRONIZED = 0x0020;

    private SynchronizedMethods() {
    }

    /** Whether the method's implementation flags ask for the lock. */
    public static boolean isSynchronized(MethodDesc method) {
        return method.typicalDefinition() instanceof EcmaMethod e && (e.implFlags() & IMPL_SYNCHRONIZED) != 0;
    }

    /**
     * Rejects what .NET refuses to load: a synchronized method of a value type (the metadata validator's
     * VLDTR_E_MD_SYNCMETHODINVTYPE: there is no object to lock) and a synchronized runtime-async method (the
     * runtime-async spec makes MethodImplOptions.Async with Synchronized invalid).
     */
    public static void check(MethodDesc method) {
        if (method.owningType().isValueType()) {
            throw new ILCompileException(method.location() + ": a method of a value type cannot be synchronized");
        }
        if (method.isRuntimeAsync()) {
            throw new ILCompileException(method.location() + ": a runtime-async method cannot be synchronized");
        }
    }

    /** System.Threading.Monitor::Enter(object) of the core library. */
    public static MethodDesc enter(TypeSystem ts) {
        return monitorMethod(ts, "Enter");
    }

    /** System.Threading.Monitor::Exit(object) of the core library. */
    public static MethodDesc exit(TypeSystem ts) {
        return monitorMethod(ts, "Exit");
    }

    /** RuntimeType::FromHandle(IntPtr): the RuntimeType object of a type descriptor, which a static method locks. */
    public static MethodDesc typeOfDescriptor(TypeSystem ts) {
        TypeDesc runtimeType = RuntimeContract.runtimeType(ts);
        MethodDesc m = runtimeType == null ? null : runtimeType.findMethod("FromHandle");
        if (m == null || !m.isStatic() || m.signature().parameters().size() != 1) {
            throw new ILCompileException("the core library lacks System.RuntimeType::FromHandle(IntPtr)");
        }
        return m;
    }

    private static MethodDesc monitorMethod(TypeSystem ts, String name) {
        TypeDesc monitor = ts.coreLibraryModule().findType("System.Threading", "Monitor");
        if (monitor != null) {
            for (MethodDesc m : monitor.methods()) {
                if (m.isStatic() && m.name().equals(name) && m.signature().parameters().size() == 1) {
                    return m;
                }
            }
        }
        throw new ILCompileException("the core library lacks System.Threading.Monitor::" + name + "(object)");
    }
}
