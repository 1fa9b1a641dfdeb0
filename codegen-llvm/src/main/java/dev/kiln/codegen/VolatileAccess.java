package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * The IL `volatile.` prefix (and so C# volatile fields and Volatile.Read/Write) under .NET's memory model: a volatile
 * load is an acquire, a volatile store a release (ECMA-335 I.12.6.7). Scalars become LLVM atomic loads and stores of
 * those orderings — on x86-64 plain moves, but LLVM may no longer drop, merge or hoist them out of loops. A struct
 * is copied as a whole and fenced instead (an acquire fence after the load, a release fence before the store).
 */
final class VolatileAccess {
    private VolatileAccess() {
    }

    /** Makes a load just built an acquire. */
    static void acquire(LlvmModule m, LLVMValueRef load) {
        LLVMTypeRef type = LLVMTypeOf(load);
        if (atomicCapable(type)) {
            LLVMSetOrdering(load, LLVMAtomicOrderingAcquire);
            LLVMSetAlignment(load, naturalAlignment(type));
        } else {
            LLVMBuildFence(m.builder, LLVMAtomicOrderingAcquire, 0, "");
        }
    }

    /** Stores value to address as a release. */
    static void release(LlvmModule m, LLVMValueRef value, LLVMValueRef address) {
        LLVMTypeRef type = LLVMTypeOf(value);
        if (atomicCapable(type)) {
            LLVMValueRef store = LLVMBuildStore(m.builder, value, address);
            LLVMSetOrdering(store, LLVMAtomicOrderingRelease);
            LLVMSetAlignment(store, naturalAlignment(type));
        } else {
            LLVMBuildFence(m.builder, LLVMAtomicOrderingRelease, 0, "");
            m.store(value, address);
        }
    }

    /** Integers of 8 to 64 bits, floats and pointers: what LLVM's atomic load and store take. */
    private static boolean atomicCapable(LLVMTypeRef type) {
        return switch (LLVMGetTypeKind(type)) {
            case LLVMIntegerTypeKind -> {
                int bits = LLVMGetIntTypeWidth(type);
                yield bits == 8 || bits == 16 || bits == 32 || bits == 64;
            }
            case LLVMFloatTypeKind, LLVMDoubleTypeKind, LLVMPointerTypeKind -> true;
            default -> false;
        };
    }

    private static int naturalAlignment(LLVMTypeRef type) {
        return switch (LLVMGetTypeKind(type)) {
            case LLVMIntegerTypeKind -> LLVMGetIntTypeWidth(type) / 8;
            case LLVMFloatTypeKind -> 4;
            default -> 8;
        };
    }
}
