package dev.kiln.tests.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a test program's header says: the `//` comment lines it starts with (grammar in the package documentation).
 * Lines of prose there are allowed; only the known keys mean something.
 *
 * @param args the program's command-line arguments ({@code // args: a "b c"})
 * @param expectedStdout the file holding the expected stdout instead of the oracle's ({@code // expect-stdout-file: X.out})
 * @param exit the expected exit code ({@code // exit: N}), if stated
 * @param tags {@code // tags: slow}
 * @param stdin the file whose content is the program's standard input ({@code // stdin-file: X.txt}), else null
 * @param environment variables set for every run, in header order ({@code // env: NAME=value})
 */
public record Header(List<String> args, Path expectedStdout, OptionalInt exit, Set<String> tags, Path stdin,
                     Map<String, String> environment) {
    /** The header of a source file: its leading comment lines, up to the first line that is not one. */
    public static Header read(Path file) {
        List<String> args = new ArrayList<>();
        Path expected = null;
        OptionalInt exit = OptionalInt.empty();
        Set<String> tags = new TreeSet<>();
        Path stdin = null;
        Map<String, String> environment = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String t = line.strip();
                if (!t.startsWith("//")) {
                    break;
                }
                t = t.substring(2).strip();
                if (t.startsWith("args:")) {
                    args.addAll(splitArgs(value(t)));
                } else if (t.startsWith("expect-stdout-file:")) {
                    expected = file.resolveSibling(value(t));
                } else if (t.startsWith("exit:")) {
                    exit = OptionalInt.of(Integer.parseInt(value(t)));
                } else if (t.startsWith("stdin-file:")) {
                    stdin = file.resolveSibling(value(t));
                } else if (t.startsWith("env:")) {
                    String assignment = value(t);
                    int equals = assignment.indexOf('=');
                    if (equals <= 0) {
                        throw new IllegalStateException(file + ": env needs NAME=value: " + assignment);
                    }
                    environment.put(assignment.substring(0, equals), assignment.substring(equals + 1));
                } else if (t.startsWith("tags:")) {
                    for (String tag : value(t).split("[ ,]+")) {
                        if (!tag.isBlank()) {
                            tags.add(tag.strip());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (expected != null && !Files.isRegularFile(expected)) {
            throw new IllegalStateException(file + ": expect-stdout-file " + expected.getFileName() + " does not exist");
        }
        if (stdin != null && !Files.isRegularFile(stdin)) {
            throw new IllegalStateException(file + ": stdin-file " + stdin.getFileName() + " does not exist");
        }
        return new Header(List.copyOf(args), expected, exit, Set.copyOf(tags), stdin, java.util.Collections.unmodifiableMap(environment));
    }

    private static String value(String keyAndValue) {
        return keyAndValue.substring(keyAndValue.indexOf(':') + 1).strip();
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
