package dev.kiln.compiler.deps;

import dev.kiln.depgraph.DependencyListEntry;
import java.util.List;

/**
 * Marked when the program (not the core library) has a reflection call the dataflow analysis cannot follow (one of
 * its warnings): then no one knows what that call names, and the types of the program's own assemblies keep every
 * method and static for reflection, as before the analysis ({@link ReflectionMetadataNode#keepsMembers}). A program
 * whose every reflection call the analysis follows keeps only what those calls name.
 */
public final class UnfollowedReflectionNode extends KilnNode {
    @Override
    public String kind() {
        return "UnfollowedReflection";
    }

    @Override
    public String name() {
        return "a reflection call the analysis cannot follow";
    }

    @Override
    public List<DependencyListEntry<NodeFactory>> staticDependencies(NodeFactory factory) {
        return List.of();
    }
}
