package dev.kiln.compiler.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The size report as one self-contained HTML page: the template (report.html) with its style sheet, its script and
 * the report's data (JSON) written inline, so the page needs nothing but a browser, no network.
 */
public final class HtmlReport {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    private HtmlReport() {
    }

    public static void write(ReportData data, Writer out) throws IOException {
        String template = resource("report.html");
        Matcher m = PLACEHOLDER.matcher(template);
        int at = 0;
        while (m.find()) {
            out.write(template, at, m.start() - at);
            switch (m.group(1)) {
                case "title" -> out.write(escapeHtml(data.title()));
                case "style" -> out.write(resource("report.css"));
                case "script" -> out.write(script());
                case "data" -> data.writeJson(out);
                default -> throw new IllegalStateException("report.html: unknown placeholder " + m.group());
            }
            at = m.end();
        }
        out.write(template, at, template.length() - at);
    }

    private static String script() {
        String script = resource("report.js");
        if (script.contains("</script") || script.contains("<!--")) {
            throw new IllegalStateException("report.js must not contain </script or <!-- (it is written inline)");
        }
        return script;
    }

    static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + HtmlReport.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
