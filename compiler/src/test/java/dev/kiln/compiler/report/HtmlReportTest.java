package dev.kiln.compiler.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.depgraph.NamedGraph;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
    static ReportData sample(String title) {
        NamedGraph g = new NamedGraph();
        g.addRoot("Program::Main()", "entry point");
        g.addEdge("Program::Main()", "Program::Tag<</script>>()", "call from Program::Main()", null);
        List<String> names = List.of("Program::Main()", "Program::Tag<</script>>()");
        SizeTree tree = SizeTree.build(title, List.of(
                new SizeTree.Item(List.of("App", "(no namespace)", "Program"), "Main()", 200, 0),
                new SizeTree.Item(List.of("App", "(no namespace)", "Program"), "Tag<</script>>()", 50, 1)));
        return new ReportData(title, 4096, List.of("MethodBody"), List.of(0), new int[] {0, 0}, new long[] {200, 50},
                new ReasonTable(names, g), tree);
    }

    static String page(ReportData data) throws IOException {
        StringWriter w = new StringWriter();
        HtmlReport.write(data, w);
        return w.toString();
    }

    @Test
    void thePageIsSelfContained() throws IOException {
        String html = page(sample("App.exe"));
        assertTrue(html.startsWith("<!DOCTYPE html>"), html);
        assertFalse(html.contains("{{"), "every placeholder is filled");
        assertFalse(html.contains("http://") || html.contains("https://"), "no address to load anything from");
        assertFalse(html.contains(" src=") || html.contains("<link"), "no external script, style or image");
        assertTrue(html.contains("<style>") && html.contains("function layout("), "style and script are inline");
    }

    @Test
    void theDataIsEmbeddedAsJson() throws IOException {
        String html = page(sample("App.exe"));
        String json = html.substring(html.indexOf("<script type=\"application/json\" id=\"kiln-data\">"));
        json = json.substring(json.indexOf('>') + 1, json.indexOf("</script>"));
        assertTrue(json.startsWith("{\"title\":\"App.exe\",\"outputSize\":4096,"), json);
        assertTrue(json.contains("\"codeKinds\":[0]"), json);
        assertTrue(json.contains("[\"Program::Main()\",0,200,-1,0]"), json);
        assertTrue(json.contains("\"call from \\u0001\""), json);
        assertTrue(json.contains("\"tree\":[\"App.exe\",250,[[\"App\",250,[[\"(no namespace)\",250,[[\"Program\",250,[[\"Main()\",200,0],"), json);
        assertTrue(json.contains("Tag<\\u003c/script>>()"), "a name cannot end the data's script element: " + json);
    }

    @Test
    void theTitleIsEscaped() throws IOException {
        String html = page(sample("<b>&.exe"));
        assertTrue(html.contains("<title>&lt;b&gt;&amp;.exe - Kiln size report</title>"), html);
    }

    @Test
    void theSameDataGivesTheSamePage() throws IOException {
        assertEquals(page(sample("App.exe")), page(sample("App.exe")));
    }
}
