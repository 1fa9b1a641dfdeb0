package dev.kiln.tests.harness;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds the test programs under a folder of tests/: every .cs and .il file, and every folder holding a Program.cs
 * (whose files then belong to it), at any depth. Two system properties narrow what runs: {@code -Dkiln.programs=A,B}
 * keeps the programs whose name starts with one of the prefixes (e.g. {@code linq/,conformance/Closure}), and
 * programs tagged slow run only with {@code -Dkiln.slow=true} or the slow profile (which clears excludedGroups).
 */
public final class Programs {
    static final boolean SLOW = Boolean.getBoolean("kiln.slow") || "none".equals(System.getProperty("excludedGroups"));

    private Programs() {
    }

    /** tests/FOLDER in this checkout. */
    public static Path root(String folder) {
        return Kiln.HOME.resolve("tests").resolve(folder);
    }

    /** The programs under tests/FOLDER to run now: those selected, slow ones only when asked for. */
    public static List<TestProgram> toRun(String folder, TestProgram.Kind... kinds) throws IOException {
        List<String> prefixes = selection();
        return all(root(folder), kinds).stream()
                .filter(p -> SLOW || !p.header().tags().contains("slow"))
                .filter(p -> prefixes.isEmpty() || prefixes.stream().anyMatch(p.name()::startsWith))
                .toList();
    }

    /**
     * Every program under root, sorted by name. A program of a kind the folder's runner cannot run is an error, so
     * that no program is silently left out.
     */
    public static List<TestProgram> all(Path root, TestProgram.Kind... kinds) throws IOException {
        Set<TestProgram.Kind> runnable = Set.of(kinds);
        List<TestProgram> found = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(root) && TestProgram.Kind.of(dir) == TestProgram.Kind.FOLDER) {
                    found.add(program(dir, TestProgram.Kind.FOLDER));
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                TestProgram.Kind kind = TestProgram.Kind.of(file);
                if (kind != null) {
                    found.add(program(file, kind));
                }
                return FileVisitResult.CONTINUE;
            }

            private TestProgram program(Path path, TestProgram.Kind kind) {
                if (!runnable.contains(kind)) {
                    throw new IllegalStateException(path + ": a " + kind + " program, but the programs under " + root
                            + " are run as " + runnable);
                }
                return TestProgram.read(root, path, kind);
            }
        });
        found.sort(Comparator.comparing(TestProgram::name));
        return found;
    }

    private static List<String> selection() {
        String property = System.getProperty("kiln.programs", "");
        return Arrays.stream(property.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
