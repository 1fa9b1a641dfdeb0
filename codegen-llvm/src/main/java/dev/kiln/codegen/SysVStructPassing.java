package dev.kiln.codegen;

import dev.kiln.typesystem.FieldDesc;
import dev.kiln.typesystem.TypeCategory;
import dev.kiln.typesystem.TypeDesc;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;

/**
 * How the x86-64 System V ABI passes a blittable struct by value (psABI 3.2.3), which LLVM leaves to the front end:
 * up to 16 bytes travel in one register per eightbyte — INTEGER unless every field in it is floating point (SSE) —
 * as the LLVM types clang gives them (i64 or the integer of the remaining bytes, double, float, <2 x float>);
 * anything larger or with a misaligned field goes in memory (byval argument, sret return).
 */
final class SysVStructPassing {
    /** The LLVM type of each eightbyte register, or null for memory. */
    static List<LLVMTypeRef> registers(LlvmModule m, TypeDesc struct) {
        int size = struct.typeSystem().layoutOf(struct).size();
        if (size > 16 || size == 0) {
            return null;
        }
        int words = (size + 7) / 8;
        boolean[] integer = new boolean[words];
        boolean[] hasDouble = new boolean[words];
        int[] floats = new int[words];
        if (!classify(struct, 0, integer, hasDouble, floats)) {
            return null;
        }
        List<LLVMTypeRef> regs = new ArrayList<>();
        for (int w = 0; w < words; w++) {
            int bytes = Math.min(8, size - 8 * w);
            if (integer[w] || (!hasDouble[w] && floats[w] == 0)) {
                regs.add(org.bytedeco.llvm.global.LLVM.LLVMIntTypeInContext(m.context, bytes * 8));
            } else if (hasDouble[w]) {
                regs.add(m.f64);
            } else if (bytes > 4) {
                regs.add(org.bytedeco.llvm.global.LLVM.LLVMVectorType(m.f32, 2));
            } else {
                regs.add(m.f32);
            }
        }
        return regs;
    }

    /** Marks the class of the eightbytes struct's fields occupy; false if a field is misaligned (memory). */
    private static boolean classify(TypeDesc struct, int base, boolean[] integer, boolean[] hasDouble, int[] floats) {
        var layout = struct.typeSystem().layoutOf(struct);
        for (FieldDesc f : struct.fields()) {
            if (f.isStatic()) {
                continue;
            }
            int offset = base + layout.offsetOf(f);
            TypeDesc type = f.fieldType();
            if (type.category() == TypeCategory.STRUCT) {
                if (!classify(type, offset, integer, hasDouble, floats)) {
                    return false;
                }
                continue;
            }
            int size = primitiveSize(type.category());
            if (offset % size != 0) {
                return false;
            }
            int w = offset / 8;
            if (type.category() == TypeCategory.FLOAT64) {
                hasDouble[w] = true;
            } else if (type.category() == TypeCategory.FLOAT32) {
                floats[w]++;
            } else {
                integer[w] = true;
            }
        }
        return true;
    }

    private static int primitiveSize(TypeCategory c) {
        switch (c) {
            case INT8: case UINT8: case BOOLEAN: return 1;
            case INT16: case UINT16: case CHAR: return 2;
            case INT32: case UINT32: case FLOAT32: return 4;
            default: return 8;
        }
    }

    /** How many of the registers are SSE (the rest are INTEGER). */
    static int sseCount(LlvmModule m, List<LLVMTypeRef> registers) {
        int n = 0;
        for (LLVMTypeRef t : registers) {
            int kind = org.bytedeco.llvm.global.LLVM.LLVMGetTypeKind(t);
            if (kind != org.bytedeco.llvm.global.LLVM.LLVMIntegerTypeKind) {
                n++;
            }
        }
        return n;
    }

    private SysVStructPassing() {
    }
}
