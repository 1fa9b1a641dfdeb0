package dev.kiln.compiler.report;

import java.io.IOException;
import java.io.Writer;

/**
 * JSON string literals safe to embed in an HTML script element: besides JSON's own escapes, "</" and "<!" are
 * written as "\u003c/" and "\u003c!" (so the text can neither end the element nor open a comment), and lone
 * surrogates and the JavaScript line separators are escaped so that the page reads back exactly the same string.
 */
final class JsonText {
    private JsonText() {
    }

    static void string(Writer out, String s) throws IOException {
        out.write('"');
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.write("\\\"");
                case '\\' -> out.write("\\\\");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                case '\t' -> out.write("\\t");
                case '<' -> out.write(i + 1 < n && (s.charAt(i + 1) == '/' || s.charAt(i + 1) == '!') ? "\\u003c" : "<");
                default -> {
                    boolean lone = Character.isHighSurrogate(c) ? i + 1 >= n || !Character.isLowSurrogate(s.charAt(i + 1))
                            : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || lone) {
                        out.write(String.format("\\u%04x", (int) c));
                    } else {
                        out.write(c);
                    }
                }
            }
        }
        out.write('"');
    }

    static String string(String s) {
        java.io.StringWriter w = new java.io.StringWriter();
        try {
            string(w, s);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return w.toString();
    }
}
