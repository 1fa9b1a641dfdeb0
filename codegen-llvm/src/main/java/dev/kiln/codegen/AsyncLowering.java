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
 * Async lowering (shared/runtime-async.md §4) of a method compiled as an async variant, in named steps over one
 * carrier (AsyncFrame):
 * <ol>
 *   <li>find the await sites — AwaitSites (il), once, when the body is imported;</li>
 *   <li>resume dispatch — ResumeDispatch: the entry sends a resumption to the point it suspended at;</li>
 *   <li>await sites — this class: each becomes a call of the callee's async variant (or of AsyncHelpers' leaf
 *       helpers) followed by a suspension point — SuspensionPoints: save the frame when the callee suspended,
 *       restore it on resumption;</li>
 *   <li>thunks — AsyncThunks: the task-returning entry of a runtime-async method, the async-callable entry of an
 *       ordinary one, and the await of a returned task, over the continuation ABI (Continuations).</li>
 * </ol>
 * An async version needs no frame: a tail await returns its callee's continuation unchanged, and a `ret` of a task
 * awaits it in a shared frame that only holds the task (AsyncThunks#emitAwaitReturn).
 */
final class AsyncLowering {
    private final AsyncFrame frame;
    private final MethodCodegen g;
    private final LlvmModule m;
    private final NativeModuleBuilder ctx;

    AsyncLowering(MethodCodegen g, AsyncVariant variant, AwaitSites.Mode mode, LLVMValueRef resumeParam) {
        this.frame = new AsyncFrame(g, variant, mode, resumeParam);
        this.g = g;
        this.m = g.m;
        this.ctx = g.ctx;
    }

    AwaitSites.Mode mode() {
        return frame.mode;
    }

    /** Step 2: the entry (ResumeDispatch). */
    void emitEntry(LLVMBasicBlockRef start) {
        ResumeDispatch.emitEntry(frame, start);
    }

    /** `ret` in a runtime-async variant: {value, null}. */
    void emitReturn(StackValue value) {
        TypeDesc result = frame.variant.signature().returnType();
        LLVMValueRef v = result.category() == TypeCategory.VOID ? null : g.toStorage(value, result);
        LLVMBuildRet(m.builder, ctx.continuations.completedPair(result, v));
    }

    /** Step 3: one await site (found in step 1 by AwaitSites) as a call and, where it may suspend, a suspension point. */
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
            ctx.asyncThunks.emitAwaitReturn(ret.taskType(), g.toStorage(task, ret.taskType()));
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
        LLVMValueRef child = LLVMBuildExtractValue(m.builder, pair, 1, "");
        LLVMValueRef capture = m.constI32(call.continueOnCapturedContext() ? 1 : 0);
        SuspensionPoints.suspendIfNeeded(frame, child, result, value,
                () -> frame.call(AsyncHelperMethods.captureContextForVariantAwait(ctx.typeSystem), capture));
    }

    /** AsyncHelpers.Await(value) or AwaitAwaiter(awaiter): suspend on the leaf the helper gives, then take the result. */
    private void valueAwait(MethodDesc helper) {
        TypeDesc voidType = ctx.typeSystem.wellKnown(WellKnownType.VOID);
        TypeDesc awaited = helper.signature().parameters().get(0);
        if (!helper.name().equals("Await")) {
            StackValue awaiter = g.pop();
            MethodDesc suspend = AsyncHelperMethods.awaiterSuspension(ctx.typeSystem, helper);
            SuspensionPoints.suspendIfNeeded(frame, frame.call(suspend, g.toStorage(awaiter, awaited)), voidType, null);
            return;
        }
        List<MethodDesc> helpers = AsyncHelperMethods.valueAwait(ctx.typeSystem, awaited);
        StackValue value = g.pop();
        LLVMValueRef leaf = frame.call(helpers.get(0), g.toStorage(value, awaited));
        g.push(value); // the awaited value lives across the suspension: its result is read afterwards
        SuspensionPoints.suspendIfNeeded(frame, leaf, voidType, null);
        StackValue saved = g.pop();
        LLVMValueRef result = frame.call(helpers.get(1), g.toStorage(saved, awaited));
        TypeDesc resultType = helper.signature().returnType();
        if (resultType.category() != TypeCategory.VOID) {
            g.push(g.toStack(resultType, result));
        }
    }

}
