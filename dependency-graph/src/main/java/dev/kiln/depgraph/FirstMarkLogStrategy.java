package dev.kiln.depgraph;

/** Records, for every node, the first edge that reached it: enough for `why` chains and a map's reason column. */
public final class FirstMarkLogStrategy<C> implements MarkStrategy<C> {
    private final RecordedGraph<C> graph = new RecordedGraph<>();

    @Override
    public void edge(DependencyNode<C> from, DependencyNode<C> condition, DependencyNode<C> to, String reason, boolean firstMark) {
        if (firstMark) {
            graph.add(from, condition, to, reason);
        }
    }

    @Override
    public RecordedGraph<C> graph() {
        return graph;
    }
}
