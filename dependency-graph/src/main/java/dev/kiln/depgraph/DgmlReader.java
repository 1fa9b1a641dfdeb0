package dev.kiln.depgraph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads a DGML file written by {@link DgmlWriter} back into a {@link NamedGraph}. */
public final class DgmlReader {
    private DgmlReader() {
    }

    public static NamedGraph read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = f.newDocumentBuilder().parse(in);
            NamedGraph g = new NamedGraph();
            NodeList nodes = doc.getElementsByTagName("Node");
            for (int i = 0; i < nodes.getLength(); i++) {
                String id = ((Element) nodes.item(i)).getAttribute("Id");
                if (!id.equals(DgmlWriter.ROOT)) {
                    g.addNode(id);
                }
            }
            NodeList links = doc.getElementsByTagName("Link");
            for (int i = 0; i < links.getLength(); i++) {
                Element l = (Element) links.item(i);
                String source = l.getAttribute("Source");
                String target = l.getAttribute("Target");
                String reason = l.getAttribute("Reason");
                if (source.equals(DgmlWriter.ROOT)) {
                    g.addRoot(target, reason);
                } else {
                    String condition = l.hasAttribute("Condition") ? l.getAttribute("Condition") : null;
                    g.addEdge(source, target, reason, condition);
                }
            }
            return g;
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException(file + ": not a DGML graph: " + e.getMessage(), e);
        }
    }
}
