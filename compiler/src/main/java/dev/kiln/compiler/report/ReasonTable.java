package dev.kiln.compiler.report;

import dev.kiln.depgraph.NamedGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every node of the report with the last step of its `why` chain: the node before it (by index) and the reason,
 * as `kiln why` computes them on the same graph. A chain is read by following `from` back to a root. Reasons are
 * stored once each, with the previous node's name replaced by {@link #FROM} ("call from \u0001"), so the thousands
 * of "call from X" reasons of a program share a few entries.
 */
final class ReasonTable {
    /** Stands for the name of the node before, in a stored reason. */
    static final char FROM = '\u0001';

    /** A node: its name, the index of the node before it (-1 for a root), and its reason (-1 if no root reaches it). */
    record Entry(String name, int from, int reason) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final List<String> reasons = new ArrayList<>();

    /**
     * names are the report's nodes in order (they keep their indices); nodes of the graph that are on their chains
     * but not among them (when the full graph was recorded) are added after them.
     */
    ReasonTable(List<String> names, NamedGraph graph) {
        Map<String, NamedGraph.Via> tree = graph == null ? Map.of() : graph.reasonTree();
        Map<String, Integer> index = new HashMap<>();
        List<String> all = new ArrayList<>(names);
        for (int i = 0; i < names.size(); i++) {
            index.putIfAbsent(names.get(i), i);
        }
        for (String n : tree.keySet()) {
            if (!index.containsKey(n)) {
                index.put(n, all.size());
                all.add(n);
            }
        }
        Map<String, Integer> reasonIndex = new LinkedHashMap<>();
        for (String n : all) {
            NamedGraph.Via via = tree.get(n);
            if (via == null) {
                entries.add(new Entry(n, -1, -1));
                continue;
            }
            String reason = via.reason() == null ? "" : via.reason();
            if (via.from() != null) {
                reason = reason.replace(via.from(), String.valueOf(FROM));
            }
            Integer r = reasonIndex.get(reason);
            if (r == null) {
                r = reasons.size();
                reasonIndex.put(reason, r);
                reasons.add(reason);
            }
            entries.add(new Entry(n, via.from() == null ? -1 : index.get(via.from()), r));
        }
    }

    List<Entry> entries() {
        return entries;
    }

    /** The distinct reasons, in order of first use. */
    List<String> reasons() {
        return reasons;
    }

    /** The chain of node indices from a root to node (what `kiln why` prints), or just node if no root reaches it. */
    List<Integer> chain(int node) {
        List<Integer> chain = new ArrayList<>();
        for (int n = node; n >= 0 && chain.size() <= entries.size(); n = entries.get(n).from()) {
            chain.add(0, n);
        }
        return chain;
    }

    /** A stored reason with the previous node's name put back. */
    String reasonOf(int node) {
        Entry e = entries.get(node);
        if (e.reason() < 0) {
            return null;
        }
        String from = e.from() < 0 ? "" : entries.get(e.from()).name();
        return reasons.get(e.reason()).replace(String.valueOf(FROM), from);
    }
}
