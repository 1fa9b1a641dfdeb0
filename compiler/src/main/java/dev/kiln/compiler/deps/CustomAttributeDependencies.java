package dev.kiln.compiler.deps;

import dev.kiln.depgraph.DependencyListEntry;
import dev.kiln.typesystem.AttributeSites;
import dev.kiln.typesystem.CustomAttributeTranscoder;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.PropertiesAndEvents;
import dev.kiln.typesystem.TypeDesc;
import java.util.List;

/**
 * What a type's custom attribute records (codegen CustomAttributeRecords) need for reflection to build the attribute
 * objects: each attribute type's metadata (its constructor list and fields) and instances, the code of the
 * constructor used, the setters of the properties named arguments set, and the descriptors the arguments name
 * (typeof arguments, enum types — boxed — and the array types arrays are created as).
 */
final class CustomAttributeDependencies {
    private CustomAttributeDependencies() {
    }

    /** The attributes of type and its members, and of its assembly (Assembly.GetCustomAttributes). */
    static void add(List<DependencyListEntry<NodeFactory>> deps, NodeFactory factory, TypeDesc type) {
        List<AttributeSites.Site> sites = new java.util.ArrayList<>(AttributeSites.of(type));
        TypeDesc definition = type instanceof dev.kiln.typesystem.InstantiatedType it ? it.definition() : type;
        if (definition instanceof dev.kiln.typesystem.EcmaType e) {
            sites.addAll(AttributeSites.ofAssembly(e.module()));
        }
        for (AttributeSites.Site site : sites) {
            CustomAttributeTranscoder.Transcoded a = site.attribute();
            TypeDesc attributeType = a.constructor().owningType();
            String reason = "a custom attribute of " + type.fullName() + " is a " + attributeType.fullName();
            if (ReflectionMetadataNode.describable(attributeType)) {
                deps.add(new DependencyListEntry<>(factory.reflectionMetadata(attributeType), reason));
            }
            deps.add(new DependencyListEntry<>(factory.constructedType(attributeType), reason));
            // GetCustomAttributes(typeof(A), ...) returns an A[] (kiln.h KReflectionInfo.arrayType)
            deps.add(new DependencyListEntry<>(factory.constructedType(attributeType.makeArrayType()), reason));
            addCode(deps, factory, a.constructor(), reason);
            for (CustomAttributeTranscoder.Named named : a.named()) {
                if (!named.isField()) {
                    addCode(deps, factory, setter(attributeType, named.name()), reason + " setting " + named.name());
                }
            }
            for (TypeDesc t : a.types()) {
                // typeof(G<>) (and [AsyncStateMachine(typeof(<M>d__1))] in a generic type) names a definition: its
                // descriptor, never instances (its code is open)
                if ((t.isValueType() || t instanceof dev.kiln.typesystem.ArrayType) && !isOpen(t)) {
                    deps.add(new DependencyListEntry<>(factory.constructedType(t), reason + " with a " + t.fullName() + " argument"));
                }
                ReflectionMetadataNode.descriptor(deps, factory, t, reason);
            }
        }
    }

    /** A generic definition or a type built over one or over generic parameters (G<>, G<>[], T[]). */
    private static boolean isOpen(TypeDesc t) {
        while (t instanceof dev.kiln.typesystem.ParameterizedType p) {
            t = p.elementType();
        }
        return t.containsGenericParameters()
                || t instanceof dev.kiln.typesystem.EcmaType e && e.genericParameterCount() > 0;
    }

    private static void addCode(List<DependencyListEntry<NodeFactory>> deps, NodeFactory factory, MethodDesc method, String reason) {
        CodeNode code = method == null ? null : factory.methodEntry(method);
        if (code != null) {
            deps.add(new DependencyListEntry<>(code, reason));
        }
    }

    /** The setter of the named property, declared by type or a base (named arguments may set inherited ones). */
    private static MethodDesc setter(TypeDesc type, String name) {
        for (TypeDesc t = type; t != null; t = t.baseType()) {
            for (PropertiesAndEvents.Member p : PropertiesAndEvents.properties(t)) {
                if (p.name().equals(name) && p.second() != null) {
                    return p.second();
                }
            }
        }
        return null;
    }
}
