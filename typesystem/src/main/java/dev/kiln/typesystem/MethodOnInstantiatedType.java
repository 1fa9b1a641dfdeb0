package dev.kiln.typesystem;

/** A method of a generic type seen through one instantiation of that type (List&lt;int&gt;.Add). */
public final class MethodOnInstantiatedType extends MethodDesc {
    private final InstantiatedType owner;
    private final EcmaMethod definition;
    private volatile MethodSignature signature;
    private volatile MethodIL il;

    MethodOnInstantiatedType(InstantiatedType owner, EcmaMethod definition) {
        this.owner = owner;
        this.definition = definition;
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
    public MethodSignature signature() {
        MethodSignature s = signature;
        if (s == null) {
            s = definition.signature().substitute(owner.context());
            signature = s;
        }
        return s;
    }

    @Override
    public GenericContext genericContext() {
        return owner.context();
    }

    @Override
    public MethodDesc typicalDefinition() {
        return definition;
    }

    @Override public boolean isStatic() { return definition.isStatic(); }
    @Override public boolean isVirtual() { return definition.isVirtual(); }
    @Override public boolean isNewSlot() { return definition.isNewSlot(); }
    @Override public boolean isAbstract() { return definition.isAbstract(); }
    @Override public boolean isFinal() { return definition.isFinal(); }
    @Override public boolean isInternalCall() { return definition.isInternalCall(); }
    @Override public boolean isRuntimeAsync() { return definition.isRuntimeAsync(); }

    @Override
    public MethodIL methodIL() {
        MethodIL m = il;
        if (m == null) {
            MethodIL open = definition.methodIL();
            if (open == null) {
                return null;
            }
            m = open.instantiate(this, owner.context());
            il = m;
        }
        return m;
    }

    @Override
    public String location() {
        return definition.module().displayName() + ": " + fullName() + " [" + dev.kiln.typesystem.metadata.Tokens.format(definition.token()) + "]";
    }
}
