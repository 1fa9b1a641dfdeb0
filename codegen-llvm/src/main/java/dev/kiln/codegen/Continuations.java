package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.kiln.il.AsyncHelperMethods;
import dev.kiln.typesystem.AsyncVariant;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TaskTypes;
import dev.kiln.typesystem.TypeCategory;
import dev.kiln.typesystem.TypeDesc;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * The continuation ABI of async variants (shared/runtime-async.md §2, §4): the {result, continuation} pair they
 * return, continuations and their reuse, the resume function of each runtime-async variant (which the chain runner,
 * runtime-c async.c, calls), and the pieces resume functions are built of. Frames are linked child to parent: a
 * child's resultDest points at its parent's result slot.
 */
final class Continuations {
    private final NativeModuleBuilder ctx;
    private final LlvmModule m;
    private final Map<AsyncVariant, LlvmFunction> resumeFunctions = new HashMap<>();

    Continuations(NativeModuleBuilder ctx) {
        this.ctx = ctx;
        this.m = ctx.m;
    }

    // ---- the calling convention ----

    /** {result, null}: the variant completed (result null for void). */
    LLVMValueRef completedPair(TypeDesc result, LLVMValueRef value) {
        LLVMTypeRef type = ctx.functions.asyncResultType(result);
        LLVMValueRef v = value != null ? value : LLVMConstNull(LLVMStructGetTypeAtIndex(type, 0));
        LLVMValueRef pair = LLVMBuildInsertValue(m.builder, LLVMGetUndef(type), v, 0, "");
        return LLVMBuildInsertValue(m.builder, pair, m.nullPtr(), 1, "");
    }

    /** {undefined, k}: the variant suspended on k. */
    LLVMValueRef suspendedPair(TypeDesc result, LLVMValueRef k) {
        LLVMTypeRef type = ctx.functions.asyncResultType(result);
        return LLVMBuildInsertValue(m.builder, LLVMGetUndef(type), k, 1, "");
    }

    /** A new zeroed continuation of size bytes that resumes with resume (its capacity recorded for reuse). */
    LLVMValueRef newContinuation(long size, LlvmFunction resume) {
        LlvmFunction alloc = ctx.runtime.newContinuation();
        LLVMValueRef k = m.call(alloc.type(), alloc.value(), m.constI32(size));
        m.store(resume.value(), k);
        m.store(m.constI32(size), m.offset(k, RuntimeAbi.CONTINUATION_CAPACITY_OFFSET));
        return k;
    }

    /**
     * The continuation for a frame suspending at a point that needs size bytes: a resumed frame reuses the one it
     * was resumed with when it is big enough (nothing else refers to it any more), else a new one.
     */
    LLVMValueRef continuationFor(LLVMValueRef resumed, long size, LlvmFunction resume) {
        LLVMValueRef fn = LLVMGetBasicBlockParent(LLVMGetInsertBlock(m.builder));
        LLVMBasicBlockRef check = block(fn, "reuse.check");
        LLVMBasicBlockRef reuse = block(fn, "reuse");
        LLVMBasicBlockRef fresh = block(fn, "fresh");
        LLVMBasicBlockRef join = block(fn, "continuation");
        LLVMBasicBlockRef start = LLVMGetInsertBlock(m.builder);
        LLVMBuildCondBr(m.builder, isNull(resumed), fresh, check);
        LLVMPositionBuilderAtEnd(m.builder, check);
        LLVMValueRef capacity = m.load(m.i32, m.offset(resumed, RuntimeAbi.CONTINUATION_CAPACITY_OFFSET));
        LLVMBuildCondBr(m.builder, LLVMBuildICmp(m.builder, LLVMIntSGE, capacity, m.constI32(size), ""), reuse, fresh);
        LLVMPositionBuilderAtEnd(m.builder, reuse);
        m.store(m.nullPtr(), m.offset(resumed, RuntimeAbi.CONTINUATION_EXCEPTION_OFFSET)); // the failure it delivered is handled
        LLVMBuildBr(m.builder, join);
        LLVMPositionBuilderAtEnd(m.builder, fresh);
        LLVMValueRef created = newContinuation(size, resume);
        LLVMBasicBlockRef freshEnd = LLVMGetInsertBlock(m.builder);
        LLVMBuildBr(m.builder, join);
        LLVMPositionBuilderAtEnd(m.builder, join);
        LLVMValueRef k = LLVMBuildPhi(m.builder, m.ptr, "k");
        LLVMAddIncoming(k, LlvmModule.array(resumed, created), LlvmModule.array(reuse, freshEnd), 2);
        return k;
    }

