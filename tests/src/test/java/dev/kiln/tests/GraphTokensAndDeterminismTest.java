package dev.kiln.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.tests.harness.Kiln;
import dev.kiln.tests.harness.ProcessRunner;
import dev.kiln.tests.harness.Programs;
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
                "-r:" + Kiln.run("corelib").out().strip(), "-out:" + dll, src.toString()), dir, 60);
        assertEquals(0, r.exitCode(), r.stdout() + r.stderr());
        return dll;
    }

    static final String PROG = String.join("\n",
            "class Prog { static void Main() { var c = new Cache<int>(); c.Put(Util.Twice(21));",
            "  System.Console.WriteLine(c.Get()); } }", "");

    /**
     * An image's references to assemblies outside it are Token nodes of the graph: a method of a generic type brings
     * the token of the type's definition, and every import the image's manifest lists is a symbol of one of them.
     */
    @Test
    void anImagesImportsAreTheGraphsTokensAndAGenericMethodBringsItsTypesDefinitionToken() throws IOException {
        Path lib = library();
        Path prog = dir.resolve("Prog.exe");
        ProcessRunner.Result mcs = ProcessRunner.run(List.of("mcs", "-nostdlib", "-r:" + Kiln.run("corelib").out().strip(),
                "-r:" + lib, "-out:" + prog, Files.writeString(dir.resolve("Prog.cs"), PROG).toString()), dir, 60);
        assertEquals(0, mcs.exitCode(), mcs.stdout() + mcs.stderr());
        Path map = dir.resolve("prog.map");
        Path image = dir.resolve("Prog.kimg");
        Kiln.Run r = Kiln.run("compile", "--image", prog.toString(), "-r", lib.toString(), "-o", image.toString(),
                "--map", map.toString(), "--map-format", "csv", "--dgml", dir.resolve("prog.dgml").toString());
        assertEquals(0, r.exit(), r.err());
        String text = Files.readString(map);
        assertTrue(text.contains("Token,token [Lib]0x06"), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("Token,token [Lib]0x02") && l.contains("generic definition Cache`1")), text);
        // the map keeps each node's first reason; the graph shows the method token's own edge to its type's definition
        String graph = Files.readString(dir.resolve("prog.dgml"));
        assertTrue(graph.lines().anyMatch(l -> l.contains("Source=\"token [Lib]0x06") && l.contains("Cache`1::Put")
                && l.contains("Target=\"token [Lib]0x02") && l.contains("Reason=\"owning generic type of Cache`1::Put")), graph);

        java.util.Set<String> tokens = new java.util.HashSet<>();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("^Token,\"?token \\[([^\\]]+)\\]0x([0-9a-f]{8})", java.util.regex.Pattern.MULTILINE)
                .matcher(text);
        while (token.find()) {
            tokens.add(token.group(1) + "." + token.group(2));
        }
        String manifest = Kiln.run("inspect", image.toString()).out();
        java.util.regex.Matcher imported = java.util.regex.Pattern.compile("^import kiln\\.[a-z]\\.(\\S+)\\.([0-9a-f]{8})(\\.async)? ",
                java.util.regex.Pattern.MULTILINE).matcher(manifest);
        int imports = 0;
        while (imported.find()) {
            imports++;
            assertTrue(tokens.contains(imported.group(1) + "." + imported.group(2)), "no Token node for " + imported.group() + "\n" + text);
        }
        assertTrue(imports >= 3, manifest); // Util.Twice, Console.WriteLine, and at least one more of the core library

        // an executable is one unit: nothing in it is named by token
        Path exeMap = dir.resolve("exe.map");
        Kiln.Run exe = Kiln.run("compile", prog.toString(), "-r", lib.toString(), "-o", dir.resolve("prog").toString(),
                "--map", exeMap.toString(), "--map-format", "csv");
        assertEquals(0, exe.exit(), exe.err());
        assertTrue(Files.readString(exeMap).lines().noneMatch(l -> l.startsWith("Token,")));
        assertEquals("42\n", Kiln.execute(dir.resolve("prog"), List.of(), dir, 30).stdout());
    }

    @Test
    void sameInputGivesIdenticalExecutableMapAndGraph() throws IOException {
        Path src = Programs.root(DifferentialTest.FOLDER).resolve("basics/ClassHierarchy.cs");
        byte[][] outputs = new byte[3][];
        String firstMap = null;
        String firstGraph = null;
        for (int i = 0; i < 2; i++) {
            Path exe = dir.resolve("run" + i);
            Path map = dir.resolve("run" + i + ".map");
            Path dgml = dir.resolve("run" + i + ".dgml");
            Kiln.Run r = Kiln.run("build", src.toString(), "-o", exe.toString(), "--map", map.toString(),
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
