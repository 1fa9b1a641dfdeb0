package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.kiln.il.ILCompileException;
import dev.kiln.typesystem.TypeCategory;
import dev.kiln.typesystem.TypeDesc;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Async lowering, suspension points: after an awaited call that returned a continuation, a cold block saves the
 * frame — arguments, locals and live evaluation-stack values — into a continuation of its own, links it as the
 * callee's parent and returns it; the point's resume block (reached through ResumeDispatch) restores the frame,
 * rethrows a failure at the await (so the method's own handlers see it) or loads the awaited result.
 */
final class SuspensionPoints {
    private SuspensionPoints() {
    }

    /**
     * A suspension point: when child is not null, save the frame, link it as child's parent and return it. The code
     * continues — at once or after resumption — with the stack as it was plus the awaited result.
     */
    static void suspendIfNeeded(AsyncFrame f, LLVMValueRef child, TypeDesc result, LLVMValueRef syncValue) {
        suspendIfNeeded(f, child, result, syncValue, null);
    }

    /** The same, with onSuspend emitted in the suspension block (the cold path) before the frame is returned. */
    static void suspendIfNeeded(AsyncFrame f, LLVMValueRef child, TypeDesc result, LLVMValueRef syncValue, Runnable onSuspend) {
        MethodCodegen g = f.g;
        LlvmModule m = f.m;
        NativeModuleBuilder ctx = f.ctx;
        LLVMValueRef resumeParam = f.resumeParam;
        int point = f.suspensionPoints++;
        boolean hasResult = result.category() != TypeCategory.VOID;
        List<StackValue> live = g.drainStack();
        List<LLVMValueRef> liveSlots = new ArrayList<>();
        for (StackValue v : live) {
            LLVMValueRef slot = g.entryAlloca(LLVMTypeOf(v.value()), "live" + point);
            m.store(v.value(), slot);
            liveSlots.add(slot);
        }
        LLVMTypeRef resultType = hasResult ? ctx.types.storageType(result) : null;
        LLVMValueRef resultSlot = hasResult ? g.entryAlloca(resultType, "awaited" + point) : null;
        if (hasResult) {
            m.store(syncValue, resultSlot);
        }
        LLVMBasicBlockRef suspend = g.newBlock("suspend" + point);
        LLVMBasicBlockRef resume = g.newBlock("resume" + point);
        LLVMBasicBlockRef next = g.newBlock("await.done" + point);
        LLVMBuildCondBr(m.builder, f.isNull(child), next, suspend);

        List<LLVMValueRef> state = new ArrayList<>(g.frameSlots());
        state.addAll(liveSlots);
        long[] offsets = new long[state.size()];
        long size = RuntimeAbi.CONTINUATION_RESULT_OFFSET + (hasResult ? align8(ctx.typeSystem.layoutOf(result).size()) : 0);
        for (int i = 0; i < state.size(); i++) {
            offsets[i] = size;
            size += align8(sizeOf(LLVMGetAllocatedType(state.get(i))));
        }

        LLVMPositionBuilderAtEnd(m.builder, suspend);
        LLVMValueRef k = ctx.continuations.continuationFor(resumeParam, size, ctx.continuations.resumeFunction(f.variant));
        m.store(m.constI32(point), m.offset(k, RuntimeAbi.CONTINUATION_STATE_OFFSET));
        for (int i = 0; i < state.size(); i++) {
            m.store(m.load(LLVMGetAllocatedType(state.get(i)), state.get(i)), m.offset(k, offsets[i]));
        }
        if (hasResult) {
            ctx.continuations.linkChild(child, k);
        } else {
            ctx.continuations.linkChildWithoutResult(child, k);
        }
        if (onSuspend != null) {
            onSuspend.run();
        }
        LLVMBuildRet(m.builder, ctx.continuations.suspendedPair(f.variant.signature().returnType(), k));

        ResumeDispatch.addResumePoint(f, point, resume);
        LLVMPositionBuilderAtEnd(m.builder, resume);
        for (int i = 0; i < state.size(); i++) {
            m.store(m.load(LLVMGetAllocatedType(state.get(i)), m.offset(resumeParam, offsets[i])), state.get(i));
        }
        LLVMValueRef failure = m.load(m.ptr, m.offset(resumeParam, RuntimeAbi.CONTINUATION_EXCEPTION_OFFSET));
        LLVMBasicBlockRef rethrow = g.newBlock("resume.failed" + point);
        LLVMBasicBlockRef succeeded = g.newBlock("resume.ok" + point);
        LLVMBuildCondBr(m.builder, f.isNull(failure), succeeded, rethrow);
        LLVMPositionBuilderAtEnd(m.builder, rethrow);
        LlvmFunction t = ctx.runtime.throwDispatched();
        g.callMayThrow(t.type(), t.value(), failure);
        LLVMBuildUnreachable(m.builder);
        LLVMPositionBuilderAtEnd(m.builder, succeeded);
        if (hasResult) {
            m.store(m.load(resultType, m.offset(resumeParam, RuntimeAbi.CONTINUATION_RESULT_OFFSET)), resultSlot);
        }
        LLVMBuildBr(m.builder, next);

        LLVMPositionBuilderAtEnd(m.builder, next);
        for (int i = 0; i < live.size(); i++) {
            StackValue v = live.get(i);
            g.push(new StackValue(v.kind(), m.load(LLVMTypeOf(v.value()), liveSlots.get(i)), v.type()));
        }
        if (hasResult) {
            g.push(g.toStack(result, m.load(resultType, resultSlot)));
        }
    }

    /** Bytes of the storage types Kiln uses for slots: integers, floats, pointers and arrays of them (structs). */
    static long sizeOf(LLVMTypeRef type) {
        switch (LLVMGetTypeKind(type)) {
            case LLVMIntegerTypeKind: return Math.max(1, LLVMGetIntTypeWidth(type) / 8);
            case LLVMFloatTypeKind: return 4;
            case LLVMDoubleTypeKind: return 8;
            case LLVMPointerTypeKind: return 8;
            case LLVMArrayTypeKind: return LLVMGetArrayLength2(type) * sizeOf(LLVMGetElementType(type));
            default: throw new ILCompileException("cannot save a value of LLVM type kind " + LLVMGetTypeKind(type) + " across an await");
        }
    }

    static long align8(long n) {
        return (n + 7) & ~7L;
    }
}
