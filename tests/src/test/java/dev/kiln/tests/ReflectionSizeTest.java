package dev.kiln.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.tests.harness.Kiln;
import dev.kiln.tests.harness.ProcessRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What reflection costs in size (issue 18): a program that uses none carries at most 2% for it (in practice the
 * empty table: hello world's reflection symbols are a few hundred bytes), and a program that reflects sees its
 * metadata, per type, with real sizes in --map and as a category of its own in the --report page.
 */
class ReflectionSizeTest {
    static final Path SERIALIZER = Path.of(System.getProperty("kiln.home", "..")).resolve("tests/size-programs/JsonSerializer.cs")
            .normalize();

    @TempDir
    Path dir;

    @Test
    void aProgramWithoutReflectionCarriesAtMostTwoPercentForIt() throws IOException {
        Path src = Files.writeString(dir.resolve("hello.cs"), "class P { static void Main() { System.Console.WriteLine(\"Hello, world!\"); } }\n");
        Path exe = dir.resolve("hello");
        Path map = dir.resolve("hello.map");
        Kiln.Run r = Kiln.run("build", src.toString(), "-o", exe.toString(), "--map", map.toString(), "--map-format", "csv");
        assertEquals(0, r.exit(), r.err());
        List<String> rows = Files.readAllLines(map);
        assertFalse(rows.stream().anyMatch(l -> l.startsWith("ReflectionMetadata,")), "no type is described");
        assertFalse(rows.stream().anyMatch(l -> l.startsWith("MethodBody,System.Reflection.")), "no reflection code");
        // every symbol of the executable that belongs to reflection: tables, their strings, invoke stubs, the
        // runtime's reflection functions and the System.Reflection descriptors
        ProcessRunner.Result nm = ProcessRunner.run(List.of("nm", "-S", exe.toString()), dir, 60);
        assertEquals(0, nm.exitCode(), nm.stderr());
        long reflection = 0;
        StringBuilder found = new StringBuilder();
        for (String line : nm.stdout().lines().toList()) {
            String[] cols = line.trim().split("\\s+");
            if (cols.length == 4 && isReflection(cols[3])) {
                reflection += Long.parseLong(cols[1], 16);
                found.append(cols[3]).append(' ');
            }
        }
        long size = Files.size(exe);
        assertTrue(reflection * 100 <= 2 * size, reflection + " bytes of reflection (" + found + ") in " + size);
    }

    private static boolean isReflection(String symbol) {
        String s = symbol.toLowerCase();
        return s.contains("reflection") || s.startsWith("kiln.refl") || s.startsWith(".reflname") || s.startsWith("kiln.invoke");
    }

    @Test
    void theSerializersMetadataHasItsRealSizeInTheMapAndItsOwnCategoryInTheReport() throws IOException {
        Path exe = dir.resolve("serializer");
        Path map = dir.resolve("serializer.map");
        Path report = dir.resolve("serializer.html");
        Kiln.Run r = Kiln.run("build", SERIALIZER.toString(), "-o", exe.toString(), "--map", map.toString(),
                "--map-format", "csv", "--report", report.toString());
        assertEquals(0, r.exit(), r.err());
        ProcessRunner.Result run = ProcessRunner.run(List.of(exe.toString()), dir, 60);
        assertEquals(0, run.exitCode(), run.stdout() + run.stderr());
        assertTrue(run.stdout().endsWith("round trip\n"), run.stdout());

        Map<String, Long> metadata = new HashMap<>();
        long total = 0;
        for (String line : Files.readAllLines(map)) {
            if (line.startsWith("ReflectionMetadata,reflection metadata of ")) {
                String[] cols = line.split(",", 4);
                long size = Long.parseLong(cols[2]);
                assertTrue(size > 0, line); // the table's records, strings and arrays, not 0
                metadata.put(cols[1].substring("reflection metadata of ".length()), size);
                total += size;
            }
        }
        // Order: six properties, their accessors and backing fields; Address three of each
        assertTrue(metadata.get("Order") > metadata.get("Address"), metadata.toString());
        assertTrue(metadata.get("Address") >= 3 * 2 * 64, "at least a method record per accessor: " + metadata.get("Address"));
        assertTrue(total < Files.size(exe), total + " of " + Files.size(exe));
        String html = Files.readString(report);
        assertTrue(html.contains("\"(reflection metadata)\""), "the report's reflection category");
    }
}
