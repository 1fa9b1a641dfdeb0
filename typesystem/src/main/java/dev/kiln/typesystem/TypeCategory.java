package dev.kiln.typesystem;

/** What kind of thing a type is, as the code generator needs to know it. */
public enum TypeCategory {
    VOID, BOOLEAN, CHAR, INT8, UINT8, INT16, UINT16, INT32, UINT32, INT64, UINT64, INTPTR, UINTPTR,
    FLOAT32, FLOAT64,
    /** A reference type that is not an array or string (classes, interfaces, delegates). */
    CLASS,
    STRING,
    /** A single-dimensional zero-based array. */
    SZARRAY,
    /** A multi-dimensional or non-zero-based array. */
    MDARRAY,
    /** A user-defined value type (struct) or an enum (enums report their underlying category instead). */
    STRUCT,
    POINTER, BYREF, FNPTR,
    GENERIC_PARAMETER;

    public boolean isPrimitiveNumeric() {
        return ordinal() >= BOOLEAN.ordinal() && ordinal() <= FLOAT64.ordinal();
    }

    public boolean isReference() {
        return this == CLASS || this == STRING || this == SZARRAY || this == MDARRAY;
    }

    public boolean isFloatingPoint() {
        return this == FLOAT32 || this == FLOAT64;
    }

    /** The signature element type of a primitive category (enums share their underlying type's), else null. */
    public dev.kiln.typesystem.metadata.ElementType primitiveElementType() {
        switch (this) {
            case BOOLEAN: return dev.kiln.typesystem.metadata.ElementType.BOOLEAN;
            case CHAR: return dev.kiln.typesystem.metadata.ElementType.CHAR;
            case INT8: return dev.kiln.typesystem.metadata.ElementType.I1;
            case UINT8: return dev.kiln.typesystem.metadata.ElementType.U1;
            case INT16: return dev.kiln.typesystem.metadata.ElementType.I2;
            case UINT16: return dev.kiln.typesystem.metadata.ElementType.U2;
            case INT32: return dev.kiln.typesystem.metadata.ElementType.I4;
            case UINT32: return dev.kiln.typesystem.metadata.ElementType.U4;
            case INT64: return dev.kiln.typesystem.metadata.ElementType.I8;
            case UINT64: return dev.kiln.typesystem.metadata.ElementType.U8;
            case INTPTR: return dev.kiln.typesystem.metadata.ElementType.I;
            case UINTPTR: return dev.kiln.typesystem.metadata.ElementType.U;
            case FLOAT32: return dev.kiln.typesystem.metadata.ElementType.R4;
            case FLOAT64: return dev.kiln.typesystem.metadata.ElementType.R8;
            default: return null;
        }
    }

    /** Size in bytes of a value of this category, or -1 when it depends on the type (structs). */
    public int primitiveSize() {
        switch (this) {
            case BOOLEAN: case INT8: case UINT8: return 1;
            case CHAR: case INT16: case UINT16: return 2;
            case INT32: case UINT32: case FLOAT32: return 4;
            case INT64: case UINT64: case FLOAT64: case INTPTR: case UINTPTR:
            case CLASS: case STRING: case SZARRAY: case MDARRAY: case POINTER: case BYREF: case FNPTR: return 8;
            default: return -1;
        }
    }
}
