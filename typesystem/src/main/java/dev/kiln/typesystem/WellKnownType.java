package dev.kiln.typesystem;

/** Types of the core library that the compiler and runtime depend on by name. */
public enum WellKnownType {
    VOID("System", "Void", TypeCategory.VOID),
    BOOLEAN("System", "Boolean", TypeCategory.BOOLEAN),
    CHAR("System", "Char", TypeCategory.CHAR),
    SBYTE("System", "SByte", TypeCategory.INT8),
    BYTE("System", "Byte", TypeCategory.UINT8),
    INT16("System", "Int16", TypeCategory.INT16),
    UINT16("System", "UInt16", TypeCategory.UINT16),
    INT32("System", "Int32", TypeCategory.INT32),
    UINT32("System", "UInt32", TypeCategory.UINT32),
    INT64("System", "Int64", TypeCategory.INT64),
    UINT64("System", "UInt64", TypeCategory.UINT64),
    INTPTR("System", "IntPtr", TypeCategory.INTPTR),
    UINTPTR("System", "UIntPtr", TypeCategory.UINTPTR),
    SINGLE("System", "Single", TypeCategory.FLOAT32),
    DOUBLE("System", "Double", TypeCategory.FLOAT64),
    OBJECT("System", "Object", TypeCategory.CLASS),
    STRING("System", "String", TypeCategory.STRING),
    VALUETYPE("System", "ValueType", TypeCategory.CLASS),
    ENUM("System", "Enum", TypeCategory.CLASS),
    ARRAY("System", "Array", TypeCategory.CLASS),
    EXCEPTION("System", "Exception", TypeCategory.CLASS),
    TYPEDREFERENCE("System", "TypedReference", TypeCategory.STRUCT);

    private final String namespace;
    private final String name;
    private final TypeCategory category;

    WellKnownType(String namespace, String name, TypeCategory category) {
        this.namespace = namespace;
        this.name = name;
        this.category = category;
    }

    public String namespace() {
        return namespace;
    }

    public String typeName() {
        return name;
    }

    /** The category a definition with this name has (primitives are structs in metadata but primitive here). */
    public TypeCategory category() {
        return category;
    }

    public static WellKnownType byName(String namespace, String name) {
        if (!"System".equals(namespace)) {
            return null;
        }
        for (WellKnownType w : values()) {
            if (w.name.equals(name)) {
                return w;
            }
        }
        return null;
    }
}
