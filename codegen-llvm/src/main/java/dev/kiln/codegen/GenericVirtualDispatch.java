package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.kiln.il.GenericVirtualResolution;
import dev.kiln.typesystem.InstantiatedMethod;
import dev.kiln.typesystem.InterfaceResolution;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeDesc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Calls of generic virtual methods. Each instantiation M&lt;T&gt; that is called virtually gets a dispatcher
 * (ptr type) → implementation, defined once all methods are compiled: it compares the object's descriptor with
 * every constructed type that has an override compiled.
 */
public final class GenericVirtualDispatch {
    private final NativeModuleBuilder ctx;
    private final LlvmModule m;
    private final Map<InstantiatedMethod, LlvmFunction> dispatchers = new LinkedHashMap<>();

    GenericVirtualDispatch(NativeModuleBuilder ctx) {
        this.ctx = ctx;
        this.m = ctx.m;
    }

    LlvmFunction dispatcher(InstantiatedMethod method) {
        return dispatchers.computeIfAbsent(method, k -> {
            var type = m.functionType(m.ptr, m.ptr);
            LLVMValueRef fn = LLVMAddFunction(m.module, ctx.symbols.nameFor(List.of("gvm", k), "gvm dispatch " + k.fullName()), type);
            LLVMSetLinkage(fn, LLVMInternalLinkage);
            return new LlvmFunction(fn, type);
        });
    }

    /** Gives every dispatcher its body; call after all methods are compiled and before descriptors are defined. */
    void defineAll(List<TypeDesc> constructedTypes) {
        for (var entry : dispatchers.entrySet()) {
            LLVMValueRef fn = entry.getValue().value();
            var block = LLVMAppendBasicBlockInContext(m.context, fn, "entry");
            LLVMPositionBuilderAtEnd(m.builder, block);
            LLVMValueRef type = LLVMGetParam(fn, 0);
            List<TypeDesc> candidates = new ArrayList<>(constructedTypes);
            for (TypeDesc t : candidates) {
                MethodDesc impl = GenericVirtualResolution.resolve(t, entry.getKey());
                if (impl == null || !ctx.functions.isDefined(impl)) {
                    continue;
                }
                var hit = LLVMAppendBasicBlockInContext(m.context, fn, "hit");
                var miss = LLVMAppendBasicBlockInContext(m.context, fn, "miss");
                LLVMBuildCondBr(m.builder, LLVMBuildICmp(m.builder, LLVMIntEQ, type, ctx.descriptors.get(t), ""), hit, miss);
                LLVMPositionBuilderAtEnd(m.builder, hit);
                LLVMValueRef target = t.isValueType() ? ctx.functions.unboxingStub(impl).value() : ctx.functions.get(impl).value();
                LLVMBuildRet(m.builder, target);
                LLVMPositionBuilderAtEnd(m.builder, miss);
            }
            LLVMBuildRet(m.builder, m.nullPtr());
        }
    }
}
