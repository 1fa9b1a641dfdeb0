package dev.kiln.typesystem;

/** A single-dimensional zero-based array type (T[]). */
public final class ArrayType extends ParameterizedType {
    ArrayType(TypeDesc elementType) {
        super(elementType);
    }

    @Override
    public TypeCategory category() {
        return TypeCategory.SZARRAY;
    }

    @Override
    public String fullName() {
        return elementType().fullName() + "[]";
    }

    @Override
    public TypeDesc baseType() {
        return typeSystem().wellKnown(WellKnownType.ARRAY);
    }

    @Override
    public boolean isSealed() {
        return true;
    }

    @Override
    public TypeDesc substitute(GenericContext context) {
        TypeDesc e = elementType().substitute(context);
        return e == elementType() ? this : e.makeArrayType();
    }

    @Override
    public boolean containsGenericParameters() {
        return elementType().containsGenericParameters();
    }
}
