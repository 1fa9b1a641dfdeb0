package dev.kiln.il;

import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeDesc;
import dev.kiln.typesystem.TypeSystem;
import dev.kiln.typesystem.WellKnownType;

/**
 * The runtime contract: the core-library types and methods the C runtime and generated support code call or create
 * by themselves (not because some IL names them). The dependency graph roots them; the code generator calls them.
 */
public final class RuntimeContract {
    private RuntimeContract() {
    }

    /** System.RuntimeType, whose instances the runtime creates for GetType() and typeof (null if absent). */
    public static TypeDesc runtimeType(TypeSystem ts) {
        return ts.coreLibraryModule().findType("System", "RuntimeType");
    }

    /** The core library's static bool Object.Equals(object, object), or null. */
    public static MethodDesc staticObjectEquals(TypeSystem ts) {
        TypeDesc object = ts.wellKnown(WellKnownType.OBJECT);
        for (MethodDesc m : object.methods()) {
            if (m.isStatic() && m.name().equals("Equals") && m.signature().parameters().size() == 2) {
                return m;
            }
        }
        return null;
    }

    /**
     * The core library's static UnhandledExceptions.OnUnhandled(object), which the runtime calls for an exception no
     * frame catches (it raises AppDomain.UnhandledException), or null.
     */
    public static MethodDesc unhandledExceptionHook(TypeSystem ts) {
        TypeDesc t = ts.coreLibraryModule().findType("System", "UnhandledExceptions");
        if (t == null) {
            return null;
        }
        for (MethodDesc m : t.methods()) {
            if (m.isStatic() && m.name().equals("OnUnhandled") && m.signature().parameters().size() == 1) {
                return m;
            }
        }
        return null;
    }

    /**
     * The core library's static UnhandledExceptions.Describe(object) → string, the exception's ToString() for the
     * runtime's report of an unhandled exception (null when it fails), or null without one.
     */
    public static MethodDesc describeExceptionHook(TypeSystem ts) {
        TypeDesc t = ts.coreLibraryModule().findType("System", "UnhandledExceptions");
        if (t == null) {
            return null;
        }
        for (MethodDesc m : t.methods()) {
            if (m.isStatic() && m.name().equals("Describe") && m.signature().parameters().size() == 1) {
                return m;
            }
        }
        return null;
    }

    /** Runtime failures the C runtime reports by code (kiln.h KILN_EX_*), and the core library type of each. */
    public static final String[] BUILTIN_EXCEPTIONS = {null, "NullReferenceException", "IndexOutOfRangeException",
        "InvalidCastException", "DivideByZeroException", "OverflowException", "OutOfMemoryException",
        "ArrayTypeMismatchException", "ArithmeticException"};

    /** TypeInitializationException(string fullTypeName, Exception innerException), which class-constructor runners call. */
    public static MethodDesc typeInitializationExceptionConstructor(TypeSystem ts) {
        TypeDesc t = ts.coreLibraryModule().findType("System", "TypeInitializationException");
        if (t == null) {
            throw new ILCompileException("the core library lacks System.TypeInitializationException");
        }
        for (MethodDesc m : t.methods()) {
            if (m.isConstructor() && m.signature().parameters().size() == 2) {
                return m;
            }
        }
        throw new ILCompileException("System.TypeInitializationException lacks its (string, Exception) constructor");
    }

    /** The parameterless constructor of the core library exception for a KILN_EX_* code, or null. */
    public static MethodDesc builtinExceptionConstructor(TypeSystem ts, int code) {
        TypeDesc t = ts.coreLibraryModule().findType("System", BUILTIN_EXCEPTIONS[code]);
        if (t == null) {
            return null;
        }
        for (MethodDesc m : t.methods()) {
            if (m.isConstructor() && m.signature().parameters().isEmpty()) {
                return m;
            }
        }
        return null;
    }

}
