package dev.kiln.tests;

import dev.kiln.tests.harness.Kiln;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache of compiled partitions: a second build of the same program takes every partition from the cache and
 * writes the same executable, and --no-cache neither reads nor writes it. Each test uses a cache directory of its
 * own (the kiln.cache.dir property, which Kiln reads before $KILN_CACHE_DIR); the program is split into partitions
 * of 10,000 instructions, as in DeterminismTest.
 */
class PartitionCacheTest {
    private static final Pattern FROM_CACHE = Pattern.compile("kiln: (\\d+) of (\\d+) partitions from cache");

    @TempDir
    Path dir;

    private Kiln.Run compile(Path cache, Path exe, String output, String... extra) {
        String previous = System.getProperty("kiln.cache.dir");
        System.setProperty("kiln.cache.dir", cache.toString());
        try {
            List<String> args = new java.util.ArrayList<>(List.of("compile", exe.toString(), "-o", dir.resolve(output).toString(),
                    "--verbose", "--parallelism", "2"));
            args.addAll(List.of(extra));
            Kiln.Run r = DeterminismTest.kilnInSmallPartitions(args.toArray(new String[0]));
            assertEquals(0, r.exit(), r.err());
            return r;
        } finally {
            if (previous == null) {
                System.clearProperty("kiln.cache.dir");
            } else {
                System.setProperty("kiln.cache.dir", previous);
            }
        }
    }

    /** {partitions from cache, partitions} as --verbose reports them. */
    private static int[] hits(Kiln.Run r) {
        Matcher m = FROM_CACHE.matcher(r.err());
        assertTrue(m.find(), r.err());
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    private static long entries(Path cache) throws IOException {
        if (!Files.isDirectory(cache)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(cache)) {
            return files.filter(f -> f.toString().endsWith(".o")).count();
        }
    }

    @Test
    void secondBuildTakesEveryPartitionFromTheCacheAndWritesTheSameExecutable() throws IOException {
        Path exe = CSharpSources.compile(dir.resolve("src"), "Words.exe", DeterminismTest.PROGRAM);
        Path cache = dir.resolve("cache");
        int[] cold = hits(compile(cache, exe, "cold"));
        assertEquals(0, cold[0], "a fresh cache holds nothing");
        assertTrue(cold[1] >= 3, "the program is split into partitions");
        assertEquals(cold[1], entries(cache), "every compiled partition is stored");
        int[] warm = hits(compile(cache, exe, "warm"));
        assertEquals(cold[1], warm[0], "every partition comes from the cache the second time");
        assertArrayEquals(Files.readAllBytes(dir.resolve("cold")), Files.readAllBytes(dir.resolve("warm")),
                "an executable linked from cached partitions is the one compiled ones give");
        dev.kiln.tests.harness.ProcessRunner.Result run = Kiln.execute(dir.resolve("warm"), List.of(), dir);
        assertTrue(run.stdout().startsWith("3:the,fox,dog | 4:over,lazy | 5:quick,brown,jumps\n"), run.stdout() + run.stderr());
    }

    @Test
    void noCacheNeitherReadsNorWritesTheCache() throws IOException {
        Path exe = CSharpSources.compile(dir.resolve("src"), "Words.exe", DeterminismTest.PROGRAM);
        Path cache = dir.resolve("cache");
        Kiln.Run off = compile(cache, exe, "off", "--no-cache");
        assertTrue(off.err().contains("partition cache off (--no-cache)"), off.err());
        assertEquals(0, entries(cache), "--no-cache stores nothing");
        compile(cache, exe, "on");
        long stored = entries(cache);
        assertTrue(stored > 0, "a build with the cache stores its partitions");
        Kiln.Run again = compile(cache, exe, "again", "--no-cache");
        assertTrue(again.err().contains("partition cache off (--no-cache)"), again.err());
        assertEquals(stored, entries(cache));
        assertArrayEquals(Files.readAllBytes(dir.resolve("on")), Files.readAllBytes(dir.resolve("again")));
    }
}
