package dev.kiln.typesystem;

/** An unmanaged pointer type (T*). */
public final class PointerType extends ParameterizedType {
    PointerType(TypeDesc elementType) {
        super(elementType);
    }

    @Override
    public TypeCategory category() {
        return TypeCategory.POINTER;
    }

    @Override
    public String fullName() {
        return elementType().fullName() + "*";
    }

    @Override
    public TypeDesc baseType() {
        return null;
    }

    @Override
    public TypeDesc substitute(GenericContext context) {
        TypeDesc e = elementType().substitute(context);
        return e == elementType() ? this : e.makePointerType();
    }

    @Override
    public boolean containsGenericParameters() {
        return elementType().containsGenericParameters();
    }
}
