package dev.kiln.compiler.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * What the size report's page shows, written as the JSON the page's script reads:
 * <pre>
 * {"title": input file name, "outputSize": bytes of the executable or image,
 *  "kinds": ["MethodBody", ...], "codeKinds": [indices of the kinds that are functions],
 *  "reasons": [reason, ...]   (U+0001 stands for the name of the node before),
 *  "nodes": [[name, kind, size, from, reason], ...]   (size -1: inlined; from -1: a root; reason -1: unreached),
 *  "tree": [label, size, [child, ...]]   (a group; an item is [label, size, node index])}
 * </pre>
 */
public record ReportData(String title, long outputSize, List<String> kinds, List<Integer> codeKinds, int[] nodeKinds,
                  long[] nodeSizes, ReasonTable reasons, SizeTree tree) {

    void writeJson(Writer out) throws IOException {
        out.write("{\"title\":");
        JsonText.string(out, title);
        out.write(",\"outputSize\":" + outputSize + ",\n\"kinds\":[");
        for (int i = 0; i < kinds.size(); i++) {
            out.write(i > 0 ? "," : "");
            JsonText.string(out, kinds.get(i));
        }
        out.write("],\"codeKinds\":" + codeKinds.toString().replace(" ", "") + ",\n\"reasons\":[");
        List<String> texts = reasons.reasons();
        for (int i = 0; i < texts.size(); i++) {
            out.write(i > 0 ? ",\n" : "\n");
            JsonText.string(out, texts.get(i));
        }
        out.write("],\n\"nodes\":[");
        List<ReasonTable.Entry> entries = reasons.entries();
        for (int i = 0; i < entries.size(); i++) {
            ReasonTable.Entry e = entries.get(i);
            out.write(i > 0 ? ",\n[" : "\n[");
            JsonText.string(out, e.name());
            boolean listed = i < nodeKinds.length;
            out.write("," + (listed ? nodeKinds[i] : -1) + "," + (listed ? nodeSizes[i] : 0) + "," + e.from() + "," + e.reason() + "]");
        }
        out.write("],\n\"tree\":");
        writeTree(tree, out);
        out.write("}");
    }

    private static void writeTree(SizeTree t, Writer out) throws IOException {
        out.write('[');
        JsonText.string(out, t.label());
        out.write("," + t.size() + ",");
        if (t.isGroup()) {
            out.write('[');
            List<SizeTree> children = t.children();
            for (int i = 0; i < children.size(); i++) {
                out.write(i > 0 ? "," : "");
                writeTree(children.get(i), out);
            }
            out.write(']');
        } else {
            out.write(Integer.toString(t.node()));
        }
        out.write(']');
    }
}
