package dev.kiln.depgraph;

/** A conditional edge: node is needed when condition is marked too (condition null: unconditionally). */
public record CombinedDependencyListEntry<C>(DependencyNode<C> node, DependencyNode<C> condition, String reason) {
}
