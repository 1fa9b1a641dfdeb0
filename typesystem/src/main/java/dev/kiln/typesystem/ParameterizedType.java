package dev.kiln.typesystem;

/** Arrays, pointers and byrefs: a type built from one other type. */
public abstract class ParameterizedType extends TypeDesc {
    private final TypeDesc elementType;

    ParameterizedType(TypeDesc elementType) {
        this.elementType = elementType;
    }

    public TypeDesc elementType() {
        return elementType;
    }

    @Override
    public TypeSystem typeSystem() {
        return elementType.typeSystem();
    }
}
