package dev.kiln.codegen;

import dev.kiln.il.StackKind;
import dev.kiln.il.ILCompileException;
import dev.kiln.typesystem.TypeCategory;
import dev.kiln.typesystem.TypeDesc;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;

/** Maps types to the LLVM types used to store them (locals, fields, parameters, array elements). */
public final class TypeMapper {
    private final LlvmModule m;
    private final java.util.Map<TypeDesc, LLVMTypeRef> structTypes = new java.util.HashMap<>();

    public TypeMapper(LlvmModule m) {
        this.m = m;
    }

    /**
     * A struct is stored as an array of its alignment unit (i64, i32, i16 or i8) covering its size: loads, stores
     * and copies move it whole, and LLVM's SROA splits it where fields are used separately.
     */
    private LLVMTypeRef structStorage(TypeDesc type) {
        return structTypes.computeIfAbsent(type, t -> {
            var layout = t.typeSystem().layoutOf(t);
            int size = layout.size();
            int unit = Math.min(layout.alignment(), 8);
            while (unit > 1 && size % unit != 0) {
                unit /= 2;
            }
            LLVMTypeRef element = unit == 8 ? m.i64 : unit == 4 ? m.i32 : unit == 2 ? m.i16 : m.i8;
            return org.bytedeco.llvm.global.LLVM.LLVMArrayType2(element, size / unit);
        });
    }

    public LLVMTypeRef storageType(TypeDesc type) {
        TypeCategory c = type.category();
        switch (c) {
            case VOID: return m.voidType;
            case BOOLEAN: case INT8: case UINT8: return m.i8;
            case CHAR: case INT16: case UINT16: return m.i16;
            case INT32: case UINT32: return m.i32;
            case INT64: case UINT64: case INTPTR: case UINTPTR: return m.i64;
            case FLOAT32: return m.f32;
            case FLOAT64: return m.f64;
            case CLASS: case STRING: case SZARRAY: case MDARRAY: case POINTER: case BYREF: case FNPTR: return m.ptr;
            case STRUCT: return structStorage(type);
            default:
                throw new ILCompileException("values of type " + type.fullName() + " (" + c.name().toLowerCase()
                        + ") are not supported yet");
        }
    }

    /** The LLVM parameter attribute that widens small integers per the C ABI, or null. */
    public static String extensionAttribute(TypeDesc type) {
        switch (type.category()) {
            case BOOLEAN: case UINT8: case CHAR: case UINT16: return "zeroext";
            case INT8: case INT16: return "signext";
            default: return null;
        }
    }

    /** The evaluation-stack kind a value of this type has once loaded (ECMA-335 III.1.1). */
    public static StackKind stackKind(TypeDesc type) {
        TypeCategory c = type.category();
        switch (c) {
            case BOOLEAN: case INT8: case UINT8: case CHAR: case INT16: case UINT16: case INT32: case UINT32:
                return StackKind.I32;
            case INT64: case UINT64: return StackKind.I64;
            case INTPTR: case UINTPTR: return StackKind.NATIVE_INT;
            case FLOAT32: case FLOAT64: return StackKind.FLOAT;
            case CLASS: case STRING: case SZARRAY: case MDARRAY: return StackKind.OBJECT;
            case POINTER: case BYREF: case FNPTR: return StackKind.POINTER;
            case STRUCT: return StackKind.VALUE;
            default:
                throw new ILCompileException("values of type " + type.fullName() + " are not supported yet");
        }
    }

    public static boolean isUnsignedSmall(TypeDesc type) {
        TypeCategory c = type.category();
        return c == TypeCategory.BOOLEAN || c == TypeCategory.UINT8 || c == TypeCategory.CHAR || c == TypeCategory.UINT16;
    }
}
