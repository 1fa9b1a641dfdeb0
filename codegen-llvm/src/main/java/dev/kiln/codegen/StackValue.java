package dev.kiln.codegen;

import dev.kiln.il.StackKind;
import dev.kiln.typesystem.TypeDesc;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/** One evaluation-stack entry: its kind, its LLVM value, and (for objects) the static type when known. */
public record StackValue(StackKind kind, LLVMValueRef value, TypeDesc type) {
    public static StackValue of(StackKind kind, LLVMValueRef value) {
        return new StackValue(kind, value, null);
    }
}
