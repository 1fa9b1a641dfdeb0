package dev.kiln.compiler.report;

import dev.kiln.compiler.deps.CodeNode;
import dev.kiln.compiler.deps.ConstructedTypeNode;
import dev.kiln.compiler.deps.KilnNode;
import dev.kiln.compiler.deps.ReflectionMetadataNode;
import dev.kiln.compiler.deps.StaticBaseNode;
import dev.kiln.compiler.deps.StringLiteralNode;
import dev.kiln.typesystem.EcmaType;
import dev.kiln.typesystem.InstantiatedType;
import dev.kiln.typesystem.ParameterizedType;
import dev.kiln.typesystem.TypeDesc;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a node of the graph goes in the size tree: code and type data under assembly / namespace / type (nested
 * types inside their enclosing type, generic instantiations and arrays inside the type they are built from) /
 * member; string literals, shared by the whole program, in a group of their own, and so is reflection metadata (by
 * assembly / namespace / type under it).
 */
final class NodePlacement {
    static final String STRINGS = "(string literals)";
    static final String REFLECTION = "(reflection metadata)";
    static final String REFLECTION_TABLE = "reflection table";
    static final String NO_NAMESPACE = "(no namespace)";
    static final String OTHER = "(other)";
    static final String TYPE_DESCRIPTOR = "type descriptor";
    static final String STATICS = "statics";

    private NodePlacement() {
    }

    static SizeTree.Item place(KilnNode node, long size, int index) {
        if (node instanceof CodeNode code) {
            TypeDesc owner = code.method().owningType();
            return new SizeTree.Item(typeGroups(owner), memberLabel(node.name(), owner), size, index);
        }
        if (node instanceof ConstructedTypeNode t) {
            return new SizeTree.Item(typeGroups(t.type()), TYPE_DESCRIPTOR, size, index);
        }
        if (node instanceof StaticBaseNode s) {
            return new SizeTree.Item(typeGroups(s.type()), STATICS, size, index);
        }
        if (node instanceof StringLiteralNode) {
            return new SizeTree.Item(List.of(STRINGS), node.name(), size, index);
        }
        if (node instanceof ReflectionMetadataNode r) {
            // a category of its own, as string literals: what reflection costs is one box to look at
            List<String> groups = new ArrayList<>(List.of(REFLECTION));
            groups.addAll(typeGroups(r.type()));
            return new SizeTree.Item(groups, REFLECTION_TABLE, size, index);
        }
        return new SizeTree.Item(List.of(OTHER, node.kind()), node.name(), size, index);
    }

    /** A code node's name without its type: "Main()", "Run(System.Int32) [async variant]". */
    static String memberLabel(String nodeName, TypeDesc owner) {
        String prefix = owner.fullName() + "::";
        return nodeName.startsWith(prefix) ? nodeName.substring(prefix.length()) : nodeName;
    }

    /** The groups of a type, outermost first: its assembly, its namespace, then the type itself. */
    static List<String> typeGroups(TypeDesc type) {
        List<String> groups = new ArrayList<>();
        if (type instanceof EcmaType e) {
            definitionGroups(e, groups);
        } else if (type instanceof InstantiatedType i) {
            definitionGroups(i.definition(), groups);
            groups.add(i.fullName().substring(i.definition().fullName().length()));
        } else if (type instanceof ParameterizedType p) {
            TypeDesc element = p;
            while (element instanceof ParameterizedType q) {
                element = q.elementType();
            }
            if (!(element instanceof EcmaType) && !(element instanceof InstantiatedType)) {
                return List.of(OTHER, type.fullName());
            }
            groups.addAll(typeGroups(element));
            String namespace = groups.get(1).equals(NO_NAMESPACE) ? "" : groups.get(1) + ".";
            String name = p.fullName();
            groups.add(name.startsWith(namespace) ? name.substring(namespace.length()) : name);
        } else {
            return List.of(OTHER, type.fullName());
        }
        return groups;
    }

    private static void definitionGroups(EcmaType type, List<String> groups) {
        List<EcmaType> nesting = new ArrayList<>();
        for (TypeDesc t = type; t instanceof EcmaType e; t = e.enclosingType()) {
            nesting.add(0, e);
        }
        EcmaType outermost = nesting.get(0);
        groups.add(type.module().assemblyName());
        groups.add(outermost.namespace().isEmpty() ? NO_NAMESPACE : outermost.namespace());
        for (EcmaType e : nesting) {
            groups.add(e.name());
        }
    }
}
