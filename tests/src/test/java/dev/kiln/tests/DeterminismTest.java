package dev.kiln.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.tests.harness.Kiln;
import dev.kiln.tests.harness.ProcessRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input and options give byte-identical outputs — executables, maps and images — run after run and
 * whatever the number of threads generating code (machine code is split into partitions that do not depend on it).
 * Every build here compiles every partition (--no-cache): a partition taken from the cache would prove nothing, and
 * is split into partitions of 10,000 instructions (the program is smaller than one partition of the default size).
 */
class DeterminismTest {
    /** Runs kiln with code partitions of 10,000 instructions (the system property PartitionPlan reads). */
    static Kiln.Run kilnInSmallPartitions(String... args) {
        String previous = System.getProperty("kiln.partition.instructions");
        System.setProperty("kiln.partition.instructions", "10000");
        try {
            return Kiln.run(args);
        } finally {
            if (previous == null) {
                System.clearProperty("kiln.partition.instructions");
            } else {
                System.setProperty("kiln.partition.instructions", previous);
            }
        }
    }

    @TempDir
    Path dir;

    static final String PROGRAM = String.join("\n",
            "using System; using System.Collections.Generic; using System.Linq; using System.Text;",
            "class Program {",
            "  static void Main() {",
            "    var words = \"the quick brown fox jumps over the lazy dog\".Split(' ');",
            "    var groups = words.GroupBy(w => w.Length).OrderBy(g => g.Key).Select(g => g.Key + \":\" + string.Join(\",\", g.Distinct()));",
            "    Console.WriteLine(string.Join(\" | \", groups));",
            "    var counts = new SortedDictionary<char, int>();",
            "    foreach (char c in string.Concat(words)) counts[c] = counts.TryGetValue(c, out int n) ? n + 1 : 1;",
            "    var sb = new StringBuilder(); foreach (var kv in counts.Where(kv => kv.Value > 1)) sb.Append(kv.Key).Append(kv.Value);",
            "    Console.WriteLine(sb + \" \" + words.Select(w => w.ToUpperInvariant()).Aggregate((a, b) => a + b).Length);",
            "    Console.WriteLine(Enumerable.Range(1, 20).Where(i => i % 3 == 0).Sum() + \" \" + Math.Round(Math.Sqrt(2), 6) + \" \" + 1.5m * 3);",
            "  }",
            "}", "");

    private Path compile(Path exe, String name, String... extra) throws IOException {
        Path out = dir.resolve(name);
        List<String> args = new java.util.ArrayList<>(List.of("compile", exe.toString(), "-o", out.toString(), "--verbose", "--no-cache"));
        args.addAll(List.of(extra));
        Kiln.Run r = kilnInSmallPartitions(args.toArray(new String[0]));
        assertEquals(0, r.exit(), r.err());
        return out;
    }

    @Test
    void executablesAndMapsAreIdenticalWhateverTheParallelism() throws IOException {
        Path exe = CSharpSources.compile(dir.resolve("src"), "Words.exe", PROGRAM);
        Path one = compile(exe, "one", "--parallelism", "1", "--map", dir.resolve("one.map").toString());
        Path two = compile(exe, "two", "--parallelism", "2", "--map", dir.resolve("two.map").toString());
        Path again = compile(exe, "again", "--parallelism", "2", "--map", dir.resolve("again.map").toString());
        assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(two), "--parallelism 1 and 2 differ");
        assertArrayEquals(Files.readAllBytes(two), Files.readAllBytes(again), "two runs differ");
        assertEquals(Files.readString(dir.resolve("one.map")), Files.readString(dir.resolve("two.map")));
        assertEquals(Files.readString(dir.resolve("two.map")), Files.readString(dir.resolve("again.map")));
        ProcessRunner.Result run = Kiln.execute(two, List.of(), dir, 30);
        assertTrue(run.stdout().startsWith("3:the,fox,dog | 4:over,lazy | 5:quick,brown,jumps\n"), run.stdout() + run.stderr());
    }

    @Test
    void codeGenerationReallyRunsInPartitions() throws IOException {
        Path exe = CSharpSources.compile(dir.resolve("src"), "Words.exe", PROGRAM);
        Kiln.Run r = kilnInSmallPartitions("compile", exe.toString(), "-o", dir.resolve("p").toString(), "--verbose",
                "--parallelism", "2", "--no-cache");
        assertEquals(0, r.exit(), r.err());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("split into (\\d+) partition\\(s\\) in \\d+ ms, optimized and emitted "
                + "on up to 2 thread\\(s\\)").matcher(r.err());
        assertTrue(m.find(), r.err());
        assertTrue(Integer.parseInt(m.group(1)) >= 3, "data and at least two partitions of code: " + r.err());
    }

    @Test
    void imagesAreIdenticalWhateverTheParallelism() throws IOException {
        Path exe = CSharpSources.compile(dir.resolve("src"), "Words.exe", PROGRAM);
        Path a = compile(exe, "a.kimg", "--image", "--parallelism", "1");
        Path b = compile(exe, "b.kimg", "--image", "--parallelism", "2");
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }
}
