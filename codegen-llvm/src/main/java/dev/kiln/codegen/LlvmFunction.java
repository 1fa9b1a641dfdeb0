package dev.kiln.codegen;

import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/** A function value together with its function type (needed by LLVMBuildCall2 with opaque pointers). */
public record LlvmFunction(LLVMValueRef value, LLVMTypeRef type) {
}
