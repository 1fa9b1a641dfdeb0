package dev.kiln.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphTokensAndDeterminismTest {
    @TempDir
    Path dir;

    private Path library() throws IOException {
        Path src = Files.writeString(dir.resolve("Lib.cs"), String.join("\n",
                "public class Cache<T> { T last; public void Put(T v) { last = v; } public T Get() { return last; } }",
                "public static class Util { public static int Twice(int x) { return 2 * x; } }", ""));
        Path dll = dir.resolve("Lib.dll");
        ProcessRunner.Result r = ProcessRunner.run(List.of("mcs", "-nostdlib", "-target:library",
                "-r:" + CliErrorsTest.kiln("corelib").out().strip(), "-out:" + dll, src.toString()), dir, 60);
        assertEquals(0, r.exitCode(), r.stdout() + r.stderr());
        return dll;
    }

    @Test
    void methodOfAGenericTypeInAnotherModuleBringsTheTypeDefinitionToken() throws IOException {
        Path lib = library();
        Path prog = Files.writeString(dir.resolve("Prog.cs"), String.join("\n",
                "class Prog { static void Main() { var c = new Cache<int>(); c.Put(Util.Twice(21));",
                "  System.Console.WriteLine(c.Get()); } }", ""));
        Path map = dir.resolve("prog.map");
        CliErrorsTest.Run r = CliErrorsTest.kiln("build", prog.toString(), "-r", lib.toString(), "-o",
                dir.resolve("prog").toString(), "--map", map.toString(), "--map-format", "csv");
        assertEquals(0, r.exit(), r.err());
        String text = Files.readString(map);
        assertTrue(text.contains("Token,token [Lib]0x06"), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("Token,token [Lib]0x02") && l.contains("Cache`1")
                && l.contains("owning generic type of Cache`1::")), text);
        ProcessRunner.Result run = ProcessRunner.run(List.of(dir.resolve("prog").toString()), dir, 30);
        assertEquals("42\n", run.stdout());
    }

    @Test
    void sameInputGivesIdenticalExecutableMapAndGraph() throws IOException {
        Path src = DifferentialTest.ROOT.resolve("basics/ClassHierarchy.cs");
        byte[][] outputs = new byte[3][];
        String firstMap = null;
        String firstGraph = null;
        for (int i = 0; i < 2; i++) {
            Path exe = dir.resolve("run" + i);
            Path map = dir.resolve("run" + i + ".map");
            Path dgml = dir.resolve("run" + i + ".dgml");
            CliErrorsTest.Run r = CliErrorsTest.kiln("build", src.toString(), "-o", exe.toString(), "--map", map.toString(),
                    "--dgml", dgml.toString());
            assertEquals(0, r.exit(), r.err());
            outputs[i] = Files.readAllBytes(exe);
            if (i == 0) {
                firstMap = Files.readString(map);
                firstGraph = Files.readString(dgml);
            } else {
                assertEquals(firstMap, Files.readString(map));
                assertEquals(firstGraph, Files.readString(dgml));
            }
        }
        assertArrayEquals(outputs[0], outputs[1], "executables differ between two identical builds");
    }
}
