package dev.kiln.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One differential test program (a .cs file) and what its header comments say:
 * {@code // args: a b "c d"}, {@code // expect-stdout-file: name.out} (modern .NET output where Mono differs),
 * {@code // tags: slow}.
 */
record ProgramCase(Path source, String name, List<String> args, Path expectedStdout, Set<String> tags) {
    static ProgramCase read(Path root, Path source) {
        List<String> args = new ArrayList<>();
        Path expected = null;
        Set<String> tags = new TreeSet<>();
        try {
            for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
                String t = line.strip();
                if (!t.startsWith("//")) {
                    break;
                }
                t = t.substring(2).strip();
                if (t.startsWith("args:")) {
                    args.addAll(splitArgs(t.substring(5).strip()));
                } else if (t.startsWith("expect-stdout-file:")) {
                    expected = source.resolveSibling(t.substring(19).strip());
                } else if (t.startsWith("tags:")) {
                    for (String tag : t.substring(5).split("[ ,]+")) {
                        if (!tag.isBlank()) {
                            tags.add(tag.strip());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = root.relativize(source).toString();
        return new ProgramCase(source, name, List.copyOf(args), expected, tags);
    }

    /** Splits like a shell would for simple quoting: spaces separate, double quotes group. */
    static List<String> splitArgs(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    out.add(cur.toString());
                    cur.setLength(0);
                    any = false;
                }
            } else {
                cur.append(c);
                any = true;
            }
        }
        if (any) {
            out.add(cur.toString());
        }
        return out;
    }
}
