package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeDesc;
import java.util.List;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * The VARARG calling convention (C#'s __arglist): a vararg method takes, after its declared parameters, a pointer
 * to its call's extra arguments — an 8-byte count, then one TypedReference {address, type descriptor} per argument,
 * each argument spilled to a stack slot of the caller. `arglist` in the callee makes that pointer a
 * RuntimeArgumentHandle, which System.ArgIterator walks (corelib, same layout).
 */
final class VarargCalls {
    private static final long ENTRY_SIZE = 16;
    private static final long ENTRIES_OFFSET = 8;

    private final MethodCodegen g;
    private final NativeModuleBuilder ctx;
    private final LlvmModule m;

    VarargCalls(MethodCodegen g, NativeModuleBuilder ctx) {
        this.g = g;
        this.ctx = ctx;
        this.m = g.m;
    }

    /** Pops the extra arguments of a call (on top of the declared ones) and returns the block that describes them. */
    LLVMValueRef argumentBlock(List<TypeDesc> types) {
        LLVMValueRef block = g.entryAlloca(LLVMArrayType(m.i8, (int) (ENTRIES_OFFSET + ENTRY_SIZE * types.size())), "varargs");
        LLVMSetAlignment(block, 8);
        m.store(m.constI64(types.size()), block);
        for (int i = types.size() - 1; i >= 0; i--) {
            TypeDesc type = types.get(i);
            LLVMValueRef slot = g.entryAlloca(ctx.types.storageType(type), "vararg" + i);
            m.store(g.toStorage(g.pop(), type), slot);
            LLVMValueRef entry = m.offset(block, ENTRIES_OFFSET + ENTRY_SIZE * i);
            m.store(LLVMBuildPtrToInt(m.builder, slot, m.i64, ""), entry);
            m.store(LLVMBuildPtrToInt(m.builder, ctx.descriptors.get(type), m.i64, ""), m.offset(entry, 8));
        }
        return block;
    }

    /** arglist: the RuntimeArgumentHandle of the running vararg method's extra arguments. */
    void argumentHandle(MethodDesc method, LLVMValueRef function) {
        if (!method.isVararg()) {
            throw g.error(g.currentOffset, "arglist in a method without the vararg calling convention");
        }
        TypeDesc handleType = ctx.typeSystem.coreLibraryModule().findType("System", "RuntimeArgumentHandle");
        LLVMValueRef block = LLVMGetParam(function, LLVMCountParams(function) - 1);
        LLVMValueRef handle = LLVMBuildInsertValue(m.builder, LLVMGetUndef(ctx.types.storageType(handleType)),
                LLVMBuildPtrToInt(m.builder, block, m.i64, ""), 0, "");
        g.push(new StackValue(dev.kiln.il.StackKind.VALUE, handle, handleType));
    }
}
