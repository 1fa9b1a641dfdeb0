package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.kiln.typesystem.FieldDesc;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * The address of a [ThreadStatic] field on the current thread (runtime-c threadstatics.c, kiln.h). The fast path is
 * inline: the field's index from its slot, this thread's table from TLS, and the table's entry when the index is in
 * range and the entry is set; otherwise the runtime assigns the index, grows the table or allocates the block.
 */
final class ThreadStaticAccess {
    private final MethodCodegen g;
    private final LlvmModule m;
    private final NativeModuleBuilder ctx;

    ThreadStaticAccess(MethodCodegen g) {
        this.g = g;
        this.m = g.m;
        this.ctx = g.ctx;
    }

    LLVMValueRef address(FieldDesc f) {
        LLVMValueRef slot = ctx.statics.threadStaticSlot(f);
        // monotonic: an index never changes once set, and the table read through it is this thread's own
        LLVMValueRef index = m.load(m.i32, slot);
        LLVMSetOrdering(index, LLVMAtomicOrderingMonotonic);
        LLVMSetAlignment(index, 4);
        LLVMValueRef table = m.load(m.ptr, ctx.statics.threadStaticsTable());
        LLVMValueRef count = m.load(m.i64, table);
        LLVMValueRef wideIndex = LLVMBuildZExt(m.builder, index, m.i64, "");

        LLVMBasicBlockRef inRange = g.newBlock("tls.entry");
        LLVMBasicBlockRef slow = g.newBlock("tls.slow");
        LLVMBasicBlockRef done = g.newBlock("tls.done");
        LLVMBuildCondBr(m.builder, LLVMBuildICmp(m.builder, LLVMIntULT, wideIndex, count, ""), inRange, slow);

        LLVMPositionBuilderAtEnd(m.builder, inRange);
        LLVMValueRef entryOffset = LLVMBuildAdd(m.builder, LLVMBuildShl(m.builder, wideIndex, m.constI64(3), ""),
                m.constI64(RuntimeAbi.THREAD_STATICS_ENTRIES_OFFSET), "");
        LLVMValueRef block = m.load(m.ptr, m.offset(table, entryOffset));
        LLVMBuildCondBr(m.builder, LLVMBuildICmp(m.builder, LLVMIntEQ, block, m.nullPtr(), ""), slow, done);

        LLVMPositionBuilderAtEnd(m.builder, slow);
        LlvmFunction runtime = ctx.runtime.threadStaticAddress();
        int size = Math.max(1, ctx.typeSystem.layoutOf(f.fieldType()).size());
        LLVMValueRef allocated = g.callMayThrow(runtime.type(), runtime.value(), slot, m.constI32(size));
        LLVMBasicBlockRef slowEnd = LLVMGetInsertBlock(m.builder);
        LLVMBuildBr(m.builder, done);

        LLVMPositionBuilderAtEnd(m.builder, done);
        LLVMValueRef phi = LLVMBuildPhi(m.builder, m.ptr, "");
        LLVMAddIncoming(phi, LlvmModule.array(block, allocated), LlvmModule.array(inRange, slowEnd), 2);
        return phi;
    }
}
