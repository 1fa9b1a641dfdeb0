package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.kiln.typesystem.TypeDesc;
import dev.kiln.typesystem.Variance;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Casts to variant generic delegate types (Func&lt;Cat&gt; is a Func&lt;Animal&gt;). Delegate types are sealed, so
 * each target gets a checker (ptr type) → i1 that, once every type is known, compares with the constructed types
 * that convert to it.
 */
final class VariantCasts {
    private final NativeModuleBuilder ctx;
    private final LlvmModule m;
    private final Map<TypeDesc, LlvmFunction> checkers = new LinkedHashMap<>();

    VariantCasts(NativeModuleBuilder ctx) {
        this.ctx = ctx;
        this.m = ctx.m;
    }

    static boolean needsVarianceCheck(TypeDesc target) {
        return !target.isInterface() && Variance.hasVariance(target);
    }

    LlvmFunction checker(TypeDesc target) {
        return checkers.computeIfAbsent(target, t -> {
            var type = m.functionType(m.i1, m.ptr);
            LLVMValueRef fn = LLVMAddFunction(m.module, ctx.symbols.nameFor(List.of("variant cast", t), "variant cast " + t.fullName()), type);
            LLVMSetLinkage(fn, LLVMInternalLinkage);
            return new LlvmFunction(fn, type);
        });
    }

    void defineAll(List<TypeDesc> constructed) {
        for (var entry : checkers.entrySet()) {
            LLVMValueRef fn = entry.getValue().value();
            LLVMPositionBuilderAtEnd(m.builder, LLVMAppendBasicBlockInContext(m.context, fn, "entry"));
            LLVMValueRef type = LLVMGetParam(fn, 0);
            LLVMValueRef result = LLVMBuildICmp(m.builder, LLVMIntEQ, type, ctx.descriptors.get(entry.getKey()), "");
            for (TypeDesc t : constructed) {
                if (t != entry.getKey() && Variance.isVariantConvertible(t, entry.getKey())) {
                    LLVMValueRef same = LLVMBuildICmp(m.builder, LLVMIntEQ, type, ctx.descriptors.get(t), "");
                    result = LLVMBuildOr(m.builder, result, same, "");
                }
            }
            // delegate types this module never saw (another image's) convert by their descriptors' variance info
            LLVMBasicBlockRef yes = LLVMAppendBasicBlockInContext(m.context, fn, "yes");
            LLVMBasicBlockRef ask = LLVMAppendBasicBlockInContext(m.context, fn, "ask");
            LLVMBuildCondBr(m.builder, result, yes, ask);
            LLVMPositionBuilderAtEnd(m.builder, yes);
            LLVMBuildRet(m.builder, LLVMConstInt(m.i1, 1, 0));
            LLVMPositionBuilderAtEnd(m.builder, ask);
            LlvmFunction assignable = ctx.runtime.isAssignable();
            LLVMValueRef answer = m.call(assignable.type(), assignable.value(), type, ctx.descriptors.get(entry.getKey()));
            LLVMBuildRet(m.builder, LLVMBuildICmp(m.builder, LLVMIntNE, answer, m.constI32(0), ""));
        }
    }
}
