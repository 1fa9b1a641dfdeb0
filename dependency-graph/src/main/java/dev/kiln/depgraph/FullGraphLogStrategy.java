package dev.kiln.depgraph;

/** Records every edge, including edges to nodes that were already marked. */
public final class FullGraphLogStrategy<C> implements MarkStrategy<C> {
    private final RecordedGraph<C> graph = new RecordedGraph<>();

    @Override
    public void edge(DependencyNode<C> from, DependencyNode<C> condition, DependencyNode<C> to, String reason, boolean firstMark) {
        graph.add(from, condition, to, reason);
    }

    @Override
    public RecordedGraph<C> graph() {
        return graph;
    }
}
