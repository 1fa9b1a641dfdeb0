package dev.kiln.depgraph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The edges a log strategy recorded, in marking order. A null source marks a root. */
public final class RecordedGraph<C> {
    /** One recorded edge. */
    public record Edge<C>(DependencyNode<C> from, DependencyNode<C> condition, DependencyNode<C> to, String reason) {
    }

    private final List<Edge<C>> edges = new ArrayList<>();

    void add(DependencyNode<C> from, DependencyNode<C> condition, DependencyNode<C> to, String reason) {
        edges.add(new Edge<>(from, condition, to, reason));
    }

    public List<Edge<C>> edges() {
        return Collections.unmodifiableList(edges);
    }

    /** The first recorded edge into each node, as a named graph (roots have a null source). */
    public NamedGraph toNamed(C context, List<DependencyNode<C>> markedOrder) {
        NamedGraph g = new NamedGraph();
        for (DependencyNode<C> n : markedOrder) {
            g.addNode(n.name(context));
        }
        for (Edge<C> e : edges) {
            String to = e.to().name(context);
            if (e.from() == null) {
                g.addRoot(to, e.reason());
            } else {
                g.addEdge(e.from().name(context), to, e.reason(), e.condition() == null ? null : e.condition().name(context));
            }
        }
        return g;
    }
}
