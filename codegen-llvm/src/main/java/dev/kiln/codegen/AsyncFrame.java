package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.kiln.il.AwaitSites;
import dev.kiln.typesystem.AsyncVariant;
import dev.kiln.typesystem.MethodDesc;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * What the steps of async lowering (see AsyncLowering) share while they compile one method as an async variant:
 * the method's generator, the variant, the resume continuation it was entered with, the entry's resume switch
 * (ResumeDispatch) and the suspension points made so far (SuspensionPoints).
 */
final class AsyncFrame {
    final MethodCodegen g;
    final LlvmModule m;
    final NativeModuleBuilder ctx;
    final AsyncVariant variant;
    final AwaitSites.Mode mode;
    /** The continuation a resumption enters with (null for a fresh call). */
    final LLVMValueRef resumeParam;
    /** The entry's switch over the resumed continuation's state (runtime-async variants only). */
    LLVMValueRef resumeSwitch;
    /** Suspension points made so far: the next one's state number. */
    int suspensionPoints;

    AsyncFrame(MethodCodegen g, AsyncVariant variant, AwaitSites.Mode mode, LLVMValueRef resumeParam) {
        this.g = g;
        this.m = g.m;
        this.ctx = g.ctx;
        this.variant = variant;
        this.mode = mode;
        this.resumeParam = resumeParam;
    }

    LLVMValueRef isNull(LLVMValueRef pointer) {
        return LLVMBuildICmp(m.builder, LLVMIntEQ, pointer, m.nullPtr(), "");
    }

    LLVMValueRef call(MethodDesc method, LLVMValueRef... args) {
        ctx.checkCompiled(method, g.method, g.currentOffset);
        LlvmFunction f = ctx.functions.get(method);
        return g.callMayThrow(f.type(), f.value(), args);
    }
}
