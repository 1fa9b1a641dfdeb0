package dev.kiln.compiler.deps;

import dev.kiln.il.Linkage;
import dev.kiln.typesystem.InterfaceResolution;
import dev.kiln.typesystem.InstantiatedType;
import dev.kiln.typesystem.ParameterizedType;
import dev.kiln.typesystem.TypeDesc;
import dev.kiln.typesystem.Variance;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the descriptor of a type points to when an image defines it (instantiations, arrays: every image that uses
 * one defines its own copy, complete): its base, element type, interfaces and — for variant instantiations and the
 * array interfaces — its type arguments (the runtime's variance checks read them). Each of those descriptors is
 * either another image's (a token) or defined here too, complete: a class as a constructed type, an interface by
 * the same walk. The code generator's TypeDescriptors fills descriptors with exactly these references.
 */
final class SharedDescriptorContents {
    private SharedDescriptorContents() {
    }

    /** The descriptors the descriptor of type points to (never null entries). */
    static List<TypeDesc> pointedTo(TypeDesc type) {
        Set<TypeDesc> out = new LinkedHashSet<>();
        if (type.baseType() != null && !type.isInterface()) {
            out.add(type.baseType());
        }
        if (isOpen(type)) {
            return new ArrayList<>(out); // typeof(List<>): a name and a base, nothing else
        }
        if (type instanceof ParameterizedType p && p.elementType() != null) {
            out.add(p.elementType());
        }
        out.addAll(InterfaceResolution.allInterfaces(type));
        if (type instanceof InstantiatedType it && (Variance.hasVariance(type) || InterfaceResolution.isArrayInterface(type))) {
            out.addAll(it.arguments());
        }
        return new ArrayList<>(out);
    }

    /**
     * The dependencies of defining type's descriptor in an image beyond its own tokens: for each descriptor it points
     * to, its tokens, and, when this image defines that one too, a constructed type (classes, structs, arrays) or
     * the same walk (interfaces, which have no constructed-type node).
     */
    static void addDependencies(List<dev.kiln.depgraph.DependencyListEntry<NodeFactory>> deps, NodeFactory factory,
                                TypeDesc type, String reason) {
        walk(deps, factory, type, reason, new java.util.HashSet<>());
    }

    private static void walk(List<dev.kiln.depgraph.DependencyListEntry<NodeFactory>> deps, NodeFactory factory,
                             TypeDesc type, String reason, Set<TypeDesc> seen) {
        if (!seen.add(type)) {
            return;
        }
        for (TypeDesc referenced : pointedTo(type)) {
            KilnNode.addTokens(deps, factory.tokens().type(referenced), reason);
            if (factory.linkage().of(referenced) != Linkage.Kind.SHARED || referenced.containsGenericParameters()) {
                continue;
            }
            if (referenced.isInterface()) {
                walk(deps, factory, referenced, "descriptor of " + referenced.fullName() + " points to it", seen);
            } else {
                deps.add(new dev.kiln.depgraph.DependencyListEntry<>(factory.constructedType(referenced), reason));
            }
        }
    }

    private static boolean isOpen(TypeDesc type) {
        return type.containsGenericParameters()
                || type instanceof dev.kiln.typesystem.EcmaType e && e.genericParameterCount() > 0;
    }
}
