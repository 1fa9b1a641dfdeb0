package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.kiln.il.GenericVirtualResolution;
import dev.kiln.il.Linkage;
import dev.kiln.typesystem.InstantiatedMethod;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeDesc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Calls of generic virtual methods. Each instantiation M&lt;T&gt; that is called virtually gets a dispatcher
 * (ptr type) → implementation, defined once all methods are compiled: it compares the object's descriptor with
 * every constructed type that has an override compiled.
 *
 * <p>In an image the receiver may be of a type only another image constructs, with the override compiled there. So an
 * image's dispatchers end by asking the runtime (kiln_gvm_find), and every image exports its overrides of the
 * instantiations its graph knows to be dispatched (kiln.gvms, kiln.h KGenericVirtuals), each keyed by the
 * instantiation's assembly-qualified name, which is the same in every image.
 */
public final class GenericVirtualDispatch {
    private final NativeModuleBuilder ctx;
    private final LlvmModule m;
    private final Map<InstantiatedMethod, LlvmFunction> dispatchers = new LinkedHashMap<>();
    /** In an image: instantiations dispatched somewhere (here or in another image), whose overrides it exports. */
    private final Set<InstantiatedMethod> exported = new LinkedHashSet<>();

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

    /** In an image: the overrides of method on the constructed types go into its kiln.gvms table. */
    void export(InstantiatedMethod method) {
        exported.add(method);
    }

    /** Gives every dispatcher its body; call after all methods are compiled and before descriptors are defined. */
    void defineAll(List<TypeDesc> constructedTypes) {
        boolean image = ctx.linkage.isImage();
        for (var entry : dispatchers.entrySet()) {
            LLVMValueRef fn = entry.getValue().value();
            var block = LLVMAppendBasicBlockInContext(m.context, fn, "entry");
            LLVMPositionBuilderAtEnd(m.builder, block);
            LLVMValueRef type = LLVMGetParam(fn, 0);
            for (TypeDesc t : constructedTypes) {
                LLVMValueRef target = override(entry.getKey(), t);
                if (target == null) {
                    continue;
                }
                var hit = LLVMAppendBasicBlockInContext(m.context, fn, "hit");
                var miss = LLVMAppendBasicBlockInContext(m.context, fn, "miss");
                LLVMBuildCondBr(m.builder, LLVMBuildICmp(m.builder, LLVMIntEQ, type, ctx.descriptors.get(t), ""), hit, miss);
                LLVMPositionBuilderAtEnd(m.builder, hit);
                LLVMBuildRet(m.builder, target);
                LLVMPositionBuilderAtEnd(m.builder, miss);
            }
            if (image) {
                // a type this image never saw: the override another image compiled for it, or null
                LlvmFunction find = ctx.runtime.genericVirtualFind();
                LLVMBuildRet(m.builder, m.call(find.type(), find.value(), key(entry.getKey()), type));
            } else {
                LLVMBuildRet(m.builder, m.nullPtr());
            }
        }
        if (image) {
            defineTable(constructedTypes);
        }
    }

    /** The compiled override of method on type t (its unboxing stub for a value type), or null. */
    private LLVMValueRef override(InstantiatedMethod method, TypeDesc t) {
        MethodDesc impl = GenericVirtualResolution.resolve(t, method);
        if (impl == null || !ctx.functions.isDefined(impl)) {
            return null;
        }
        return t.isValueType() ? ctx.functions.unboxingStub(impl).value() : ctx.functions.get(impl).value();
    }

    private LLVMValueRef key(InstantiatedMethod method) {
        String text = Linkage.genericVirtualKey(method);
        return m.cString(ctx.symbols.nameFor(List.of("gvm key", method), "gvm key " + method.fullName()), text);
    }

    /** kiln.gvms: {i32 count, i32 0, [count x {key, type, code}]}, the overrides this image compiled. */
    private void defineTable(List<TypeDesc> constructedTypes) {
        Set<InstantiatedMethod> methods = new LinkedHashSet<>(dispatchers.keySet());
        methods.addAll(exported);
        var entryType = m.structType(m.ptr, m.ptr, m.ptr);
        List<LLVMValueRef> entries = new ArrayList<>();
        for (InstantiatedMethod method : methods) {
            for (TypeDesc t : constructedTypes) {
                if (!ctx.defines(t)) {
                    continue; // another image's type: its own table has its overrides
                }
                LLVMValueRef target = override(method, t);
                if (target != null) {
                    entries.add(m.constStruct(key(method), ctx.descriptors.get(t), target));
                }
            }
        }
        LLVMValueRef table = m.constStruct(m.constI32(entries.size()), m.constI32(0),
                m.constArray(entryType, entries.toArray(new LLVMValueRef[0])));
        LLVMValueRef g = LLVMAddGlobal(m.module, LLVMTypeOf(table), RuntimeAbi.IMAGE_GENERIC_VIRTUALS);
        LLVMSetInitializer(g, table);
        LLVMSetGlobalConstant(g, 1);
    }
}
