package dev.kiln.compiler.deps;

import dev.kiln.depgraph.DependencyListEntry;
import dev.kiln.typesystem.FieldDesc;
import dev.kiln.typesystem.InterfaceResolution;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeDesc;
import java.util.ArrayList;
import java.util.List;

/**
 * The reflection metadata of one type (codegen ReflectionTables, kiln.h KReflectionInfo): its constructors, methods,
 * fields, properties and events. Every member is listed; what it points to is what the graph compiled. What brings
 * it: a reflectable type ({@link ReflectableTypeNode}, {@link ConstructedTypeNode}) once reflection is used, and the
 * metadata of a derived type (inherited members). What it keeps: the types its entries name (descriptors, and boxes
 * of value types, which Invoke and GetValue allocate), and, with --reflection=keep-all or (for the program's own
 * types) once a reflection call cannot be followed ({@link #keepsMembers}), the code of every method, so that
 * reflection can call them although nothing else does.
 * The core library's members are listed but only invocable when compiled for other reasons.
 */
public final class ReflectionMetadataNode extends KilnNode {
    private final TypeDesc type;

    ReflectionMetadataNode(TypeDesc type) {
        this.type = type;
    }

    public TypeDesc type() {
        return type;
    }

    /** Whether a type can have a table: a non-generic type or an instantiation (no arrays, pointers, open types). */
    static boolean describable(TypeDesc type) {
        return (type instanceof dev.kiln.typesystem.EcmaType e && e.genericParameterCount() == 0
                || type instanceof dev.kiln.typesystem.InstantiatedType) && !type.containsGenericParameters()
                && dev.kiln.typesystem.ReflectableMembers.loads(type);
    }

    /** A public type, or one nested in public types only (TypeAttributes visibility Public or NestedPublic). */
    static boolean isVisibleOutside(dev.kiln.typesystem.EcmaType type) {
        for (dev.kiln.typesystem.EcmaType t = type; t != null; t = (dev.kiln.typesystem.EcmaType) t.enclosingType()) {
            int visibility = t.flags() & 7;
            if (visibility != 1 && visibility != 2) {
                return false;
            }
        }
        return true;
    }

    /**
     * Types whose every method and static may be kept for reflection although nothing names them: every type with
     * --reflection=keep-all (unconditionally), else those of the program's own assemblies, once the program has a
     * reflection call the dataflow analysis cannot follow ({@link UnfollowedReflectionNode}); the calls it follows
     * keep what they name (ReflectionPatterns).
     */
    static boolean keepsMembers(NodeFactory factory, TypeDesc type) {
        if (factory.reflectionKeepAll()) {
            return true;
        }
        TypeDesc t = type instanceof dev.kiln.typesystem.InstantiatedType it ? it.definition() : type;
        return t instanceof dev.kiln.typesystem.EcmaType e && e.module() != factory.typeSystem().coreLibraryModule();
    }

    @Override
    public boolean hasConditionalStaticDependencies() {
        return true;
    }

    @Override
    public List<dev.kiln.depgraph.CombinedDependencyListEntry<NodeFactory>> conditionalStaticDependencies(NodeFactory factory) {
        List<dev.kiln.depgraph.CombinedDependencyListEntry<NodeFactory>> deps = new ArrayList<>();
        GenericDefinitionMetadata.conditional(deps, factory, type);
        if (GenericDefinitionMetadata.describable(type)) {
            return deps; // an open type has no code or statics to keep
        }
        classConstructorForInvoke(deps, factory);
        if (factory.reflectionKeepAll() || !keepsMembers(factory, type) || !factory.linkage().defines(type)) {
            return deps;
        }
        for (DependencyListEntry<NodeFactory> e : memberCode(factory)) {
            deps.add(new dev.kiln.depgraph.CombinedDependencyListEntry<>(e.node(), factory.unfollowedReflection(), e.reason()));
        }
        return deps;
    }

