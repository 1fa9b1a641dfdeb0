package dev.kiln.typesystem;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Whether a type, method or field can be loaded the way .NET's type loader loads it before code uses it: the type
 * resolves with its base types, interfaces and the types of its instance fields, and can be laid out; a method's
 * signature resolves. The dependency scanner asks this of everything an instruction names, so that an item the
 * loaded assemblies lack is found there (and the instruction's method compiled to throw) rather than later, when a
 * descriptor or a layout is built. Only missing items count: other load failures (a cyclic struct, a generic
 * nesting limit) are reported where they were before.
 */
public final class TypeLoading {
    private static final Object LOADABLE = new Object();
    private static final ThreadLocal<Set<TypeDesc>> IN_PROGRESS = ThreadLocal.withInitial(HashSet::new);

    private TypeLoading() {
    }

    /** type, after checking that it loads; throws the TypeLoadException naming what it lacks otherwise. */
    public static <T extends TypeDesc> T loaded(T type) {
        ensureLoadable(type);
        return type;
    }

    /** method, after checking that its owning type and the value types of its signature load. */
    public static MethodDesc loaded(MethodDesc method) {
        ensureLoadable(method.owningType());
        ensureSignatureLoadable(method);
        return method;
    }

    /** field, after checking that its owning type and (for a struct) its type load. */
    public static FieldDesc loaded(FieldDesc field) {
        ensureLoadable(field.owningType());
        TypeDesc type = field.fieldType();
        if (type.isValueType()) {
            ensureLoadable(type);
        }
        return field;
    }

    /** Whether a method's signature resolves (false when it names something the assemblies lack). */
    public static boolean signatureLoads(MethodDesc method) {
        return unlessMissing(method::signature) != null;
    }

    /**
     * What resolve gives, or null when it names something the assemblies lack (other load failures propagate): for
     * lookups that pass over such members, as .NET matches signatures without loading them.
     */
    public static <T> T unlessMissing(java.util.function.Supplier<T> resolve) {
        try {
            return resolve.get();
        } catch (TypeLoadException e) {
            if (e.missing() == null) {
                throw e;
            }
            return null;
        }
    }

    public static void ensureSignatureLoadable(MethodDesc method) {
        MethodSignature signature = method.signature();
        ensureValueTypeLoadable(signature.returnType());
        for (TypeDesc p : signature.parameters()) {
            ensureValueTypeLoadable(p);
        }
    }

    private static void ensureValueTypeLoadable(TypeDesc type) {
        if (type.isValueType() || type instanceof ParameterizedType) {
            ensureLoadable(type);
        }
    }

    public static void ensureLoadable(TypeDesc type) {
        if (type == null || type instanceof GenericParameterType || type instanceof FunctionPointerType) {
            return;
        }
        Map<TypeDesc, Object> checked = type.typeSystem().loadChecks();
        Object known = checked.get(type);
        if (known == LOADABLE) {
            return;
        }
        if (known instanceof TypeLoadException e) {
            throw e;
        }
        Set<TypeDesc> inProgress = IN_PROGRESS.get();
        if (!inProgress.add(type)) {
            return; // a type reached again while it is checked (T : IEquatable<T>): what it needs is being checked
        }
        try {
            check(type);
            checked.put(type, LOADABLE);
        } catch (TypeLoadException e) {
            if (e.missing() == null) {
                return; // not about a missing item: left to the code that reported it before
            }
            checked.put(type, e);
            throw e;
        } finally {
            inProgress.remove(type);
        }
    }

    private static void check(TypeDesc type) {
        if (type instanceof ParameterizedType p) {
            ensureLoadable(p.elementType());
            return;
        }
        if (type instanceof InstantiatedType inst) {
            ensureLoadable(inst.definition());
            for (TypeDesc argument : inst.arguments()) {
                ensureLoadable(argument);
            }
        }
        ensureLoadable(type.baseType());
        for (TypeDesc iface : InterfaceResolution.declaredInterfaces(type)) {
            ensureLoadable(iface);
        }
        for (FieldDesc f : type.fields()) {
            if (!f.isStatic()) {
                TypeDesc fieldType = f.fieldType();
                if (fieldType.isValueType()) {
                    ensureLoadable(fieldType);
                }
            }
        }
        if (!type.containsGenericParameters()) {
            TypeSystem ts = type.typeSystem();
            ts.layoutOf(type);
            if (!type.isInterface()) {
                ts.vtableOf(type);
            }
        }
    }
}
