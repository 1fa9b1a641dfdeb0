package dev.kiln.typesystem;

/** Arrays, pointers and byrefs: a type built from one other type. */
public abstract class ParameterizedType extends TypeDesc {
    private final TypeDesc elementType;

    private final int nesting;

    ParameterizedType(TypeDesc elementType) {
        this.elementType = elementType;
        this.nesting = 1 + TypeSystem.nesting(elementType);
    }

    /** How deeply instantiations, arrays, pointers and byrefs nest in this type. */
    public int nesting() {
        return nesting;
    }

    public TypeDesc elementType() {
        return elementType;
    }

    @Override
    public TypeSystem typeSystem() {
        return elementType.typeSystem();
    }
}
