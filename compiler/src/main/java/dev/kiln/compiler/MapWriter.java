package dev.kiln.compiler;

import dev.kiln.compiler.deps.KilnNode;
import dev.kiln.compiler.deps.CodeNode;
import dev.kiln.depgraph.NamedGraph;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * The `--map` report: every node in the output with its kind, name, size in bytes of code or data, and the
 * first reason it was included. Methods that LLVM inlined into all their callers have no code of their own
 * (size 0, marked inlined).
 */
public final class MapWriter {
    public record Row(String kind, String name, long size, boolean inlined, String reason) {
    }

    private MapWriter() {
    }

    /**
     * symbols: the object-file symbol of each node that has one, whose size sizes gives; dataSizes: the size of nodes
     * whose data has no symbol of its own (reflection metadata, whose records are private to the object file).
     */
    public static List<Row> rows(List<KilnNode> nodes, NamedGraph firstReasons, Map<KilnNode, String> symbols, Map<String, Long> sizes,
                                 java.util.function.ToLongFunction<KilnNode> dataSizes) {
        Map<String, String> reasonByNode = new java.util.HashMap<>();
        if (firstReasons != null) {
            firstReasons.roots().forEach((n, r) -> reasonByNode.putIfAbsent(n, r));
            for (NamedGraph.Edge e : firstReasons.edges()) {
                reasonByNode.putIfAbsent(e.to(), e.condition() == null ? e.reason()
                        : e.reason() + " (from " + e.from() + ", because of " + e.condition() + ")");
            }
        }
        List<Row> rows = new java.util.ArrayList<>();
        for (KilnNode n : nodes) {
            String symbol = symbols.get(n);
            Long size = symbol == null ? null : sizes.get(symbol);
            if (n instanceof dev.kiln.compiler.deps.StringLiteralNode s) {
                size = s.size();
            } else if (n instanceof dev.kiln.compiler.deps.StaticBaseNode b) {
                size = b.size();
            } else if (size == null && !(n instanceof CodeNode)) {
                long data = dataSizes.applyAsLong(n);
                size = data > 0 ? data : null;
            }
            rows.add(new Row(n.kind(), n.name(), size == null ? 0 : size, size == null && n instanceof CodeNode,
                    reasonByNode.getOrDefault(n.name(), "")));
        }
        return rows;
    }

    public static void write(List<Row> rows, String format, Writer out) throws IOException {
        if (format.equals("csv")) {
            out.write("kind,name,size,reason\n");
            for (Row r : rows) {
                out.write(csv(r.kind()) + "," + csv(r.name()) + "," + r.size() + "," + csv(r.inlined() ? "inlined; " + r.reason() : r.reason()) + "\n");
            }
            return;
        }
        int kindWidth = 4;
        int nameWidth = 4;
        for (Row r : rows) {
            kindWidth = Math.max(kindWidth, r.kind().length());
            nameWidth = Math.min(90, Math.max(nameWidth, r.name().length()));
        }
        String fmt = "%-" + kindWidth + "s  %-" + nameWidth + "s  %8s  %s%n";
        out.write(String.format(fmt, "KIND", "NAME", "SIZE", "REASON"));
        for (Row r : rows) {
            out.write(String.format(fmt, r.kind(), r.name(), r.inlined() ? "inlined" : Long.toString(r.size()), r.reason()));
        }
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
