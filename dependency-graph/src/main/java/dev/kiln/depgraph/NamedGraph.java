package dev.kiln.depgraph;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A dependency graph by node names: what the writers print, what DgmlReader reads back, and what reason
 * chains are computed on. Insertion order is preserved, so output is deterministic.
 */
public final class NamedGraph {
    /** An edge: from needs to, for reason (and only because condition is also present, when not null). */
    public record Edge(String from, String to, String reason, String condition) {
    }

    /** One step of a reason chain: the node and the reason it was needed by the previous step. */
    public record Step(String node, String reason) {
    }

    private final Set<String> nodes = new LinkedHashSet<>();
    private final Map<String, String> roots = new LinkedHashMap<>();
    private final List<Edge> edges = new ArrayList<>();

    public void addNode(String name) {
        nodes.add(name);
    }

    public void addRoot(String name, String reason) {
        nodes.add(name);
        roots.putIfAbsent(name, reason);
    }

    public void addEdge(String from, String to, String reason, String condition) {
        nodes.add(from);
        nodes.add(to);
        edges.add(new Edge(from, to, reason, condition));
    }

    public Set<String> nodes() {
        return Collections.unmodifiableSet(nodes);
    }

    public Map<String, String> roots() {
        return Collections.unmodifiableMap(roots);
    }

    public List<Edge> edges() {
        return Collections.unmodifiableList(edges);
    }

    /**
     * How each node is reached on a shortest chain from a root: the node before it (null for a root) and the
     * reason. One breadth-first search answers every node's `why` at once; nodes no root reaches are absent.
     * Iteration order is the search order, so it is deterministic.
     */
    public record Via(String from, String reason) {
    }

    public Map<String, Via> reasonTree() {
        Map<String, List<Edge>> out = new HashMap<>();
        for (Edge e : edges) {
            out.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e);
        }
        Map<String, Via> via = new LinkedHashMap<>();
        ArrayDeque<String> queue = new ArrayDeque<>();
        for (Map.Entry<String, String> root : roots.entrySet()) {
            via.put(root.getKey(), new Via(null, root.getValue()));
            queue.add(root.getKey());
        }
        while (!queue.isEmpty()) {
            String n = queue.removeFirst();
            for (Edge e : out.getOrDefault(n, List.of())) {
                if (!via.containsKey(e.to())) {
                    String reason = e.condition() == null ? e.reason() : e.reason() + " (with " + e.condition() + ")";
                    via.put(e.to(), new Via(n, reason));
                    queue.addLast(e.to());
                }
            }
        }
        return via;
    }

    /** The shortest chain of reasons from any root to target (breadth-first), or an empty list if unreachable. */
    public List<Step> reasonChain(String target) {
        Map<String, Via> tree = reasonTree();
        List<Step> chain = new ArrayList<>();
        for (String n = target; tree.containsKey(n); n = tree.get(n).from()) {
            chain.add(new Step(n, tree.get(n).reason()));
        }
        Collections.reverse(chain);
        return chain;
    }
}
