package dev.kiln.compiler.deps;

import dev.kiln.il.ImportedBody;
import dev.kiln.typesystem.MethodDesc;

/**
 * The function a code node puts into the output, as the back end needs to know it: which kind of code, for which
 * method, for code compiled from IL the body as the scanner imported it (the generator compiles that same decoding),
 * and for a body compiled as a throw, what it throws (a ThrowingMethods kind and .NET's message). The graph decides;
 * the compiler hands it to the code generator (the analysis never calls the back end itself).
 */
public record FunctionToCompile(Kind kind, MethodDesc method, ImportedBody body, int throwKind, String message) {
    public enum Kind {
        /** A method's IL compiled as an ordinary body. */
        METHOD_BODY,
        /** The async variant compiled from a runtime-async method's IL. */
        ASYNC_VARIANT,
        /** The async version compiled from an ordinary task-returning method's IL. */
        ASYNC_VERSION,
        /** The task-returning entry of a runtime-async method (runs the variant, wraps its result in a task). */
        TASK_RETURNING_THUNK,
        /** The async-callable thunk of an ordinary task-returning method (calls it, awaits the task). */
        ASYNC_THUNK,
        /** The native call of a P/Invoke method with its marshalling. */
        PINVOKE_STUB,
        /** The reverse and forward stubs of a delegate type crossing to native code (method: its Invoke). */
        DELEGATE_MARSHALLING,
        /** A method whose body throws (throwKind, message). */
        THROWING_BODY,
        /** The async variant or version of a method, compiled as a throw (throwKind, message). */
        THROWING_ASYNC_VARIANT
    }

    public FunctionToCompile(Kind kind, MethodDesc method) {
        this(kind, method, null, -1, null);
    }

    public FunctionToCompile(Kind kind, MethodDesc method, ImportedBody body) {
        this(kind, method, body, -1, null);
    }

    /** A body compiled as a throw of the given ThrowingMethods kind with .NET's message. */
    public static FunctionToCompile throwing(Kind kind, MethodDesc method, int throwKind, String message) {
        return new FunctionToCompile(kind, method, null, throwKind, message);
    }

    /** Whether the function is the async-callable entry of method (its symbol is the async variant's). */
    public boolean isAsyncEntry() {
        return kind == Kind.ASYNC_VARIANT || kind == Kind.ASYNC_VERSION || kind == Kind.ASYNC_THUNK
                || kind == Kind.THROWING_ASYNC_VARIANT;
    }
}
