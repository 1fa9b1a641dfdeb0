package dev.kiln.depgraph;

/** Records nothing: the fastest marking. */
public final class NoLogStrategy<C> implements MarkStrategy<C> {
    @Override
    public void edge(DependencyNode<C> from, DependencyNode<C> condition, DependencyNode<C> to, String reason, boolean firstMark) {
        // nothing: explanations are not wanted
    }
}
