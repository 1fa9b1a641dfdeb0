package dev.kiln.compiler.report;

import dev.kiln.compiler.MapWriter;
import dev.kiln.compiler.deps.CodeNode;
import dev.kiln.compiler.deps.KilnNode;
import dev.kiln.depgraph.NamedGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The `--report` page's data from what `--map` lists: each node's size (the map's rows), its place in the size
 * tree, and its `why` chain on the recorded graph.
 */
public final class SizeReport {
    private SizeReport() {
    }

    /**
     * nodes and rows are parallel (rows as MapWriter computes them for nodes); graph is the recorded first-reason or
     * full graph; outputSize is the size of the executable or image the nodes are in.
     */
    public static ReportData collect(String title, long outputSize, List<KilnNode> nodes, List<MapWriter.Row> rows,
                                     NamedGraph graph) {
        if (nodes.size() != rows.size()) {
            throw new IllegalArgumentException(nodes.size() + " nodes but " + rows.size() + " map rows");
        }
        Map<String, Integer> kindIndex = new LinkedHashMap<>();
        List<Integer> codeKinds = new ArrayList<>();
        int[] nodeKinds = new int[rows.size()];
        long[] nodeSizes = new long[rows.size()];
        List<String> names = new ArrayList<>();
        List<SizeTree.Item> items = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            MapWriter.Row row = rows.get(i);
            Integer kind = kindIndex.get(row.kind());
            if (kind == null) {
                kind = kindIndex.size();
                kindIndex.put(row.kind(), kind);
                if (nodes.get(i) instanceof CodeNode) {
                    codeKinds.add(kind);
                }
            }
            nodeKinds[i] = kind;
            nodeSizes[i] = row.inlined() ? -1 : row.size();
            names.add(row.name());
            items.add(NodePlacement.place(nodes.get(i), row.size(), i));
        }
        return new ReportData(title, outputSize, List.copyOf(kindIndex.keySet()), codeKinds, nodeKinds, nodeSizes,
                new ReasonTable(names, graph), SizeTree.build(title, items));
    }
}
