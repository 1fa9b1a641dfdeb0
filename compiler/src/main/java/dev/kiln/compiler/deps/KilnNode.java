package dev.kiln.compiler.deps;

import dev.kiln.depgraph.DependencyNode;

/** A node of Kiln's compilation graph: one thing that can end up in the output. */
public abstract class KilnNode extends DependencyNode<NodeFactory> {
    /** The kind shown in maps: MethodBody, ConstructedType, VirtualMethodUse, ... */
    public abstract String kind();

    /** The node's name without needing a context (names never depend on it). */
    public abstract String name();

    @Override
    public final String name(NodeFactory context) {
        return name();
    }

    /** Adds an edge to each token (the references to other images a node's code makes). */
    static void addTokens(java.util.List<dev.kiln.depgraph.DependencyListEntry<NodeFactory>> deps, java.util.List<TokenNode> tokens,
                          String reason) {
        for (TokenNode t : tokens) {
            deps.add(new dev.kiln.depgraph.DependencyListEntry<>(t, reason));
        }
    }

    @Override
    public String toString() {
        return kind() + " " + name();
    }
}
