package dev.kiln.compiler;

import dev.kiln.codegen.NativeModuleBuilder;
import dev.kiln.compiler.deps.FunctionToCompile;

/** Hands each function the dependency graph decided on to the code generator, and names its symbol. */
final class FunctionEmission {
    private FunctionEmission() {
    }

    static void compile(FunctionToCompile f, NativeModuleBuilder builder) {
        switch (f.kind()) {
            case METHOD_BODY -> builder.compileMethod(f.method(), f.body());
            case ASYNC_VARIANT -> builder.compileAsyncVariant(f.method(), f.body());
            case ASYNC_VERSION -> builder.compileAsyncVersion(f.method(), f.body());
            case TASK_RETURNING_THUNK -> builder.compileTaskReturningThunk(f.method());
            case ASYNC_THUNK -> builder.compileAsyncThunk(f.method());
            case PINVOKE_STUB -> builder.compilePInvokeStub(f.method());
            case DELEGATE_MARSHALLING -> builder.compileDelegateMarshalling(f.method().owningType());
            case THROWING_BODY -> builder.compileThrowingBody(f.method(), false, f.throwKind(), f.message());
            case THROWING_ASYNC_VARIANT -> builder.compileThrowingBody(f.method(), true, f.throwKind(), f.message());
            default -> throw new IllegalArgumentException(f.kind().toString());
        }
    }

    /** The function's symbol in the object file (for sizes in --map and --report). */
    static String symbol(FunctionToCompile f, NativeModuleBuilder builder) {
        if (f.kind() == FunctionToCompile.Kind.DELEGATE_MARSHALLING) {
            return builder.delegateMarshallingSymbolOf(f.method().owningType());
        }
        return f.isAsyncEntry() ? builder.asyncVariantSymbolOf(f.method()) : builder.symbolOf(f.method());
    }
}
