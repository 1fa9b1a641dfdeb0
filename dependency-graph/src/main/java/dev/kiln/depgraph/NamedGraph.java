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

    /** The shortest chain of reasons from any root to target (breadth-first), or an empty list if unreachable. */
    public List<Step> reasonChain(String target) {
        Map<String, List<Edge>> out = new HashMap<>();
        for (Edge e : edges) {
            out.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e);
        }
        Map<String, Edge> via = new HashMap<>();
        ArrayDeque<String> queue = new ArrayDeque<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String root : roots.keySet()) {
            queue.add(root);
            seen.add(root);
        }
        while (!queue.isEmpty()) {
            String n = queue.removeFirst();
            if (n.equals(target)) {
                break;
            }
            for (Edge e : out.getOrDefault(n, List.of())) {
                if (seen.add(e.to())) {
                    via.put(e.to(), e);
                    queue.addLast(e.to());
                }
            }
        }
        if (!seen.contains(target)) {
            return List.of();
        }
        List<Step> chain = new ArrayList<>();
        String n = target;
        while (via.containsKey(n)) {
            Edge e = via.get(n);
            String reason = e.condition() == null ? e.reason() : e.reason() + " (with " + e.condition() + ")";
            chain.add(new Step(n, reason));
            n = e.from();
        }
        chain.add(new Step(n, roots.get(n)));
        Collections.reverse(chain);
        return chain;
    }
}
