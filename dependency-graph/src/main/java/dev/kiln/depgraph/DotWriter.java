package dev.kiln.depgraph;

import java.io.IOException;
import java.io.Writer;

/** Writes a graph in Graphviz DOT. */
public final class DotWriter {
    private DotWriter() {
    }

    public static void write(NamedGraph g, Writer out) throws IOException {
        out.write("digraph dependencies {\n  rankdir=LR;\n  node [shape=box, fontsize=10];\n");
        for (String n : g.nodes()) {
            out.write("  " + q(n) + ";\n");
        }
        for (var r : g.roots().entrySet()) {
            out.write("  " + q(r.getKey()) + " [style=bold, tooltip=" + q("root: " + r.getValue()) + "];\n");
        }
        for (NamedGraph.Edge e : g.edges()) {
            String label = e.condition() == null ? e.reason() : e.reason() + " (with " + e.condition() + ")";
            out.write("  " + q(e.from()) + " -> " + q(e.to()) + " [label=" + q(label) + (e.condition() != null ? ", style=dashed" : "") + "];\n");
        }
        out.write("}\n");
    }

    private static String q(String s) {
        return '"' + (s == null ? "" : s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")) + '"';
    }
}
