package dev.kiln.typesystem;

import java.util.List;

/** A generic parameter's declaration: name, position, variance, special constraints and constraint types. */
public record GenericParameterInfo(String name, int index, int flags, List<TypeDesc> constraints) {
    public static final int COVARIANT = 0x1;
    public static final int CONTRAVARIANT = 0x2;
    public static final int REFERENCE_TYPE_CONSTRAINT = 0x4;
    public static final int NOT_NULLABLE_VALUE_TYPE_CONSTRAINT = 0x8;
    public static final int DEFAULT_CONSTRUCTOR_CONSTRAINT = 0x10;

    public boolean isCovariant() {
        return (flags & 0x3) == COVARIANT;
    }

    public boolean isContravariant() {
        return (flags & 0x3) == CONTRAVARIANT;
    }

    public boolean hasReferenceTypeConstraint() {
        return (flags & REFERENCE_TYPE_CONSTRAINT) != 0;
    }

    public boolean hasValueTypeConstraint() {
        return (flags & NOT_NULLABLE_VALUE_TYPE_CONSTRAINT) != 0;
    }

    public boolean hasDefaultConstructorConstraint() {
        return (flags & DEFAULT_CONSTRUCTOR_CONSTRAINT) != 0;
    }
}
