package dev.kiln.compiler.deps;

import dev.kiln.depgraph.CombinedDependencyListEntry;
import dev.kiln.depgraph.DependencyListEntry;
import dev.kiln.typesystem.ByRefType;
import dev.kiln.typesystem.EcmaType;
import dev.kiln.typesystem.GenericParameterInfo;
import dev.kiln.typesystem.GenericParameterType;
import dev.kiln.typesystem.InstantiatedType;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.ParameterizedType;
import dev.kiln.typesystem.TypeDesc;
import java.util.List;

/**
 * Reflection over open generic definitions (typeof(Box&lt;&gt;).GetMethods()): when a definition gets a table, and
 * what the records of open types name. A definition is described when the program can hold it as a Type: typeof of
 * the open type ({@link ReflectableTypeNode}), GetGenericTypeDefinition of a described instantiation, or a listing of
 * the nested types of a described type — the last two only once the program compiles that API, so that reflection
 * which never asks for them describes no definitions. Open signature types are records (codegen OpenTypeSignatures)
 * that name the descriptors of the definitions they instantiate and of the closed types inside them.
 */
final class GenericDefinitionMetadata {
    private GenericDefinitionMetadata() {
    }

    /** A generic type definition whose members load: it can have a table (its code and statics are never kept). */
    static boolean describable(TypeDesc type) {
        return type instanceof EcmaType e && e.genericParameterCount() > 0
                && dev.kiln.typesystem.ReflectableMembers.loads(type);
    }

    /** A closed type or a definition: what a type's table may be kept for. */
    static boolean describableAny(TypeDesc type) {
        return ReflectionMetadataNode.describable(type) || describable(type);
    }

    /**
     * The descriptors an open signature type's record names: of each definition it instantiates and each closed type
     * inside it; of a generic parameter, those of its constraints (where it is declared).
     */
    static void descriptors(List<DependencyListEntry<NodeFactory>> deps, NodeFactory factory, TypeDesc t, String reason) {
        while (t instanceof ByRefType || t instanceof ParameterizedType) {
            t = t instanceof ByRefType r ? r.elementType() : ((ParameterizedType) t).elementType();
        }
        if (t instanceof GenericParameterType || t.category() == dev.kiln.typesystem.TypeCategory.VOID
                || t instanceof dev.kiln.typesystem.PointerType || t instanceof dev.kiln.typesystem.FunctionPointerType) {
            return;
        }
        if (!t.containsGenericParameters()) {
            ReflectionMetadataNode.descriptor(deps, factory, t, reason);
            return;
        }
        if (t instanceof InstantiatedType it) {
            if (factory.linkage().canName(it.definition())) {
                ReflectionMetadataNode.descriptor(deps, factory, it.definition(), reason);
            }
            for (TypeDesc a : it.arguments()) {
                descriptors(deps, factory, a, reason);
            }
        }
    }

    /** What a definition's own table names beyond its members: its base, and its type parameters' constraints. */
    static void ofDefinition(List<DependencyListEntry<NodeFactory>> deps, NodeFactory factory, EcmaType type, String reason) {
        TypeDesc base = type.baseType();
        if (base != null) {
            descriptors(deps, factory, base, reason);
            // the members it inherits from an open base are its definition's (a closed base has its own table)
            if (base instanceof InstantiatedType it && base.containsGenericParameters() && describable(it.definition())
                    && factory.linkage().defines(it.definition())) {
                deps.add(new DependencyListEntry<>(factory.reflectionMetadata(it.definition()), "members inherited by " + type.fullName()));
            }
        }
        constraints(deps, factory, type.genericParameters(), reason);
    }

    /** The constraint types of generic parameters the table declares (a definition's, a generic method's). */
    static void constraints(List<DependencyListEntry<NodeFactory>> deps, NodeFactory factory, List<GenericParameterInfo> parameters,
                            String reason) {
        for (GenericParameterInfo p : parameters) {
            for (TypeDesc c : p.constraints()) {
                descriptors(deps, factory, c, reason);
            }
        }
    }

    /** The generic method definitions' parameter constraints among a table's methods. */
    static void methodConstraints(List<DependencyListEntry<NodeFactory>> deps, NodeFactory factory, MethodDesc m, String reason) {
        if (m.isGenericMethodDefinition() && m.typicalDefinition() instanceof dev.kiln.typesystem.EcmaMethod e) {
            var context = m.owningType() instanceof InstantiatedType it
                    ? new dev.kiln.typesystem.GenericContext(it.arguments(), List.of()) : dev.kiln.typesystem.GenericContext.NONE;
            for (GenericParameterInfo p : e.genericParameters()) {
                for (TypeDesc c : p.constraints()) {
                    descriptors(deps, factory, context == dev.kiln.typesystem.GenericContext.NONE ? c : c.substitute(context), reason);
                }
            }
        }
    }

    /**
     * The tables a described type brings once the program compiles the API that reaches them: its definition's
     * (GetGenericTypeDefinition) and those of its nested types (GetNestedTypes, which lists described types).
     */
    static void conditional(List<CombinedDependencyListEntry<NodeFactory>> deps, NodeFactory factory, TypeDesc type) {
        TypeDesc definition = type instanceof InstantiatedType it ? it.definition() : type;
        CodeNode getDefinition = corelibMethod(factory, "System", "RuntimeType", "GetGenericTypeDefinition");
        if (type instanceof InstantiatedType && getDefinition != null && describable(definition) && factory.linkage().defines(definition)) {
            deps.add(new CombinedDependencyListEntry<>(factory.reflectionMetadata(definition), getDefinition,
                    "GetGenericTypeDefinition of " + type.fullName()));
        }
        CodeNode nestedTypes = corelibMethod(factory, "System.Reflection", "NestedTypes", "Of");
        if (nestedTypes == null || !(definition instanceof EcmaType e)) {
            return;
        }
        for (EcmaType nested : e.module().nestedTypes(e)) {
            if (describableAny(nested) && factory.linkage().defines(nested)) {
                deps.add(new CombinedDependencyListEntry<>(factory.reflectionMetadata(nested), nestedTypes,
                        "GetNestedTypes of " + type.fullName() + " lists it"));
            }
        }
    }

    private static CodeNode corelibMethod(NodeFactory factory, String namespace, String typeName, String method) {
        TypeDesc type = factory.typeSystem().coreLibraryModule().findType(namespace, typeName);
        MethodDesc found = type == null ? null : type.findMethod(method);
        return found == null ? null : factory.methodEntry(found);
    }
}
