package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.kiln.il.AsyncHelperMethods;
import dev.kiln.il.AwaitSites;
import dev.kiln.il.ILCompileException;
import dev.kiln.typesystem.AsyncVariant;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TaskTypes;
import dev.kiln.typesystem.TypeCategory;
import dev.kiln.typesystem.TypeDesc;
import dev.kiln.typesystem.WellKnownType;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * The await sites of a method compiled as an async variant (shared/runtime-async.md §4).
 *
 * In a runtime-async method each suspension point tests the continuation its callee (or a leaf) returned; when it
 * is not null, a cold block saves the frame — arguments, locals and live evaluation-stack values — into a
 * continuation of its own, links it as the callee's parent and returns it. Resumption enters the same function
 * with that continuation: the entry switch jumps to the point's resume block, which restores the frame, rethrows
 * a failure at the await (so the method's own handlers see it) or loads the awaited result, and continues.
 *
 * An async version needs no frame: a tail await returns its callee's continuation unchanged, and a `ret` of a task
 * awaits it in a shared frame that only holds the task (RuntimeAsyncFunctions#emitAwaitReturn).
 */
final class AsyncLowering {
    private final MethodCodegen g;
    private final LlvmModule m;
    private final NativeModuleBuilder ctx;
    private final AsyncVariant variant;
    private final AwaitSites.Mode mode;
    private final LLVMValueRef resumeParam;
    private LLVMValueRef resumeSwitch;
    private int suspensionPoints;

    AsyncLowering(MethodCodegen g, AsyncVariant variant, AwaitSites.Mode mode, LLVMValueRef resumeParam) {
        this.g = g;
        this.m = g.m;
        this.ctx = g.ctx;
        this.variant = variant;
        this.mode = mode;
        this.resumeParam = resumeParam;
    }

    AwaitSites.Mode mode() {
        return mode;
    }

    /** The entry decision of a runtime-async variant: a fresh call starts at IL offset 0, a resumption switches on the state. */
    void emitEntry(LLVMBasicBlockRef start) {
        if (mode != AwaitSites.Mode.RUNTIME_ASYNC) {
            LLVMBuildBr(m.builder, start);
            return;
        }
        LLVMBasicBlockRef dispatch = g.newBlock("resume.dispatch");
        LLVMBasicBlockRef nowhere = g.newBlock("resume.unknown");
        LLVMBuildCondBr(m.builder, isNull(resumeParam), start, dispatch);
        LLVMPositionBuilderAtEnd(m.builder, dispatch);
        LLVMValueRef state = m.load(m.i32, m.offset(resumeParam, RuntimeAbi.CONTINUATION_STATE_OFFSET));
        resumeSwitch = LLVMBuildSwitch(m.builder, state, nowhere, 4);
        LLVMPositionBuilderAtEnd(m.builder, nowhere);
        LLVMBuildUnreachable(m.builder);
    }

    /** `ret` in a runtime-async variant: {value, null}. */
    void emitReturn(StackValue value) {
        TypeDesc result = variant.signature().returnType();
        LLVMValueRef v = result.category() == TypeCategory.VOID ? null : g.toStorage(value, result);
        LLVMBuildRet(m.builder, ctx.asyncMethods.completedPair(result, v));
    }

    void emit(AwaitSites.Site site, boolean callvirt) {
        if (g.eh().isInHandler(g.currentOffset)) {
            throw g.unsupported("awaiting inside an exception handler (catch, filter, finally or fault)");
        }
        if (site instanceof AwaitSites.VariantCall call) {
            variantCall(call, callvirt);
        } else if (site instanceof AwaitSites.ValueAwait await) {
            valueAwait(await.helper());
        } else if (site instanceof AwaitSites.AwaitReturn ret) {
            StackValue task = g.pop();
            ctx.asyncMethods.emitAwaitReturn(ret.taskType(), g.toStorage(task, ret.taskType()));
            g.markTerminated();
        }
    }

    /** Calls the callee's async variant; a tail await returns its outcome, otherwise the frame suspends if it did. */
    private void variantCall(AwaitSites.VariantCall call, boolean callvirt) {
        LLVMValueRef pair = g.calls().callAsyncVariant(call.target(), call.dispatch(), callvirt);
        if (call.tail()) {
            if (LLVMGetInstructionOpcode(pair) == LLVMCall) {
                LLVMSetTailCall(pair, 1);
            }
            LLVMBuildRet(m.builder, pair);
            g.markTerminated();
            return;
        }
        TypeDesc result = TaskTypes.resultType(call.target().signature().returnType());
        LLVMValueRef value = result.category() == TypeCategory.VOID ? null : LLVMBuildExtractValue(m.builder, pair, 0, "");
        suspendIfNeeded(LLVMBuildExtractValue(m.builder, pair, 1, ""), result, value);
    }

    /** AsyncHelpers.Await(value) or AwaitAwaiter(awaiter): suspend on the leaf the helper gives, then take the result. */
    private void valueAwait(MethodDesc helper) {
        TypeDesc voidType = ctx.typeSystem.wellKnown(WellKnownType.VOID);
        TypeDesc awaited = helper.signature().parameters().get(0);
        if (!helper.name().equals("Await")) {
            StackValue awaiter = g.pop();
            MethodDesc suspend = AsyncHelperMethods.awaiterSuspension(ctx.typeSystem, helper);
            suspendIfNeeded(call(suspend, g.toStorage(awaiter, awaited)), voidType, null);
            return;
        }
        List<MethodDesc> helpers = AsyncHelperMethods.valueAwait(ctx.typeSystem, awaited);
        StackValue value = g.pop();
        LLVMValueRef leaf = call(helpers.get(0), g.toStorage(value, awaited));
        g.push(value); // the awaited value lives across the suspension: its result is read afterwards
        suspendIfNeeded(leaf, voidType, null);
        StackValue saved = g.pop();
        LLVMValueRef result = call(helpers.get(1), g.toStorage(saved, awaited));
        TypeDesc resultType = helper.signature().returnType();
        if (resultType.category() != TypeCategory.VOID) {
            g.push(g.toStack(resultType, result));
        }
    }

    private LLVMValueRef call(MethodDesc method, LLVMValueRef... args) {
        LlvmFunction f = ctx.functions.get(method);
        return g.callMayThrow(f.type(), f.value(), args);
    }

    private LLVMValueRef isNull(LLVMValueRef pointer) {
        return LLVMBuildICmp(m.builder, LLVMIntEQ, pointer, m.nullPtr(), "");
    }

    /**
     * A suspension point: when child is not null, save the frame, link it as child's parent and return it. The code
     * continues — at once or after resumption — with the stack as it was plus the awaited result.
     */
    private void suspendIfNeeded(LLVMValueRef child, TypeDesc result, LLVMValueRef syncValue) {
        int point = suspensionPoints++;
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
        LLVMBuildCondBr(m.builder, isNull(child), next, suspend);

        List<LLVMValueRef> state = new ArrayList<>(g.frameSlots());
        state.addAll(liveSlots);
        long[] offsets = new long[state.size()];
        long size = RuntimeAbi.CONTINUATION_RESULT_OFFSET + (hasResult ? align8(ctx.typeSystem.layoutOf(result).size()) : 0);
        for (int i = 0; i < state.size(); i++) {
            offsets[i] = size;
            size += align8(sizeOf(LLVMGetAllocatedType(state.get(i))));
        }

        LLVMPositionBuilderAtEnd(m.builder, suspend);
        LLVMValueRef k = ctx.asyncMethods.continuationFor(resumeParam, size, ctx.asyncMethods.resumeFunction(variant));
        m.store(m.constI32(point), m.offset(k, RuntimeAbi.CONTINUATION_STATE_OFFSET));
        for (int i = 0; i < state.size(); i++) {
            m.store(m.load(LLVMGetAllocatedType(state.get(i)), state.get(i)), m.offset(k, offsets[i]));
        }
        ctx.asyncMethods.linkChild(child, k);
        LLVMBuildRet(m.builder, ctx.asyncMethods.suspendedPair(variant.signature().returnType(), k));

        LLVMAddCase(resumeSwitch, m.constI32(point), resume);
        LLVMPositionBuilderAtEnd(m.builder, resume);
        for (int i = 0; i < state.size(); i++) {
            m.store(m.load(LLVMGetAllocatedType(state.get(i)), m.offset(resumeParam, offsets[i])), state.get(i));
        }
        LLVMValueRef failure = m.load(m.ptr, m.offset(resumeParam, RuntimeAbi.CONTINUATION_EXCEPTION_OFFSET));
        LLVMBasicBlockRef rethrow = g.newBlock("resume.failed" + point);
        LLVMBasicBlockRef succeeded = g.newBlock("resume.ok" + point);
        LLVMBuildCondBr(m.builder, isNull(failure), succeeded, rethrow);
        LLVMPositionBuilderAtEnd(m.builder, rethrow);
        LlvmFunction t = ctx.runtime.throwException();
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
