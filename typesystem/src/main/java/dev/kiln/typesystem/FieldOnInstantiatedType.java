package dev.kiln.typesystem;

/** A field of a generic type seen through one instantiation (each instantiation has its own statics). */
public final class FieldOnInstantiatedType extends FieldDesc {
    private final InstantiatedType owner;
    private final EcmaField definition;
    private volatile TypeDesc type;

    FieldOnInstantiatedType(InstantiatedType owner, EcmaField definition) {
        this.owner = owner;
        this.definition = definition;
    }

    public EcmaField definition() {
        return definition;
    }

    @Override
    public InstantiatedType owningType() {
        return owner;
    }

    @Override
    public String name() {
        return definition.name();
    }

    @Override
    public TypeDesc fieldType() {
        TypeDesc t = type;
        if (t == null) {
            t = definition.fieldType().substitute(owner.context());
            type = t;
        }
        return t;
    }

    @Override public boolean isStatic() { return definition.isStatic(); }
    @Override public boolean isLiteral() { return definition.isLiteral(); }
    @Override public boolean isThreadStatic() { return definition.isThreadStatic(); }
    @Override public byte[] rvaData() { return definition.rvaData(); }
}
