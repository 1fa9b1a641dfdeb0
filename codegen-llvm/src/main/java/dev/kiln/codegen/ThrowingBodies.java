package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.kiln.il.ThrowingMethods;
import dev.kiln.typesystem.MethodDesc;

/** The code of a method compiled as a throw (ThrowingMethods says which and what): one call of the thrower. */
public final class ThrowingBodies {
    private ThrowingBodies() {
    }

    /** Defines function (a method or its async variant) as a call of the thrower; nothing after it is reachable. */
    static void emit(NativeModuleBuilder ctx, MethodDesc function, int kind, String message) {
        LlvmModule m = ctx.m;
        LlvmFunction fn = ctx.functions.get(function);
        ctx.functions.markDefined(function);
        var saved = LLVMGetInsertBlock(m.builder);
        LLVMPositionBuilderAtEnd(m.builder, LLVMAppendBasicBlockInContext(m.context, fn.value(), "entry"));
        LlvmFunction thrower = ctx.functions.get(ThrowingMethods.thrower(ctx.typeSystem));
        m.call(thrower.type(), thrower.value(), m.constI32(kind), ctx.strings.get(message));
        LLVMBuildUnreachable(m.builder);
        if (saved != null) {
            LLVMPositionBuilderAtEnd(m.builder, saved);
        }
    }
}
