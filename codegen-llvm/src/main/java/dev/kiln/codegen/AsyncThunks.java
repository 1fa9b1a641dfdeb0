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
 * Async lowering, thunks (shared/runtime-async.md §2): a runtime-async method's task-returning thunk (its ordinary
 * entry point) and the root continuation that completes the thunk's task when a suspended chain finishes; an
 * ordinary method's async-callable thunk, and the await of a returned task that it shares with async versions, in a
 * frame that holds only the task. Built over the continuation ABI (Continuations).
 */
final class AsyncThunks {
    private final NativeModuleBuilder ctx;
    private final LlvmModule m;
    private final Continuations continuations;
    private final Map<TypeDesc, LlvmFunction> awaitFrameResumes = new HashMap<>();
    private final Map<TypeDesc, LlvmFunction> rootResumes = new HashMap<>();

    AsyncThunks(NativeModuleBuilder ctx, Continuations continuations) {
        this.ctx = ctx;
        this.m = ctx.m;
        this.continuations = continuations;
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
        continuations.inside(fn, () -> {
            LLVMBasicBlockRef returned = continuations.block(fn, "returned");
            LLVMBasicBlockRef pad = continuations.block(fn, "failed");
            LLVMBasicBlockRef suspended = continuations.block(fn, "suspended");
            LLVMBasicBlockRef done = continuations.block(fn, "completed");
            int count = LLVMCountParams(fn);
            LLVMValueRef[] args = new LLVMValueRef[count + 1];
            for (int i = 0; i < count; i++) {
                args[i] = LLVMGetParam(fn, i);
            }
            args[count] = m.nullPtr();
            // the caller's contexts, current again however the variant ends (spec §7)
            List<MethodDesc> contexts = AsyncHelperMethods.thunkContexts(ctx.typeSystem);
            LLVMValueRef savedExecution = continuations.call(contexts.get(0));
            LLVMValueRef savedSync = continuations.call(contexts.get(1));
            LLVMValueRef pair = LLVMBuildInvoke2(m.builder, target.type(), target.value(), LlvmModule.array((Object[]) args),
                    args.length, returned, pad, "");
            if (ctx.hasLines(method)) {
                // the variant's frame carries the method's lines (inlined into the thunk, which has none, they would
                // be lost): stack traces show it and leave the thunk out
                LLVMAddCallSiteAttribute(pair, LLVMAttributeFunctionIndex,
                        LLVMCreateEnumAttribute(m.context, LLVMGetEnumAttributeKindForName("noinline", 8), 0));
                ctx.thunkBesideVariant(method);
            }
            LLVMPositionBuilderAtEnd(m.builder, returned);
            continuations.call(contexts.get(2), savedExecution, savedSync);
            LLVMValueRef k = LLVMBuildExtractValue(m.builder, pair, 1, "");
            LLVMBuildCondBr(m.builder, continuations.isNull(k), done, suspended);
            LLVMPositionBuilderAtEnd(m.builder, done);
            LLVMBuildRet(m.builder, Continuations.isVoid(result) ? continuations.call(helpers.fromResult())
                    : continuations.call(helpers.fromResult(), LLVMBuildExtractValue(m.builder, pair, 0, "")));

            LLVMPositionBuilderAtEnd(m.builder, suspended);
            LLVMValueRef task = continuations.call(helpers.newPending());
            long taskOffset = RuntimeAbi.CONTINUATION_RESULT_OFFSET + continuations.resultSize(result);
            LLVMValueRef root = continuations.newContinuation(taskOffset + 8, rootResume(taskType, helpers));
            m.store(task, m.offset(root, taskOffset));
            continuations.linkChild(k, root);
            continuations.call(AsyncHelperMethods.commitSuspension(ctx.typeSystem));
            LLVMBuildRet(m.builder, continuations.call(helpers.fromPending(), task));

            LLVMValueRef exception = continuations.catchAll(fn, pad);
            continuations.call(contexts.get(2), savedExecution, savedSync);
            LLVMBuildRet(m.builder, continuations.call(helpers.fromException(), exception));
        });
    }

