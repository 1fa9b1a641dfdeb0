package dev.kiln.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kiln.tests.harness.Kiln;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `kiln build --report` writes one self-contained HTML page that a browser (headless Chromium) loads without
 * JavaScript errors, showing the sample's biggest method and, for a node its address names, the chain of reasons
 * `kiln why` prints.
 */
class SizeReportTest {
    static final Path SAMPLE = Path.of(System.getProperty("kiln.home", "..")).resolve("samples/wordcount/WordCount.cs").normalize();
    static final Set<String> CODE_KINDS = Set.of("MethodBody", "AsyncVariant", "AsyncVersion", "AsyncThunk", "TaskReturningThunk");
    static final String OVERRIDE = "BarFormatter::Row(System.String,System.Int32,System.Int32)";

    @TempDir
    static Path dir;
    static Path report;
    static Path map;

    @BeforeAll
    static void build() {
        report = dir.resolve("report.html");
        map = dir.resolve("wordcount.map.csv");
        Kiln.Run r = Kiln.run("build", SAMPLE.toString(), "-o", dir.resolve("wordcount").toString(),
                "--report", report.toString(), "--map", map.toString(), "--map-format", "csv");
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    void reportIsOneSelfContainedPageOfModestSize() throws IOException {
        String html = Files.readString(report);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertFalse(html.contains("http://") || html.contains("https://") || html.contains(" src=") || html.contains("<link"),
                "the page loads nothing");
        assertTrue(html.contains("<script type=\"application/json\" id=\"kiln-data\">{\"title\":\"WordCount.exe\""));
        long nodes = Files.readAllLines(map).size() - 1;
        assertTrue(Files.size(report) < 400 * nodes + 100_000, Files.size(report) + " bytes for " + nodes + " nodes");
    }

    @Test
    void reportIsTheSameForTheSameInput() throws IOException {
        Path again = dir.resolve("again.html");
        Kiln.Run r = Kiln.run("build", SAMPLE.toString(), "-o", dir.resolve("wordcount2").toString(),
                "--report", again.toString());
        assertEquals(0, r.exit(), r.err());
        assertArrayEquals(Files.readAllBytes(report), Files.readAllBytes(again));
    }

    @Test
    void pageLoadsWithoutJavaScriptErrorsAndShowsTheBiggestMethod() throws IOException {
        assumeChromium();
        String dom = load(report, "");
        assertLoadedWithoutErrors(dom);
        String biggest = biggestMethod();
        assertEquals(biggest, text(dom, "biggest-method"));
        assertEquals(biggest, text(dom, "selected-name"), "the biggest method is selected at first");
        assertTrue(dom.contains("class=\"box group"), "the treemap has groups");
        assertTrue(dom.contains("class=\"box item"), "the treemap has items");
        List<String[]> chain = chain(dom);
        assertEquals("entry point", chain.get(0)[1]);
        assertEquals(biggest, chain.get(chain.size() - 1)[0]);
    }

    @Test
    void pageShowsTheChainOfReasonsThatKilnWhyPrints() throws IOException {
        assumeChromium();
        Path withGraph = dir.resolve("with-graph.html");
        Path dgml = dir.resolve("wordcount.dgml");
        Kiln.Run r = Kiln.run("build", SAMPLE.toString(), "-o", dir.resolve("wordcount3").toString(),
                "--report", withGraph.toString(), "--dgml", dgml.toString());
        assertEquals(0, r.exit(), r.err());
        Kiln.Run why = Kiln.run("why", dgml.toString(), OVERRIDE);
        assertEquals(0, why.exit(), why.err());
        List<String> expected = why.out().lines().skip(1).map(String::strip).toList();

        String dom = load(withGraph, "node=" + URLEncoder.encode(OVERRIDE, StandardCharsets.UTF_8));
        assertLoadedWithoutErrors(dom);
        assertEquals(OVERRIDE, text(dom, "selected-name"));
        List<String> shown = new ArrayList<>();
        for (String[] step : chain(dom)) {
            shown.add(step[0] + "    <- " + step[1]);
        }
        assertEquals(expected, shown);
        assertTrue(shown.get(0).endsWith("<- entry point"), shown.toString());
        assertTrue(shown.stream().anyMatch(s -> s.startsWith("constructed BarFormatter")), shown.toString());
    }

    @Test
    void pageShowsItsOwnErrors() throws IOException {
        assumeChromium();
        String html = Files.readString(report);
        int data = html.indexOf("id=\"kiln-data\">") + "id=\"kiln-data\">".length();
        Path broken = Files.writeString(dir.resolve("broken.html"), html.substring(0, data) + "{\"nodes\": [" + html.substring(data));
        String dom = load(broken, "");
        assertTrue(dom.contains("<body data-state=\"error\""), HeadlessChromium.tail(dom));
        assertTrue(text(dom, "report-errors").contains("JavaScript error"), text(dom, "report-errors"));
    }

    /** Skips the test, saying why, where no headless Chromium runs. */
    static void assumeChromium() {
        String unavailable = HeadlessChromium.unavailable();
        assumeTrue(unavailable == null, () -> "headless Chromium is unavailable: " + unavailable);
    }

    static String load(Path page, String fragment) throws IOException {
        assumeChromium();
        HeadlessChromium.Load load = HeadlessChromium.in(dir.resolve("chromium")).load(page, fragment);
        assertEquals(0, load.exit(), () -> "chromium failed: " + HeadlessChromium.tail(load.errors()));
        System.out.println("SizeReportTest: chromium loaded " + page.getFileName() + " in " + load.millis() + " ms");
        return load.dom();
    }

    static void assertLoadedWithoutErrors(String dom) {
        assertTrue(dom.contains("<ul id=\"report-errors\" hidden=\"\"></ul>"), () -> "errors: " + text(dom, "report-errors"));
        assertTrue(dom.contains("<body data-state=\"ready\""), "the script ran to its end");
    }

    /** The text of the element with this id in a dumped DOM (tags removed, entities decoded). */
    static String text(String dom, String id) {
        Matcher m = Pattern.compile("<(\\w+) id=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</\\1>", Pattern.DOTALL).matcher(dom);
        assertTrue(m.find(), () -> "no element #" + id + " in " + HeadlessChromium.tail(dom));
        return unescape(m.group(2).replaceAll("<[^>]*>", ""));
    }

    /** The why chain the page shows: each step's node and full reason, from the root. */
    static List<String[]> chain(String dom) {
        int start = dom.indexOf("<ol id=\"why-chain\">");
        String list = dom.substring(start, dom.indexOf("</ol>", start));
        Matcher m = Pattern.compile("<li>(?:<a [^>]*>|<strong>)(.*?)(?:</a>|</strong>)<span class=\"reason\" title=\"(.*?)\">").matcher(list);
        List<String[]> steps = new ArrayList<>();
        while (m.find()) {
            steps.add(new String[] {unescape(m.group(1)), unescape(m.group(2))});
        }
        assertFalse(steps.isEmpty(), list);
        return steps;
    }

    static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&nbsp;", "\u00a0").replace("&amp;", "&");
    }

    /** The biggest function in the map, the first of equals (the map and the page list nodes in the same order). */
    static String biggestMethod() throws IOException {
        String name = null;
        long size = 0;
        for (String line : Files.readAllLines(map).subList(1, Files.readAllLines(map).size())) {
            List<String> cols = csv(line);
            long s = Long.parseLong(cols.get(2));
            if (CODE_KINDS.contains(cols.get(0)) && s > size) {
                name = cols.get(1);
                size = s;
            }
        }
        assertTrue(name != null, "the map lists a method with code");
        return name;
    }

    static List<String> csv(String line) {
        List<String> cols = new ArrayList<>();
        StringBuilder col = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                col.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cols.add(col.toString());
                col.setLength(0);
            } else {
                col.append(c);
            }
        }
        cols.add(col.toString());
        return cols;
    }
}
