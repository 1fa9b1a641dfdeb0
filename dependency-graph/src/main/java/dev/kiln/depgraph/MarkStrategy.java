package dev.kiln.depgraph;

/** What the engine records while marking: nothing, the first reason per node, or every edge. */
public interface MarkStrategy<C> {
    /** A node was reached from `from` (null for roots) for `reason`; `condition` is the other cause of a conditional edge. */
    void edge(DependencyNode<C> from, DependencyNode<C> condition, DependencyNode<C> to, String reason, boolean firstMark);

    /** The recorded graph, or null when nothing is recorded. */
    default RecordedGraph<C> graph() {
        return null;
    }
}
