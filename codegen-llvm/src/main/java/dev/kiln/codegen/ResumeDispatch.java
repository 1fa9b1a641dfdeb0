package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.kiln.il.AwaitSites;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Async lowering, resume dispatch: a runtime-async variant's entry starts a fresh call at IL offset 0 and sends a
 * resumption (a non-null continuation) to the resume block of the suspension point its state names.
 */
final class ResumeDispatch {
    private ResumeDispatch() {
    }

    /** The entry decision, branching to start for a fresh call (the only entry of an async version). */
    static void emitEntry(AsyncFrame f, LLVMBasicBlockRef start) {
        LlvmModule m = f.m;
        if (f.mode != AwaitSites.Mode.RUNTIME_ASYNC) {
            LLVMBuildBr(m.builder, start);
            return;
        }
        LLVMBasicBlockRef dispatch = f.g.newBlock("resume.dispatch");
        LLVMBasicBlockRef nowhere = f.g.newBlock("resume.unknown");
        LLVMBuildCondBr(m.builder, f.isNull(f.resumeParam), start, dispatch);
        LLVMPositionBuilderAtEnd(m.builder, dispatch);
        LLVMValueRef state = m.load(m.i32, m.offset(f.resumeParam, RuntimeAbi.CONTINUATION_STATE_OFFSET));
        f.resumeSwitch = LLVMBuildSwitch(m.builder, state, nowhere, 4);
        LLVMPositionBuilderAtEnd(m.builder, nowhere);
        LLVMBuildUnreachable(m.builder);
    }

    /** Resuming in state point continues at resume. */
    static void addResumePoint(AsyncFrame f, int point, LLVMBasicBlockRef resume) {
        LLVMAddCase(f.resumeSwitch, f.m.constI32(point), resume);
    }
}