    /** The root of a chain under a task-returning thunk: complete the thunk's task with the outcome. */
    private LlvmFunction rootResume(TypeDesc taskType, AsyncHelperMethods.ThunkHelpers helpers) {
        TypeDesc result = TaskTypes.resultType(taskType);
        return rootResumes.computeIfAbsent(result, r -> continuations.define("async root " + r.fullName(), m.functionType(m.ptr, m.ptr), fn -> {
            LLVMValueRef k = LLVMGetParam(fn, 0);
            LLVMValueRef task = m.load(m.ptr, m.offset(k, RuntimeAbi.CONTINUATION_RESULT_OFFSET + continuations.resultSize(result)));
            LLVMValueRef exception = m.load(m.ptr, m.offset(k, RuntimeAbi.CONTINUATION_EXCEPTION_OFFSET));
            LLVMBasicBlockRef ok = continuations.block(fn, "ok");
            LLVMBasicBlockRef bad = continuations.block(fn, "failed");
            LLVMBuildCondBr(m.builder, continuations.isNull(exception), ok, bad);
            LLVMPositionBuilderAtEnd(m.builder, ok);
            if (Continuations.isVoid(result)) {
                continuations.call(helpers.complete(), task);
            } else {
                continuations.call(helpers.complete(), task, m.load(ctx.types.storageType(result), m.offset(k, RuntimeAbi.CONTINUATION_RESULT_OFFSET)));
            }
            LLVMBuildRet(m.builder, m.nullPtr());
            LLVMPositionBuilderAtEnd(m.builder, bad);
            continuations.call(helpers.fail(), task, exception);
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
        continuations.inside(fn, () -> {
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
        List<MethodDesc> helpers = AsyncHelperMethods.transparentAwait(ctx.typeSystem, taskType);
        LLVMValueRef fn = LLVMGetBasicBlockParent(LLVMGetInsertBlock(m.builder));
        LLVMValueRef leaf = continuations.call(helpers.get(0), task);
        LLVMBasicBlockRef done = continuations.block(fn, "await.completed");
        LLVMBasicBlockRef suspend = continuations.block(fn, "await.suspend");
        LLVMBuildCondBr(m.builder, continuations.isNull(leaf), done, suspend);
        LLVMPositionBuilderAtEnd(m.builder, done);
        LLVMValueRef value = continuations.call(helpers.get(1), task);
        LLVMBuildRet(m.builder, continuations.completedPair(result, Continuations.isVoid(result) ? null : value));
        LLVMPositionBuilderAtEnd(m.builder, suspend);
        LLVMValueRef k = continuations.newContinuation(RuntimeAbi.CONTINUATION_RESULT_OFFSET + SuspensionPoints.sizeOf(LLVMTypeOf(task)),
                awaitFrameResume(taskType, helpers.get(1)));
        m.store(task, m.offset(k, RuntimeAbi.CONTINUATION_RESULT_OFFSET));
        continuations.linkChildWithoutResult(leaf, k); // the result is read from the task (its slot holds the task)
        LLVMBuildRet(m.builder, continuations.suspendedPair(result, k));
    }

    /** resume(k) of a frame awaiting a returned task: its result (or exception) is the frame's. */
    private LlvmFunction awaitFrameResume(TypeDesc taskType, MethodDesc resultOf) {
        TypeDesc result = TaskTypes.resultType(taskType);
        return awaitFrameResumes.computeIfAbsent(taskType, t -> continuations.define("await " + t.fullName(), m.functionType(m.ptr, m.ptr), fn -> {
            LLVMValueRef k = LLVMGetParam(fn, 0);
            LLVMValueRef task = m.load(ctx.types.storageType(taskType), m.offset(k, RuntimeAbi.CONTINUATION_RESULT_OFFSET));
            LlvmFunction f = ctx.functions.get(resultOf);
            LLVMBasicBlockRef ok = continuations.block(fn, "ok");
            LLVMBasicBlockRef pad = continuations.block(fn, "failed");
            LLVMValueRef value = LLVMBuildInvoke2(m.builder, f.type(), f.value(), LlvmModule.array(task), 1, ok, pad, "");
            LLVMPositionBuilderAtEnd(m.builder, ok);
            continuations.deliver(fn, k, result, value);
            continuations.failToParent(fn, k, continuations.catchAll(fn, pad));
        }));
    }
}
