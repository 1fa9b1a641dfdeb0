package dev.kiln.compiler.cli;

import dev.kiln.compiler.KilnUserException;
import dev.kiln.depgraph.DgmlReader;
import dev.kiln.depgraph.NamedGraph;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "why", mixinStandardHelpOptions = true,
        description = "Explain why a node is in the output: the chain of reasons from a root (reads a --dgml graph).")
final class WhyCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.dgml", description = "A graph written by kiln compile --dgml.")
    Path graphFile;

    @Parameters(index = "1", paramLabel = "NAME",
            description = "Type.Method, Namespace.Type::Method, or a full node name as printed by --map.")
    String name;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(graphFile)) {
            throw new KilnUserException(graphFile + ": file not found");
        }
        NamedGraph graph;
        try {
            graph = DgmlReader.read(graphFile);
        } catch (IOException e) {
            throw new KilnUserException(e.getMessage());
        }
        List<String> matches = NodeNameMatcher.matches(graph.nodes(), name);
        if (matches.isEmpty()) {
            throw new KilnUserException(graphFile.getFileName() + ": no node matches '" + name + "'");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (matches.size() > 1) {
            StringBuilder sb = new StringBuilder("'" + name + "' matches " + matches.size() + " nodes; name one of them:");
            for (String m : matches) {
                sb.append("\n  ").append(m);
            }
            throw new KilnUserException(sb.toString());
        }
        String target = matches.get(0);
        List<NamedGraph.Step> chain = graph.reasonChain(target);
        if (chain.isEmpty()) {
            throw new KilnUserException(target + " is in the graph but no root reaches it");
        }
        out.println(target);
        String indent = "  ";
        for (NamedGraph.Step step : chain) {
            out.println(indent + step.node() + "    <- " + step.reason());
            indent += "  ";
        }
        out.flush();
        return KilnMain.OK;
    }

    /** How a user's NAME selects nodes: exact name first, then Namespace.Type::Method or Type.Method. */
    static final class NodeNameMatcher {
        private NodeNameMatcher() {
        }

        static List<String> matches(Iterable<String> nodes, String query) {
            List<String> exact = new ArrayList<>();
            List<String> loose = new ArrayList<>();
            String typePart;
            String methodPart;
            int colons = query.indexOf("::");
            if (colons >= 0) {
                typePart = query.substring(0, colons);
                methodPart = query.substring(colons + 2);
            } else {
                int dot = query.lastIndexOf('.');
                typePart = dot > 0 ? query.substring(0, dot) : "";
                methodPart = dot > 0 ? query.substring(dot + 1) : query;
            }
            for (String node : nodes) {
                if (node.equals(query)) {
                    exact.add(node);
                    continue;
                }
                if (node.startsWith("slot ") || node.startsWith("constructed ")) {
                    continue; // method names select method bodies; full names select the rest
                }
                int sep = node.indexOf("::");
                int paren = node.indexOf('(', Math.max(sep, 0));
                if (sep < 0 || paren < 0) {
                    continue;
                }
                String nodeType = node.substring(0, sep);
                String nodeMethod = node.substring(sep + 2, paren);
                int generic = nodeMethod.indexOf('<');
                if (generic >= 0) {
                    nodeMethod = nodeMethod.substring(0, generic);
                }
                boolean typeMatches = typePart.isEmpty() || nodeType.equals(typePart) || nodeType.endsWith("." + typePart)
                        || nodeType.endsWith("+" + typePart) || stripGenerics(nodeType).equals(typePart)
                        || stripGenerics(nodeType).endsWith("." + typePart);
                if (typeMatches && nodeMethod.equals(methodPart)) {
                    loose.add(node);
                }
            }
            return exact.isEmpty() ? loose : exact;
        }

        private static String stripGenerics(String type) {
            int lt = type.indexOf('<');
            return lt < 0 ? type : type.substring(0, lt);
        }
    }
}
