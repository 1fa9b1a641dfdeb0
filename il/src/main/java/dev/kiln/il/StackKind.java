package dev.kiln.il;

/**
 * Kinds of evaluation-stack values (ECMA-335 III.1.1). The code generator represents them as I32 → i32, I64 and
 * NATIVE_INT → i64, FLOAT → float or double (float32 values stay in single precision and float32 operations
 * round to single precision, as in .NET; an operation mixing the two widens the float), OBJECT and POINTER
 * (managed or unmanaged pointers) → ptr, VALUE → the struct's storage type.
 */
public enum StackKind {
    I32, I64, NATIVE_INT, FLOAT, OBJECT, POINTER,
    /** A struct value; its LLVM type comes from the struct's layout (TypeMapper.storageType). */
    VALUE;

    public boolean isInteger() {
        return this == I32 || this == I64 || this == NATIVE_INT;
    }

    public boolean isPointerLike() {
        return this == OBJECT || this == POINTER;
    }

    /** int32, native int or a pointer: what ECMA-335 lets mix with a native int (an unmanaged pointer is one). */
    public boolean isNativeSized() {
        return this == I32 || this == NATIVE_INT || this == POINTER;
    }

    /** The name ECMA-335 III.1.5's tables give this kind, for error messages. */
    public String ecmaName() {
        switch (this) {
            case I32: return "int32";
            case I64: return "int64";
            case NATIVE_INT: return "native int";
            case FLOAT: return "F (floating point)";
            case OBJECT: return "an object reference";
            case POINTER: return "a pointer";
            default: return "a value type";
        }
    }
}