    /** child awaits nothing more: its outcome goes to parent (its result into parent's result slot). */
    void linkChild(LLVMValueRef child, LLVMValueRef parent) {
        m.store(parent, m.offset(child, RuntimeAbi.CONTINUATION_PARENT_OFFSET));
        m.store(m.offset(parent, RuntimeAbi.CONTINUATION_RESULT_OFFSET), m.offset(child, RuntimeAbi.CONTINUATION_RESULT_DEST_OFFSET));
    }

    /**
     * child's outcome goes to parent, which reads no result from it (a leaf whose value the parent reads from the
     * awaited task afterwards, or a void callee): no result destination, so nothing could land on the parent's
     * saved frame, which starts where a result slot would be.
     */
    void linkChildWithoutResult(LLVMValueRef child, LLVMValueRef parent) {
        m.store(parent, m.offset(child, RuntimeAbi.CONTINUATION_PARENT_OFFSET));
        m.store(m.nullPtr(), m.offset(child, RuntimeAbi.CONTINUATION_RESULT_DEST_OFFSET));
    }

    LLVMValueRef isNull(LLVMValueRef pointer) {
        return LLVMBuildICmp(m.builder, LLVMIntEQ, pointer, m.nullPtr(), "");
    }

    LLVMValueRef call(MethodDesc method, LLVMValueRef... args) {
        LlvmFunction f = ctx.functions.get(method);
        return m.call(f.type(), f.value(), args);
    }

    static boolean isVoid(TypeDesc t) {
        return t.category() == TypeCategory.VOID;
    }

    long resultSize(TypeDesc result) {
        return isVoid(result) ? 0 : SuspensionPoints.align8(ctx.typeSystem.layoutOf(result).size());
    }

    /** A module-local function with unwind tables, built by body with the builder positioned in it; the builder returns where it was. */
    LlvmFunction define(String name, LLVMTypeRef type, java.util.function.Consumer<LLVMValueRef> body) {
        LLVMValueRef fn = LLVMAddFunction(m.module, ctx.symbols.nameFor(List.of(name), name), type);
        LLVMSetLinkage(fn, LLVMInternalLinkage);
        m.addEnumAttribute(fn, LLVMAttributeFunctionIndex, "uwtable", 2);
        LlvmFunction f = new LlvmFunction(fn, type);
        inside(fn, () -> body.accept(fn));
        return f;
    }

    void inside(LLVMValueRef fn, Runnable body) {
        var saved = LLVMGetInsertBlock(m.builder);
        LLVMPositionBuilderAtEnd(m.builder, LLVMAppendBasicBlockInContext(m.context, fn, "entry"));
        body.run();
        if (saved != null && !saved.isNull()) {
            LLVMPositionBuilderAtEnd(m.builder, saved);
        }
    }

    LLVMBasicBlockRef block(LLVMValueRef fn, String name) {
        return LLVMAppendBasicBlockInContext(m.context, fn, name);
    }

    /** A landing pad catching every managed exception; returns the thrown object. */
    LLVMValueRef catchAll(LLVMValueRef fn, LLVMBasicBlockRef pad) {
        LLVMSetPersonalityFn(fn, ctx.runtime.personality().value());
        LLVMPositionBuilderAtEnd(m.builder, pad);
        LLVMValueRef lp = LLVMBuildLandingPad(m.builder, m.structType(m.ptr, m.i32), null, 1, "");
        LLVMAddClause(lp, m.nullPtr());
        LLVMValueRef header = LLVMBuildExtractValue(m.builder, lp, 0, "");
        return m.load(m.ptr, m.offset(header, RuntimeAbi.EXCEPTION_OBJECT_OFFSET));
    }

    /** In a resume function that caught exception: hand it to the awaiting frame. */
    void failToParent(LLVMValueRef fn, LLVMValueRef k, LLVMValueRef exception) {
        LLVMValueRef parent = m.load(m.ptr, m.offset(k, RuntimeAbi.CONTINUATION_PARENT_OFFSET));
        LLVMBasicBlockRef give = block(fn, "give");
        LLVMBasicBlockRef lost = block(fn, "orphan");
        LLVMBuildCondBr(m.builder, isNull(parent), lost, give);
        LLVMPositionBuilderAtEnd(m.builder, give);
        m.store(exception, m.offset(parent, RuntimeAbi.CONTINUATION_EXCEPTION_OFFSET));
        LLVMBuildRet(m.builder, m.nullPtr());
        LLVMPositionBuilderAtEnd(m.builder, lost);
        LlvmFunction t = ctx.runtime.throwDispatched();
        m.call(t.type(), t.value(), exception); // nobody awaits this chain: the failure is unhandled
        LLVMBuildUnreachable(m.builder);
    }

