package dev.kiln.depgraph;

/** A static edge: the target node and why it is needed. */
public record DependencyListEntry<C>(DependencyNode<C> node, String reason) {
}
