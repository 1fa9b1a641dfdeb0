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

    /** The generic collection interfaces every T[] implements (ECMA-335 II.14.1), instantiated over T. */
    private static final String[] ARRAY_INTERFACES = {"IList`1", "ICollection`1", "IEnumerable`1", "IReadOnlyList`1",
        "IReadOnlyCollection`1"};

    /** Whether iface is one of the generic collection interfaces arrays implement (IList&lt;T&gt;, ...). */
    public static boolean isArrayInterface(TypeDesc iface) {
        return iface instanceof InstantiatedType it && isArrayInterfaceDefinition(it.definition());
    }

    /** Whether definition is IList`1, ICollection`1, IEnumerable`1, IReadOnlyList`1 or IReadOnlyCollection`1. */
    public static boolean isArrayInterfaceDefinition(TypeDesc definition) {
        for (String name : ARRAY_INTERFACES) {
            if (definition == definition.typeSystem().coreLibraryModule().findType("System.Collections.Generic", name)) {
                return true;
            }
        }
        return false;
    }

    private static List<TypeDesc> arrayInterfaces(ArrayType array) {
        List<TypeDesc> list = new ArrayList<>();
        TypeSystem ts = array.typeSystem();
        for (String name : ARRAY_INTERFACES) {
            TypeDesc def = ts.coreLibraryModule().findType("System.Collections.Generic", name);
            if (def instanceof EcmaType e) {
                list.add(ts.instantiate(e, List.of(array.elementType())));
            }
        }
        TypeDesc enumerable = ts.coreLibraryModule().findType("System.Collections", "IEnumerable");
        if (enumerable != null) {
            list.add(enumerable);
        }
        // System.Array's own non-generic ICollection (arrays passed to ArrayList, Hashtable and other older APIs)
        TypeDesc collection = ts.coreLibraryModule().findType("System.Collections", "ICollection");
        if (collection != null) {
            list.add(collection);
        }
        return list;
    }

    /** The core library's SZArrayHelper<T> member implementing an array's interface method, or null. */
    private static MethodDesc arrayImplementation(ArrayType array, MethodDesc interfaceMethod) {
        TypeSystem ts = array.typeSystem();
        TypeDesc helperDef = ts.coreLibraryModule().findType("System", "SZArrayHelper`1");
        if (!(helperDef instanceof EcmaType e)) {
            return null;
        }
        TypeDesc helper = ts.instantiate(e, List.of(array.elementType()));
        for (MethodDesc m : helper.methods()) {
            List<TypeDesc> params = m.signature().parameters();
            if (!m.isStatic() || !m.name().equals(interfaceMethod.name()) || params.isEmpty() || params.get(0) != array) {
                continue;
            }
            List<TypeDesc> wanted = interfaceMethod.signature().parameters();
            if (params.subList(1, params.size()).equals(wanted)) {
                return m;
            }
        }
        // IEnumerable.GetEnumerator (non-generic): the generic enumerator is also an IEnumerator
        if (interfaceMethod.name().equals("GetEnumerator")) {
            for (MethodDesc m : helper.methods()) {
                if (m.isStatic() && m.name().equals("GetEnumerator")) {
                    return m;
                }
            }
        }
        return null;
    }

    /** Every interface the type implements, bases' first, each interface followed by the ones it extends. */
    public static List<TypeDesc> allInterfaces(TypeDesc type) {
        if (type instanceof ArrayType array) {
            Set<TypeDesc> result = new LinkedHashSet<>();
            for (TypeDesc i : arrayInterfaces(array)) {
                addWithBases(i, result, 0);
            }
            return new ArrayList<>(result);
        }
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

    /**
     * The interface's dispatch slots: its virtual instance methods in declaration order, then the async variants of
     * those that return a task (awaiting an interface method calls its variant through its own slot).
     */
    public static List<MethodDesc> slots(TypeDesc iface) {
        List<MethodDesc> list = new ArrayList<>();
        List<MethodDesc> variants = new ArrayList<>();
        for (MethodDesc m : iface.methods()) {
            if (m.isVirtual() && !m.isStatic()) {
                list.add(m);
                AsyncVariant variant = iface.typeSystem().asyncVariantOf(m);
                if (variant != null) {
                    variants.add(variant);
                }
            }
        }
        list.addAll(variants);
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
        if (interfaceMethod instanceof AsyncVariant v) {
            MethodDesc impl = resolve(type, v.taskReturningMethod());
            return impl == null ? null : type.typeSystem().asyncVariantOf(impl);
        }
        if (type instanceof ArrayType array) {
            MethodDesc helper = arrayImplementation(array, interfaceMethod);
            if (helper != null || array.baseType() == null) {
                return helper;
            }
            // interfaces System.Array implements itself (ICollection.CopyTo, SyncRoot): its own members
            return resolve(array.baseType(), interfaceMethod);
        }
        boolean loads = TypeLoading.signatureLoads(interfaceMethod);
        // ECMA-335 II.12.2 (C#'s interface mapping): from the most derived class up, each class's explicit
        // implementations, then — once a class at or below it lists the interface — its own virtual methods by name
        // and signature. So a class that lists the interface again (re-implements it) maps it to its own public
        // method before a base class's explicit implementation: class AA : A, I { public int Foo() } runs AA.Foo for
        // I.Foo although A implements I.Foo explicitly, while class B : A { public int Foo() } (I not listed) runs A's.
        boolean listed = false;
        for (TypeDesc t = type; t != null; t = t.baseType()) {
            MethodDesc explicit = explicitImplementation(t, interfaceMethod);
            if (explicit != null) {
                return explicit;
            }
            listed = listed || declaredInterfaces(t).contains(interfaceMethod.owningType());
            MethodDesc own = listed && loads ? declaredMatch(type, t, interfaceMethod) : null;
            if (own != null) {
                return own;
            }
        }
        if (!loads) {
            return null; // it names what the assemblies lack: no code can call it
        }
        // an interface no class lists (an instantiation the metadata names otherwise): any matching virtual method
        for (TypeDesc t = type; t != null; t = t.baseType()) {
            MethodDesc m = declaredMatch(type, t, interfaceMethod);
            if (m != null) {
                return m;
            }
        }
        return interfaceMethod.isAbstract() ? null : interfaceMethod;
    }

    /** A virtual method t declares with interfaceMethod's name and signature, as it runs on type; or null. */
    private static MethodDesc declaredMatch(TypeDesc type, TypeDesc t, MethodDesc interfaceMethod) {
        MethodSignature sig = interfaceMethod.signature();
        for (MethodDesc m : t.methods()) {
            if (m.isVirtual() && !m.isStatic() && m.name().equals(interfaceMethod.name()) && TypeLoading.signatureLoads(m)
                    && m.signature().returnType() == sig.returnType() && m.signature().parameters().equals(sig.parameters())) {
                // the most derived override of that virtual method runs
                return type.isInterface() ? m : type.typeSystem().vtableOf(type).resolve(m);
            }
        }
        return null;
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
            // an override of what the assemblies lack (null) cannot be the one asked for
            MethodDesc declaration = TypeLoading.unlessMissing(() -> def.module().resolveMethod(row.declarationToken(), context));
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