    /**
     * Invoke of a static method or a constructor runs a precise-init type's class constructor first (as a call site
     * would; ReflectionTables points to its runner): the statics, and with them the class constructor, once such a
     * method is compiled.
     */
    private void classConstructorForInvoke(List<dev.kiln.depgraph.CombinedDependencyListEntry<NodeFactory>> deps, NodeFactory factory) {
        if (type.staticConstructor() == null || type.isBeforeFieldInit() || !factory.linkage().defines(type)) {
            return;
        }
        for (MethodDesc m : dev.kiln.typesystem.ReflectableMembers.methods(type)) {
            CodeNode code = (m.isStatic() || m.isConstructor()) && !m.isGenericMethodDefinition() ? factory.methodEntry(m) : null;
            if (code != null) {
                deps.add(new dev.kiln.depgraph.CombinedDependencyListEntry<>(factory.staticBase(type), code,
                        "Invoke of " + m.name() + " runs the class constructor of " + type.fullName()));
            }
        }
    }

    /** The code and statics of every member: what reflection may reach when it is not known what it names. */
    private List<DependencyListEntry<NodeFactory>> memberCode(NodeFactory factory) {
        List<DependencyListEntry<NodeFactory>> deps = new ArrayList<>();
        for (MethodDesc m : dev.kiln.typesystem.ReflectableMembers.methods(type)) {
            CodeNode code = m.isGenericMethodDefinition() ? null : factory.methodEntry(m);
            if (code != null) {
                deps.add(new DependencyListEntry<>(code, "reflection may invoke it (a member of " + type.fullName() + ")"));
            }
            if (m.isConstructor() && !type.isAbstract() && !type.isValueType()) {
                deps.add(new DependencyListEntry<>(factory.constructedType(type), "ConstructorInfo.Invoke may create it"));
            }
        }
        if (type.isValueType() && !type.isEnum()) {
            deps.add(new DependencyListEntry<>(factory.constructedType(type), "Activator.CreateInstance may box it"));
        }
        for (FieldDesc f : dev.kiln.typesystem.ReflectableMembers.fields(type)) {
            if (f.isStatic() && !f.isLiteral() && !f.isThreadStatic()) {
                deps.add(new DependencyListEntry<>(factory.staticBase(type), "FieldInfo may read " + f.name()));
                addTokens(deps, factory.tokens().staticField(f), "FieldInfo may read " + f.name());
            }
        }
        return deps;
    }

    @Override
    public String kind() {
        return "ReflectionMetadata";
    }

    @Override
    public String name() {
        return "reflection metadata of " + type.fullName();
    }

    @Override
    public List<DependencyListEntry<NodeFactory>> staticDependencies(NodeFactory factory) {
        List<DependencyListEntry<NodeFactory>> deps = new ArrayList<>();
        TypeDesc base = type.baseType();
        // another image describes its own types (each image emits the tables of what it defines)
        if (base != null && describable(base) && !type.isInterface() && factory.linkage().defines(base)) {
            deps.add(new DependencyListEntry<>(factory.reflectionMetadata(base), "members inherited by " + type.fullName()));
        }
        String reason = "reflection metadata of " + type.fullName() + " names it";
        boolean keep = keepsMembers(factory, type) && factory.linkage().defines(type) && !GenericDefinitionMetadata.describable(type);
        descriptor(deps, factory, type, reason);
        dev.kiln.typesystem.EcmaType enclosing = dev.kiln.typesystem.ReflectableMembers.declaringType(type);
        if (enclosing != null && (enclosing.genericParameterCount() == 0 || factory.linkage().canName(enclosing))) {
            descriptor(deps, factory, enclosing, reason); // DeclaringType
        }
        for (TypeDesc iface : InterfaceResolution.allInterfaces(type)) {
            GenericDefinitionMetadata.descriptors(deps, factory, iface, reason);
        }
        if (type instanceof dev.kiln.typesystem.EcmaType e && GenericDefinitionMetadata.describable(type)) {
            GenericDefinitionMetadata.ofDefinition(deps, factory, e, reason);
        }
        if (type instanceof dev.kiln.typesystem.InstantiatedType it) {
            if (factory.linkage().canName(it.definition())) {
                descriptor(deps, factory, it.definition(), reason); // the table names it (ReflectionTables)
            }
            for (TypeDesc a : it.arguments()) {
                valueOrDescriptor(deps, factory, a, reason, keep);
            }
        }
        for (MethodDesc m : dev.kiln.typesystem.ReflectableMembers.methods(type)) {
            GenericDefinitionMetadata.methodConstraints(deps, factory, m, reason);
            valueOrDescriptor(deps, factory, m.signature().returnType(), reason, keep);
            for (int i = 0; i < m.signature().parameters().size(); i++) {
                valueOrDescriptor(deps, factory, m.signature().parameters().get(i), reason, keep);
                String text = dev.kiln.typesystem.ParameterDefaults.of(m, i).text();
                if (text != null) {
                    deps.add(new DependencyListEntry<>(factory.stringLiteral(text), "the default value of a parameter of " + m.name()));
                }
            }
        }
        if (keep && factory.reflectionKeepAll()) {
            deps.addAll(memberCode(factory));
        }
        for (FieldDesc f : dev.kiln.typesystem.ReflectableMembers.fields(type)) {
            valueOrDescriptor(deps, factory, f.fieldType(), reason, keep);
            if (f.isLiteral() && f.fieldType().category() == dev.kiln.typesystem.TypeCategory.STRING
                    && f instanceof dev.kiln.typesystem.EcmaField ef && ef.stringConstant() != null) {
                deps.add(new DependencyListEntry<>(factory.stringLiteral(ef.stringConstant()), "the value of literal " + f.name()));
            }
        }
        CustomAttributeDependencies.add(deps, factory, type);
        return deps;
    }

