package dev.kiln.compiler.deps;

import dev.kiln.depgraph.CombinedDependencyListEntry;
import dev.kiln.depgraph.DependencyListEntry;
import dev.kiln.typesystem.TypeDesc;
import java.util.List;

/**
 * A type the program can hold a Type object for without constructing it: typeof(T), or the declaring type of a
 * method it makes a delegate of (Delegate.Method). Its reflection metadata is needed only if the program uses
 * reflection at all (a conditional edge on the core library's table reader), so a program that never reflects
 * pays nothing for these nodes. Constructed types get the same edge from {@link ConstructedTypeNode}. In an image the
 * edge is unconditional for the instantiations it defines (another image may reflect).
 */
public final class ReflectableTypeNode extends KilnNode {
    private final TypeDesc type;

    ReflectableTypeNode(TypeDesc type) {
        this.type = type;
    }

    public TypeDesc type() {
        return type;
    }

    /** A type named with typeof may receive a dynamic static call (Type.M(d)): DynamicMemberNode looks at it. */
    @Override
    public boolean interestingForDynamicDependencies() {
        return true;
    }

    @Override
    public String kind() {
        return "ReflectableType";
    }

    @Override
    public String name() {
        return "reflectable " + type.fullName();
    }

    @Override
    public List<DependencyListEntry<NodeFactory>> staticDependencies(NodeFactory factory) {
        ReflectionMetadataNode metadata = inImage(factory, type);
        return metadata == null ? List.of() : List.of(new DependencyListEntry<>(metadata, "any image may reflect on " + type.fullName()));
    }

    /**
     * In an image of a program (not the core library's), which cannot tell whether another image reflects: the
     * metadata of an instantiation it defines, unconditionally (the image's own definitions are roots,
     * CompilationGraph.addImageRoots); null otherwise.
     */
    static ReflectionMetadataNode inImage(NodeFactory factory, TypeDesc type) {
        boolean instantiation = type instanceof dev.kiln.typesystem.InstantiatedType;
        // the core library's image leaves its own instantiations out: describing them would construct what their
        // members name, and describe that, in a cascade; the images of programs describe theirs
        boolean coreLibrary = factory.linkage().defines(factory.typeSystem().wellKnown(dev.kiln.typesystem.WellKnownType.STRING));
        return factory.linkage().isImage() && instantiation && !coreLibrary && factory.linkage().defines(type)
                && ReflectionMetadataNode.describable(type) ? factory.reflectionMetadata(type) : null;
    }

    @Override
    public boolean hasConditionalStaticDependencies() {
        return true;
    }

    @Override
    public List<CombinedDependencyListEntry<NodeFactory>> conditionalStaticDependencies(NodeFactory factory) {
        return whenReflectionIsUsed(factory, type);
    }

    /** The edge to type's metadata, taken once the program reads reflection tables (none for an undescribable type). */
    static List<CombinedDependencyListEntry<NodeFactory>> whenReflectionIsUsed(NodeFactory factory, TypeDesc type) {
        CodeNode reader = factory.reflectionTableReader();
        if (reader == null || !GenericDefinitionMetadata.describableAny(type)) {
            return new java.util.ArrayList<>();
        }
        List<CombinedDependencyListEntry<NodeFactory>> deps = new java.util.ArrayList<>();
        deps.add(new CombinedDependencyListEntry<>(factory.reflectionMetadata(type), reader,
                "the program reflects, and " + type.fullName() + " is visible to it"));
        return deps;
    }
}
