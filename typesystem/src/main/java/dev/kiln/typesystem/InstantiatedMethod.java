package dev.kiln.typesystem;

import java.util.List;

/** A generic method with method type arguments (Array.Empty&lt;int&gt;()). Canonical per (method, arguments). */
public final class InstantiatedMethod extends MethodDesc {
    private final MethodDesc genericMethod;
    private final List<TypeDesc> arguments;
    private final GenericContext context;
    private volatile MethodSignature signature;
    private volatile MethodIL il;

    InstantiatedMethod(MethodDesc genericMethod, List<TypeDesc> arguments) {
        this.genericMethod = genericMethod;
        this.arguments = List.copyOf(arguments);
        this.context = new GenericContext(genericMethod.genericContext().typeArguments(), this.arguments);
    }

    public MethodDesc genericMethod() {
        return genericMethod;
    }

    public List<TypeDesc> arguments() {
        return arguments;
    }

    @Override
    public TypeDesc owningType() {
        return genericMethod.owningType();
    }

    @Override
    public String name() {
        return genericMethod.name();
    }

    @Override
    public MethodSignature signature() {
        MethodSignature s = signature;
        if (s == null) {
            s = genericMethod.signature().substitute(context);
            signature = s;
        }
        return s;
    }

    @Override
    public boolean isGenericMethodDefinition() {
        return false;
    }

    @Override
    public GenericContext genericContext() {
        return context;
    }

    @Override
    public MethodDesc typicalDefinition() {
        return genericMethod.typicalDefinition();
    }

    @Override public boolean isStatic() { return genericMethod.isStatic(); }
    @Override public boolean isVirtual() { return genericMethod.isVirtual(); }
    @Override public boolean isNewSlot() { return genericMethod.isNewSlot(); }
    @Override public boolean isAbstract() { return genericMethod.isAbstract(); }
    @Override public boolean isFinal() { return genericMethod.isFinal(); }
    @Override public boolean isInternalCall() { return genericMethod.isInternalCall(); }
    @Override public boolean isRuntimeAsync() { return genericMethod.isRuntimeAsync(); }

    @Override
    public MethodIL methodIL() {
        MethodIL m = il;
        if (m == null) {
            MethodIL open = genericMethod.typicalDefinition().methodIL();
            if (open == null) {
                return null;
            }
            m = open.instantiate(this, context);
            il = m;
        }
        return m;
    }

    @Override
    public String location() {
        return genericMethod.location();
    }

    @Override
    public String fullName() {
        String base = super.fullName();
        int paren = base.indexOf('(');
        StringBuilder sb = new StringBuilder(base.substring(0, paren)).append('<');
        for (int i = 0; i < arguments.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(arguments.get(i).fullName());
        }
        return sb.append('>').append(base.substring(paren)).toString();
    }
}
