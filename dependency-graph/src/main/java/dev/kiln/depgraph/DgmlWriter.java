package dev.kiln.depgraph;

import java.io.IOException;
import java.io.Writer;

/** Writes a graph as Visual Studio DGML. Roots are linked from a synthetic "[root]" node carrying their reason. */
public final class DgmlWriter {
    public static final String ROOT = "[root]";

    private DgmlWriter() {
    }

    public static void write(NamedGraph g, Writer out) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        out.write("<DirectedGraph xmlns=\"http://schemas.microsoft.com/vs/2009/dgml\">\n  <Nodes>\n");
        out.write("    <Node Id=\"" + esc(ROOT) + "\" Label=\"" + esc(ROOT) + "\" />\n");
        for (String n : g.nodes()) {
            out.write("    <Node Id=\"" + esc(n) + "\" Label=\"" + esc(n) + "\" />\n");
        }
        out.write("  </Nodes>\n  <Links>\n");
        for (var r : g.roots().entrySet()) {
            out.write("    <Link Source=\"" + esc(ROOT) + "\" Target=\"" + esc(r.getKey()) + "\" Reason=\"" + esc(r.getValue()) + "\" />\n");
        }
        for (NamedGraph.Edge e : g.edges()) {
            out.write("    <Link Source=\"" + esc(e.from()) + "\" Target=\"" + esc(e.to()) + "\" Reason=\"" + esc(e.reason()) + "\"");
            if (e.condition() != null) {
                out.write(" Condition=\"" + esc(e.condition()) + "\"");
            }
            out.write(" />\n");
        }
        out.write("  </Links>\n</DirectedGraph>\n");
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&': sb.append("&amp;"); break;
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '"': sb.append("&quot;"); break;
                case '\n': sb.append("&#10;"); break;
                default: sb.append(c);
            }
        }
        return sb.toString();
    }
}
