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
 * The functions around async variants (shared/runtime-async.md §2, §4):
 * - a runtime-async method's task-returning thunk (its ordinary entry point) and the root continuation that
 *   completes the thunk's task when a suspended chain finishes;
 * - an ordinary method's async-callable thunk, and the await of a returned task that it shares with async
 *   versions, in a frame that holds only the task;
 * - the resume function of each runtime-async variant, which the chain runner (runtime-c async.c) calls.
 * Frames are linked child to parent: a child's resultDest points at its parent's result slot.
 */
final class RuntimeAsyncFunctions {
    private final NativeModuleBuilder ctx;
    private final LlvmModule m;
    private final Map<AsyncVariant, LlvmFunction> resumeFunctions = new HashMap<>();
    private final Map<TypeDesc, LlvmFunction> awaitFrameResumes = new HashMap<>();
    private final Map<TypeDesc, LlvmFunction> rootResumes = new HashMap<>();

    RuntimeAsyncFunctions(NativeModuleBuilder ctx) {
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

    private LLVMValueRef isNull(LLVMValueRef pointer) {
        return LLVMBuildICmp(m.builder, LLVMIntEQ, pointer, m.nullPtr(), "");
    }

    private LLVMValueRef call(MethodDesc method, LLVMValueRef... args) {
        LlvmFunction f = ctx.functions.get(method);
        return m.call(f.type(), f.value(), args);
    }

    private static boolean isVoid(TypeDesc t) {
        return t.category() == TypeCategory.VOID;
    }

    private long resultSize(TypeDesc result) {
        return isVoid(result) ? 0 : AsyncLowering.align8(ctx.typeSystem.layoutOf(result).size());
    }

    /** A module-local function with unwind tables, built by body with the builder positioned in it; the builder returns where it was. */
    private LlvmFunction define(String name, LLVMTypeRef type, java.util.function.Consumer<LLVMValueRef> body) {
        LLVMValueRef fn = LLVMAddFunction(m.module, ctx.symbols.nameFor(List.of(name), name), type);
        LLVMSetLinkage(fn, LLVMInternalLinkage);
        m.addEnumAttribute(fn, LLVMAttributeFunctionIndex, "uwtable", 2);
        LlvmFunction f = new LlvmFunction(fn, type);
        inside(fn, () -> body.accept(fn));
        return f;
    }

    private void inside(LLVMValueRef fn, Runnable body) {
        var saved = LLVMGetInsertBlock(m.builder);
        LLVMPositionBuilderAtEnd(m.builder, LLVMAppendBasicBlockInContext(m.context, fn, "entry"));
        body.run();
        if (saved != null && !saved.isNull()) {
            LLVMPositionBuilderAtEnd(m.builder, saved);
        }
    }

    private LLVMBasicBlockRef block(LLVMValueRef fn, String name) {
        return LLVMAppendBasicBlockInContext(m.context, fn, name);
    }

    /** A landing pad catching every managed exception; returns the thrown object. */
    private LLVMValueRef catchAll(LLVMValueRef fn, LLVMBasicBlockRef pad) {
        LLVMSetPersonalityFn(fn, ctx.runtime.personality().value());
        LLVMPositionBuilderAtEnd(m.builder, pad);
        LLVMValueRef lp = LLVMBuildLandingPad(m.builder, m.structType(m.ptr, m.i32), null, 1, "");
        LLVMAddClause(lp, m.nullPtr());
        LLVMValueRef header = LLVMBuildExtractValue(m.builder, lp, 0, "");
        return m.load(m.ptr, m.offset(header, RuntimeAbi.EXCEPTION_OBJECT_OFFSET));
    }

    /** In a resume function that caught exception: hand it to the awaiting frame. */
    private void failToParent(LLVMValueRef fn, LLVMValueRef k, LLVMValueRef exception) {
        LLVMValueRef parent = m.load(m.ptr, m.offset(k, RuntimeAbi.CONTINUATION_PARENT_OFFSET));
        LLVMBasicBlockRef give = block(fn, "give");
        LLVMBasicBlockRef lost = block(fn, "orphan");
        LLVMBuildCondBr(m.builder, isNull(parent), lost, give);
        LLVMPositionBuilderAtEnd(m.builder, give);
        m.store(exception, m.offset(parent, RuntimeAbi.CONTINUATION_EXCEPTION_OFFSET));
        LLVMBuildRet(m.builder, m.nullPtr());
        LLVMPositionBuilderAtEnd(m.builder, lost);
        LlvmFunction t = ctx.runtime.throwException();
        m.call(t.type(), t.value(), exception); // nobody awaits this chain: the failure is unhandled
        LLVMBuildUnreachable(m.builder);
    }

    /** In a resume function whose frame completed with value: write it where the awaiting frame reads it. */
    private void deliver(LLVMValueRef fn, LLVMValueRef k, TypeDesc result, LLVMValueRef value) {
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

    /**
     * The task-returning form of a runtime-async method: run the variant; completed → a completed task, threw → a
     * faulted (or canceled) task, suspended → a pending task that the chain's root continuation completes.
     */
    void emitTaskReturningThunk(MethodDesc method) {
        AsyncVariant variant = ctx.typeSystem.asyncVariantOf(method);
        TypeDesc taskType = method.signature().returnType();
        TypeDesc result = variant.signature().returnType();
        AsyncHelperMethods.ThunkHelpers helpers = AsyncHelperMethods.taskReturningThunk(ctx.typeSystem, taskType);
        LlvmFunction thunk = ctx.functions.get(method);
        ctx.functions.markDefined(method);
        LLVMValueRef fn = thunk.value();
        LlvmFunction target = ctx.functions.get(variant);
        inside(fn, () -> {
            LLVMBasicBlockRef returned = block(fn, "returned");
            LLVMBasicBlockRef pad = block(fn, "failed");
            LLVMBasicBlockRef suspended = block(fn, "suspended");
            LLVMBasicBlockRef done = block(fn, "completed");
            int count = LLVMCountParams(fn);
            LLVMValueRef[] args = new LLVMValueRef[count + 1];
            for (int i = 0; i < count; i++) {
                args[i] = LLVMGetParam(fn, i);
            }
            args[count] = m.nullPtr();
            LLVMValueRef pair = LLVMBuildInvoke2(m.builder, target.type(), target.value(), LlvmModule.array((Object[]) args),
                    args.length, returned, pad, "");
            LLVMPositionBuilderAtEnd(m.builder, returned);
            LLVMValueRef k = LLVMBuildExtractValue(m.builder, pair, 1, "");
            LLVMBuildCondBr(m.builder, isNull(k), done, suspended);
            LLVMPositionBuilderAtEnd(m.builder, done);
            LLVMBuildRet(m.builder, isVoid(result) ? call(helpers.fromResult())
                    : call(helpers.fromResult(), LLVMBuildExtractValue(m.builder, pair, 0, "")));

            LLVMPositionBuilderAtEnd(m.builder, suspended);
            LLVMValueRef task = call(helpers.newPending());
            long taskOffset = RuntimeAbi.CONTINUATION_RESULT_OFFSET + resultSize(result);
            LLVMValueRef root = newContinuation(taskOffset + 8, rootResume(taskType, helpers));
            m.store(task, m.offset(root, taskOffset));
            linkChild(k, root);
            call(AsyncHelperMethods.commitSuspension(ctx.typeSystem));
            LLVMBuildRet(m.builder, call(helpers.fromPending(), task));

            LLVMValueRef exception = catchAll(fn, pad);
            LLVMBuildRet(m.builder, call(helpers.fromException(), exception));
        });
    }

    /** The root of a chain under a task-returning thunk: complete the thunk's task with the outcome. */
    private LlvmFunction rootResume(TypeDesc taskType, AsyncHelperMethods.ThunkHelpers helpers) {
        TypeDesc result = TaskTypes.resultType(taskType);
        return rootResumes.computeIfAbsent(result, r -> define("async root " + r.fullName(), m.functionType(m.ptr, m.ptr), fn -> {
            LLVMValueRef k = LLVMGetParam(fn, 0);
            LLVMValueRef task = m.load(m.ptr, m.offset(k, RuntimeAbi.CONTINUATION_RESULT_OFFSET + resultSize(result)));
            LLVMValueRef exception = m.load(m.ptr, m.offset(k, RuntimeAbi.CONTINUATION_EXCEPTION_OFFSET));
            LLVMBasicBlockRef ok = block(fn, "ok");
            LLVMBasicBlockRef bad = block(fn, "failed");
            LLVMBuildCondBr(m.builder, isNull(exception), ok, bad);
            LLVMPositionBuilderAtEnd(m.builder, ok);
            if (isVoid(result)) {
                call(helpers.complete(), task);
            } else {
                call(helpers.complete(), task, m.load(ctx.types.storageType(result), m.offset(k, RuntimeAbi.CONTINUATION_RESULT_OFFSET)));
            }
            LLVMBuildRet(m.builder, m.nullPtr());
            LLVMPositionBuilderAtEnd(m.builder, bad);
            call(helpers.fail(), task, exception);
            LLVMBuildRet(m.builder, m.nullPtr());
        }));
    }

    // ---- ordinary task-returning methods awaited by runtime-async code ----

    /** The async-callable thunk of an ordinary method: call it, then await the task it returns. */
    void emitAsyncThunk(MethodDesc method) {
        AsyncVariant variant = ctx.typeSystem.asyncVariantOf(method);
        LlvmFunction thunk = ctx.functions.get(variant);
        ctx.functions.markDefined(variant);
        LlvmFunction target = ctx.functions.get(method);
        LLVMValueRef fn = thunk.value();
        inside(fn, () -> {
            LLVMValueRef[] args = new LLVMValueRef[LLVMCountParams(fn) - 1];
            for (int i = 0; i < args.length; i++) {
                args[i] = LLVMGetParam(fn, i);
            }
            emitAwaitReturn(method.signature().returnType(), m.call(target.type(), target.value(), args));
        });
    }

    /**
     * Ends the current async-variant function by awaiting task: complete → return its result (or throw its
     * exception); not complete → suspend in a frame that holds only the task, whose resume takes the result.
     */
    void emitAwaitReturn(TypeDesc taskType, LLVMValueRef task) {
        TypeDesc result = TaskTypes.resultType(taskType);
        List<MethodDesc> helpers = AsyncHelperMethods.valueAwait(ctx.typeSystem, taskType);
        LLVMValueRef fn = LLVMGetBasicBlockParent(LLVMGetInsertBlock(m.builder));
        LLVMValueRef leaf = call(helpers.get(0), task);
        LLVMBasicBlockRef done = block(fn, "await.completed");
        LLVMBasicBlockRef suspend = block(fn, "await.suspend");
        LLVMBuildCondBr(m.builder, isNull(leaf), done, suspend);
        LLVMPositionBuilderAtEnd(m.builder, done);
        LLVMValueRef value = call(helpers.get(1), task);
        LLVMBuildRet(m.builder, completedPair(result, isVoid(result) ? null : value));
        LLVMPositionBuilderAtEnd(m.builder, suspend);
        LLVMValueRef k = newContinuation(RuntimeAbi.CONTINUATION_RESULT_OFFSET + AsyncLowering.sizeOf(LLVMTypeOf(task)),
                awaitFrameResume(taskType, helpers.get(1)));
        m.store(task, m.offset(k, RuntimeAbi.CONTINUATION_RESULT_OFFSET));
        linkChild(leaf, k);
        LLVMBuildRet(m.builder, suspendedPair(result, k));
    }

    /** resume(k) of a frame awaiting a returned task: its result (or exception) is the frame's. */
    private LlvmFunction awaitFrameResume(TypeDesc taskType, MethodDesc resultOf) {
        TypeDesc result = TaskTypes.resultType(taskType);
        return awaitFrameResumes.computeIfAbsent(taskType, t -> define("await " + t.fullName(), m.functionType(m.ptr, m.ptr), fn -> {
            LLVMValueRef k = LLVMGetParam(fn, 0);
            LLVMValueRef task = m.load(ctx.types.storageType(taskType), m.offset(k, RuntimeAbi.CONTINUATION_RESULT_OFFSET));
            LlvmFunction f = ctx.functions.get(resultOf);
            LLVMBasicBlockRef ok = block(fn, "ok");
            LLVMBasicBlockRef pad = block(fn, "failed");
            LLVMValueRef value = LLVMBuildInvoke2(m.builder, f.type(), f.value(), LlvmModule.array(task), 1, ok, pad, "");
            LLVMPositionBuilderAtEnd(m.builder, ok);
            deliver(fn, k, result, value);
            failToParent(fn, k, catchAll(fn, pad));
        }));
    }
}
