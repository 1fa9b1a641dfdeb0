package dev.kiln.typesystem;

import java.util.List;

/**
 * A type as the compiler sees it. Instances are canonical: two TypeDesc objects denote the same type iff they are
 * the same object, so identity comparison and identity hashing are correct.
 */
public abstract class TypeDesc {
    private ArrayType szArray;
    private PointerType pointer;
    private ByRefType byRef;

    public abstract TypeSystem typeSystem();

    public abstract TypeCategory category();

    /** Namespace-qualified name as .NET prints it, e.g. "System.Int32", "Outer+Inner", "System.String[]". */
    public abstract String fullName();

    /** The base class, or null for System.Object, interfaces, pointers and byrefs. */
    public abstract TypeDesc baseType();

    public boolean isValueType() {
        TypeCategory c = category();
        return c.isPrimitiveNumeric() || c == TypeCategory.STRUCT;
    }

    public boolean isInterface() {
        return false;
    }

    public boolean isAbstract() {
        return false;
    }

    public boolean isSealed() {
        return false;
    }

    /** beforefieldinit: the class constructor may run at any time before the first static field access. */
    public boolean isBeforeFieldInit() {
        return false;
    }

    public boolean isEnum() {
        return false;
    }

    /** Methods declared on this type (empty for parameterized types). */
    public List<MethodDesc> methods() {
        return List.of();
    }

    /** Fields declared on this type (empty for parameterized types). */
    public List<FieldDesc> fields() {
        return List.of();
    }

    /**
     * The method with this name and signature. Overloads whose signatures name what the assemblies lack cannot be the
     * one (the signature looked for resolved), and are passed over as .NET compares signatures without loading them.
     */
    public MethodDesc findMethod(String name, MethodSignature signature) {
        for (MethodDesc m : methods()) {
            if (m.name().equals(name) && TypeLoading.signatureLoads(m) && m.signature().equals(signature)) {
                return m;
            }
        }
        return null;
    }

    public MethodDesc findMethod(String name) {
        for (MethodDesc m : methods()) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        return null;
    }

    public FieldDesc findField(String name) {
        for (FieldDesc f : fields()) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }

    public MethodDesc staticConstructor() {
        for (MethodDesc m : methods()) {
            if (m.isStatic() && m.name().equals(".cctor")) {
                return m;
            }
        }
        return null;
    }

    /** This type with generic parameters replaced by the context's arguments (itself when it has none). */
    public TypeDesc substitute(GenericContext context) {
        return this;
    }

    /** Whether the type mentions a generic parameter (an open type that cannot be laid out or compiled). */
    public boolean containsGenericParameters() {
        return false;
    }

    public boolean isSubclassOf(TypeDesc other) {
        for (TypeDesc t = this; t != null; t = t.baseType()) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    public final synchronized ArrayType makeArrayType() {
        if (szArray == null) {
            szArray = new ArrayType(this);
        }
        return szArray;
    }

    public final synchronized PointerType makePointerType() {
        if (pointer == null) {
            pointer = new PointerType(this);
        }
        return pointer;
    }

    public final synchronized ByRefType makeByRefType() {
        if (byRef == null) {
            byRef = new ByRefType(this);
        }
        return byRef;
    }

    @Override
    public String toString() {
        return fullName();
    }
}
