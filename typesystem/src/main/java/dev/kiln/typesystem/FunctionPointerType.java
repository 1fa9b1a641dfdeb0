package dev.kiln.typesystem;

/** An unmanaged or managed function pointer type, method R *(P...). Canonical per signature. */
public final class FunctionPointerType extends TypeDesc {
    private final TypeSystem typeSystem;
    private final MethodSignature signature;

    FunctionPointerType(TypeSystem typeSystem, MethodSignature signature) {
        this.typeSystem = typeSystem;
        this.signature = signature;
    }

    public MethodSignature signature() {
        return signature;
    }

    @Override public TypeSystem typeSystem() { return typeSystem; }
    @Override public TypeCategory category() { return TypeCategory.FNPTR; }
    @Override public String fullName() { return "method " + signature; }
    @Override public TypeDesc baseType() { return null; }

    @Override
    public TypeDesc substitute(GenericContext context) {
        MethodSignature s = signature.substitute(context);
        return s.equals(signature) ? this : typeSystem.makeFunctionPointer(s);
    }
}