    /** In a resume function whose frame completed with value: write it where the awaiting frame reads it. */
    void deliver(LLVMValueRef fn, LLVMValueRef k, TypeDesc result, LLVMValueRef value) {
        if (!isVoid(result)) {
            LLVMValueRef dest = m.load(m.ptr, m.offset(k, RuntimeAbi.CONTINUATION_RESULT_DEST_OFFSET));
            LLVMBasicBlockRef store = block(fn, "store");
            LLVMBasicBlockRef end = block(fn, "end");
            LLVMBuildCondBr(m.builder, isNull(dest), end, store);
            LLVMPositionBuilderAtEnd(m.builder, store);
            m.store(value, dest);
            LLVMBuildBr(m.builder, end);
            LLVMPositionBuilderAtEnd(m.builder, end);
        }
        LLVMBuildRet(m.builder, m.nullPtr());
    }

    // ---- runtime-async variants ----

    /**
     * resume(k) of a runtime-async variant: run it with k. Completed → deliver the result; suspended again → the new
     * continuation takes over k's place in the chain and is returned; threw → the exception goes to the parent.
     */
    LlvmFunction resumeFunction(AsyncVariant variant) {
        LlvmFunction existing = resumeFunctions.get(variant);
        if (existing != null) {
            return existing;
        }
        LlvmFunction target = ctx.functions.get(variant);
        LlvmFunction f = define("resume " + variant.fullName(), m.functionType(m.ptr, m.ptr), fn -> {
            LLVMValueRef k = LLVMGetParam(fn, 0);
            int count = LLVMCountParamTypes(target.type());
            var types = new org.bytedeco.javacpp.PointerPointer<LLVMTypeRef>(count);
            LLVMGetParamTypes(target.type(), types);
            LLVMValueRef[] args = new LLVMValueRef[count];
            for (int i = 0; i < count - 1; i++) {
                args[i] = LLVMConstNull(types.get(LLVMTypeRef.class, i)); // the variant restores them from k
            }
            args[count - 1] = k;
            LLVMBasicBlockRef returned = block(fn, "returned");
            LLVMBasicBlockRef pad = block(fn, "failed");
            LLVMBasicBlockRef again = block(fn, "suspended");
            LLVMBasicBlockRef done = block(fn, "completed");
            LLVMValueRef pair = LLVMBuildInvoke2(m.builder, target.type(), target.value(), LlvmModule.array((Object[]) args),
                    args.length, returned, pad, "");
            if (ctx.hasLines(variant.taskReturningMethod())) {
                // the variant's frame keeps the method's lines (this function has none): traces show it, once
                LLVMAddCallSiteAttribute(pair, LLVMAttributeFunctionIndex,
                        LLVMCreateEnumAttribute(m.context, LLVMGetEnumAttributeKindForName("noinline", 8), 0));
            }
            LLVMPositionBuilderAtEnd(m.builder, returned);
            LLVMValueRef next = LLVMBuildExtractValue(m.builder, pair, 1, "");
            LLVMBuildCondBr(m.builder, isNull(next), done, again);
            LLVMPositionBuilderAtEnd(m.builder, again);
            m.store(m.load(m.ptr, m.offset(k, RuntimeAbi.CONTINUATION_PARENT_OFFSET)), m.offset(next, RuntimeAbi.CONTINUATION_PARENT_OFFSET));
            m.store(m.load(m.ptr, m.offset(k, RuntimeAbi.CONTINUATION_RESULT_DEST_OFFSET)),
                    m.offset(next, RuntimeAbi.CONTINUATION_RESULT_DEST_OFFSET));
            call(AsyncHelperMethods.commitSuspension(ctx.typeSystem));
            LLVMBuildRet(m.builder, next);
            LLVMPositionBuilderAtEnd(m.builder, done);
            TypeDesc result = variant.signature().returnType();
            deliver(fn, k, result, isVoid(result) ? null : LLVMBuildExtractValue(m.builder, pair, 0, ""));
            failToParent(fn, k, catchAll(fn, pad));
        });
        resumeFunctions.put(variant, f);
        return f;
    }

}
