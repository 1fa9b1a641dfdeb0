package dev.kiln.typesystem;

/** A managed pointer type (T&amp;, C#'s ref T). */
public final class ByRefType extends ParameterizedType {
    ByRefType(TypeDesc elementType) {
        super(elementType);
    }

    @Override
    public TypeCategory category() {
        return TypeCategory.BYREF;
    }

    @Override
    public String fullName() {
        return elementType().fullName() + "&";
    }

    @Override
    public TypeDesc baseType() {
        return null;
    }

    @Override
    public TypeDesc substitute(GenericContext context) {
        TypeDesc e = elementType().substitute(context);
        return e == elementType() ? this : e.makeByRefType();
    }

    @Override
    public boolean containsGenericParameters() {
        return elementType().containsGenericParameters();
    }
}
