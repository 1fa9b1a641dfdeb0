package dev.kiln.typesystem;

/** A method as the compiler sees it. Canonical: compare by identity. */
public abstract class MethodDesc {
    public abstract TypeDesc owningType();

    public abstract String name();

    public abstract MethodSignature signature();

    public abstract boolean isStatic();

    public abstract boolean isVirtual();

    /** A virtual method that starts a new vtable slot instead of overriding its base's. */
    public abstract boolean isNewSlot();

    public abstract boolean isAbstract();

    public abstract boolean isFinal();

    /** [MethodImpl(MethodImplOptions.InternalCall)]: implemented by the C runtime. */
    public abstract boolean isInternalCall();

    /** ImplFlags 0x2000: a runtime-async method (see shared/runtime-async.md). */
    public abstract boolean isRuntimeAsync();

    /** The IL body, or null when the method has none (abstract, extern, internal call). */
    public abstract MethodIL methodIL();

    /**
     * Whether the method has an IL body, without resolving it (its locals may name types the assemblies lack, which
     * only compiling the body itself reports).
     */
    public boolean hasIL() {
        MethodDesc def = typicalDefinition();
        return def != this ? def.hasIL() : methodIL() != null;
    }

    /** Where to point a user at: "Assembly: Type::Method" and the metadata token when there is one. */
    public abstract String location();

    /** The instantiation this method's body is compiled in (type and method arguments). */
    public GenericContext genericContext() {
        return GenericContext.NONE;
    }

    /** The metadata definition behind this method (itself for definitions). */
    public MethodDesc typicalDefinition() {
        return this;
    }

    /**
     * Whether the method has the VARARG calling convention (C#'s __arglist): a call passes, besides its declared
     * parameters, arguments whose types the call site lists (EcmaModule.varargArguments).
     */
    public boolean isVararg() {
        return typicalDefinition() != this && typicalDefinition().isVararg();
    }

    /** Generic method definition that still needs method type arguments. */
    public boolean isGenericMethodDefinition() {
        return signature().genericParameterCount() > 0;
    }

    public boolean isConstructor() {
        return name().equals(".ctor") && !isStatic();
    }

    public boolean isStaticConstructor() {
        return name().equals(".cctor") && isStatic();
    }

    /** "Namespace.Type::Name(ParamType, ...)": unique enough to read, used in messages and maps. */
    public String fullName() {
        StringBuilder sb = new StringBuilder(owningType().fullName()).append("::").append(name()).append('(');
        var params = signature().parameters();
        for (int i = 0; i < params.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(params.get(i).fullName());
        }
        return sb.append(')').toString();
    }

    @Override
    public String toString() {
        return fullName();
    }
}
