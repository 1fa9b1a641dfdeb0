package dev.kiln.typesystem;

/** An uninstantiated generic parameter (!0 or !!0), as seen in open signatures. */
public final class GenericParameterType extends TypeDesc {
    private final TypeSystem typeSystem;
    private final boolean method;
    private final int index;

    GenericParameterType(TypeSystem typeSystem, boolean method, int index) {
        this.typeSystem = typeSystem;
        this.method = method;
        this.index = index;
    }

    public boolean isMethodParameter() {
        return method;
    }

    public int index() {
        return index;
    }

    @Override
    public TypeSystem typeSystem() {
        return typeSystem;
    }

    @Override
    public TypeCategory category() {
        return TypeCategory.GENERIC_PARAMETER;
    }

    @Override
    public String fullName() {
        return (method ? "!!" : "!") + index;
    }

    @Override
    public TypeDesc baseType() {
        return null;
    }

    @Override
    public TypeDesc substitute(GenericContext context) {
        var args = method ? context.methodArguments() : context.typeArguments();
        return index < args.size() ? args.get(index) : this;
    }

    @Override
    public boolean containsGenericParameters() {
        return true;
    }
}