    /**
     * A type an entry names: its descriptor, and for a value type the box Invoke and GetValue allocate — of the core
     * library's members only for non-generic value types: constructing every instantiation its signatures name
     * (Span&lt;T&gt;, ValueTuple, KeyValuePair, ...) would compile them, and describe them, in a cascade.
     */
    private static void valueOrDescriptor(List<DependencyListEntry<NodeFactory>> deps, NodeFactory factory, TypeDesc t,
                                          String reason, boolean keep) {
        while (t instanceof dev.kiln.typesystem.ByRefType r) {
            t = r.elementType();
        }
        if (t.containsGenericParameters()) {
            GenericDefinitionMetadata.descriptors(deps, factory, t, reason); // a record naming definitions (OpenTypeSignatures)
            return;
        }
        if (t.category() == dev.kiln.typesystem.TypeCategory.VOID
                || t instanceof dev.kiln.typesystem.PointerType || t instanceof dev.kiln.typesystem.FunctionPointerType) {
            return;
        }
        if (t.isValueType() && (keep || !(t instanceof dev.kiln.typesystem.InstantiatedType))) {
            deps.add(new DependencyListEntry<>(factory.constructedType(t), "reflection boxes " + t.fullName() + " values"));
        }
        if (keep && !factory.reflectionKeepAll() && t instanceof dev.kiln.typesystem.InstantiatedType && !isNullable(t) && describable(t)) {
            // a generic instantiation the program's reflected members name: GetGenericTypeDefinition and
            // GetGenericArguments answer from its table (a DI container's IRepository<User> parameter); only from the
            // program's own types (keep without keep-all), so that the core library's signatures do not describe
            // instantiations in a cascade
            deps.add(new DependencyListEntry<>(factory.reflectionMetadata(t), "a reflected signature names " + t.fullName()));
        }
        if (isNullable(t)) {
            // Invoke and GetValue turn a boxed T into Nullable<T> and back: they read T from its table
            deps.add(new DependencyListEntry<>(factory.reflectionMetadata(t), "reflection converts " + t.fullName() + " values"));
            valueOrDescriptor(deps, factory, ((dev.kiln.typesystem.InstantiatedType) t).arguments().get(0), reason, keep);
        }
        descriptor(deps, factory, t, reason);
    }

    private static boolean isNullable(TypeDesc t) {
        return t instanceof dev.kiln.typesystem.InstantiatedType it && it.definition().name().equals("Nullable`1")
                && "System".equals(it.definition().namespace());
    }

    /**
     * A descriptor the table points to: its token in an image, and, for an instantiation images share, a complete
     * copy (any image's copy may be the one the loader keeps), as for a descriptor code uses (ScannedBodyNode).
     */
    static void descriptor(List<DependencyListEntry<NodeFactory>> deps, NodeFactory factory, TypeDesc t, String reason) {
        addTokens(deps, factory.tokens().type(t), reason);
        if (!factory.compilesEverySlot() || factory.linkage().of(t) != dev.kiln.il.Linkage.Kind.SHARED || t.containsGenericParameters()) {
            return;
        }
        if (t.isInterface()) {
            SharedDescriptorContents.addDependencies(deps, factory, t, reason);
        } else {
            deps.add(new DependencyListEntry<>(factory.constructedType(t), reason));
        }
    }
}
