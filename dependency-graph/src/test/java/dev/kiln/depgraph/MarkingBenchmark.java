package dev.kiln.depgraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Marks a synthetic graph of 1,000,000 nodes and 5,000,000 edges with the no-log strategy and reports
 * nodes per second and heap used. Run with bench/depgraph-marking.sh (not a unit test: timings are reported,
 * not asserted).
 */
public final class MarkingBenchmark {
    static final class Node extends DependencyNode<Object> {
        final int id;
        List<DependencyListEntry<Object>> deps = List.of();

        Node(int id) {
            this.id = id;
        }

        @Override public String name(Object c) { return "n" + id; }
        @Override public List<DependencyListEntry<Object>> staticDependencies(Object c) { return deps; }
    }

    public static void main(String[] args) {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int edgesPerNode = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        for (int run = 0; run < runs; run++) {
            Node[] graph = build(nodes, edgesPerNode, 7);
            System.gc();
            long heapBefore = used();
            long start = System.nanoTime();
            DependencyAnalyzer<Object> an = new DependencyAnalyzer<>(null, new NoLogStrategy<>());
            an.addRoot(graph[0], "root");
            an.computeMarkedNodes();
            long ns = System.nanoTime() - start;
            long heapAfter = used();
            System.out.printf("run %d: marked %,d of %,d nodes (%,d edges) in %.3f s = %,.0f nodes/s; heap grew %,d MB during marking%n",
                    run, an.markedNodes().size(), nodes, (long) nodes * edgesPerNode, ns / 1e9,
                    an.markedNodes().size() / (ns / 1e9), (heapAfter - heapBefore) >> 20);
        }
    }

    static Node[] build(int n, int edgesPerNode, long seed) {
        Random r = new Random(seed);
        Node[] graph = new Node[n];
        for (int i = 0; i < n; i++) {
            graph[i] = new Node(i);
        }
        for (int i = 0; i < n; i++) {
            List<DependencyListEntry<Object>> deps = new ArrayList<>(edgesPerNode);
            // one edge to the next node keeps everything reachable; the rest are random
            deps.add(new DependencyListEntry<>(graph[(i + 1) % n], "next"));
            for (int k = 1; k < edgesPerNode; k++) {
                deps.add(new DependencyListEntry<>(graph[r.nextInt(n)], "random"));
            }
            graph[i].deps = deps;
        }
        return graph;
    }

    private static long used() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
