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
}
