package dev.kiln.typesystem;

import dev.kiln.typesystem.metadata.MethodImplRow;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which interfaces a type implements and which method runs for each interface method: an explicit
 * implementation (MethodImpl) in the most derived type that has one, else a virtual method with the same name
 * and signature, searched from the most derived type up, else the interface's default implementation.
 */
public final class InterfaceResolution {
    private InterfaceResolution() {
    }

    /** Interfaces declared directly by a type (substituted for instantiations). */
    public static List<TypeDesc> declaredInterfaces(TypeDesc type) {
        if (type instanceof EcmaType e) {
            return e.declaredInterfaces();
        }
        if (type instanceof InstantiatedType i) {
            List<TypeDesc> list = new ArrayList<>();
            for (TypeDesc t : i.definition().declaredInterfaces()) {
                list.add(t.substitute(i.context()));
            }
            return list;
        }
        return List.of();
    }

    /** Every interface the type implements, bases' first, each interface followed by the ones it extends. */
    public static List<TypeDesc> allInterfaces(TypeDesc type) {
        Set<TypeDesc> result = new LinkedHashSet<>();
        List<TypeDesc> chain = new ArrayList<>();
        for (TypeDesc t = type; t != null; t = t.baseType()) {
            chain.add(0, t);
        }
        for (TypeDesc t : chain) {
            for (TypeDesc i : declaredInterfaces(t)) {
                addWithBases(i, result, 0);
            }
        }
        if (type.isInterface()) {
            result.remove(type);
        }
        return new ArrayList<>(result);
    }

    private static void addWithBases(TypeDesc iface, Set<TypeDesc> into, int depth) {
        if (depth > 64) {
            throw new TypeLoadException("interface " + iface.fullName() + " extends itself (cyclic interfaces)");
        }
        if (into.add(iface)) {
            for (TypeDesc b : declaredInterfaces(iface)) {
                addWithBases(b, into, depth + 1);
            }
        }
    }

    /** The interface's dispatch slots: its virtual instance methods in declaration order. */
    public static List<MethodDesc> slots(TypeDesc iface) {
        List<MethodDesc> list = new ArrayList<>();
        for (MethodDesc m : iface.methods()) {
            if (m.isVirtual() && !m.isStatic()) {
                list.add(m);
            }
        }
        return list;
    }

    public static int slotOf(MethodDesc interfaceMethod) {
        int i = slots(interfaceMethod.owningType()).indexOf(interfaceMethod);
        if (i < 0) {
            throw new IllegalArgumentException(interfaceMethod + " is not a virtual interface method");
        }
        return i;
    }

    /** The method that runs for interfaceMethod on an object of the given (exact) type, or null. */
    public static MethodDesc resolve(TypeDesc type, MethodDesc interfaceMethod) {
        for (TypeDesc t = type; t != null; t = t.baseType()) {
            MethodDesc explicit = explicitImplementation(t, interfaceMethod);
            if (explicit != null) {
                return explicit;
            }
        }
        MethodSignature sig = interfaceMethod.signature();
        for (TypeDesc t = type; t != null; t = t.baseType()) {
            for (MethodDesc m : t.methods()) {
                if (m.isVirtual() && !m.isStatic() && m.name().equals(interfaceMethod.name())
                        && m.signature().returnType() == sig.returnType() && m.signature().parameters().equals(sig.parameters())) {
                    // the most derived override of that virtual method runs
                    return type.isInterface() ? m : type.typeSystem().vtableOf(type).resolve(m);
                }
            }
        }
        return interfaceMethod.isAbstract() ? null : interfaceMethod;
    }

    private static MethodDesc explicitImplementation(TypeDesc t, MethodDesc interfaceMethod) {
        EcmaType def = t instanceof EcmaType e ? e : t instanceof InstantiatedType i ? i.definition() : null;
        if (def == null) {
            return null;
        }
        GenericContext context = t instanceof InstantiatedType i ? i.context() : GenericContext.NONE;
        var md = def.module().metadata();
        for (int rid : md.methodImpls(def.rid())) {
            MethodImplRow row = md.methodImpl(rid);
            MethodDesc declaration = def.module().resolveMethod(row.declarationToken(), context);
            if (declaration != interfaceMethod) {
                continue;
            }
            MethodDesc body = def.module().resolveMethod(row.bodyToken(), context);
            if (t instanceof InstantiatedType i && body.owningType() == def) {
                body = i.methodFor(body);
            }
            return body;
        }
        return null;
    }
}
