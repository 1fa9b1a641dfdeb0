package dev.kiln.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.tests.harness.Kiln;
import dev.kiln.tests.harness.ProcessRunner;
import dev.kiln.tests.il.AsyncIl;
import dev.kiln.ilasm.IlAssembler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What runtime async adds to the output, as --map and `kiln why` show it: a runtime-async loop awaits a chain of
 * ordinary wrappers Wrap3 → Wrap2 → Wrap1 → Leaf (runtime-async). With async versions the wrappers become
 * AsyncVersion nodes and nothing task-returning is compiled for them; without, the loop awaits Wrap3 through an
 * AsyncThunk over the ordinary bodies. A task-returning method that nothing awaits gets no variant in either mode.
 */
class AsyncMapTest {
    static final String PROGRAM = String.join("\n",
            ".assembly extern System.Private.CoreLib {}",
            ".assembly Chain {}",
            ".class public auto ansi beforefieldinit Program extends $corlib System.Object",
            "{",
            "  .method public static $TaskOf<int32> Leaf(int32 i) cil managed async",
            "  { ldarg.0 ldc.i4.1 add ret }",
            "  .method public static $TaskOf<int32> Wrap1(int32 i) cil managed",
            "  { ldarg.0 call $TaskOf<int32> Program::Leaf(int32) ret }",
            "  .method public static $TaskOf<int32> Wrap2(int32 i) cil managed",
            "  { ldarg.0 call $TaskOf<int32> Program::Wrap1(int32) ret }",
            "  .method public static $TaskOf<int32> Wrap3(int32 i) cil managed",
            "  { ldarg.0 call $TaskOf<int32> Program::Wrap2(int32) ret }",
            "  .method public static $TaskOf<int32> Unawaited(int32 i) cil managed",
            "  { ldarg.0 call $TaskOf<!!0> $corlib System.Threading.Tasks.Task::FromResult<int32>(!!0) ret }",
            "  .method public static $TaskOf<int32> Loop(int32 n) cil managed async",
            "  {",
            "    .locals init (int32 i, int32 sum)",
            "    br.s TEST",
            "  BODY:",
            "    ldloc.1 ldloc.0 call $TaskOf<int32> Program::Wrap3(int32) call $AwaitOf<int32>($TaskOf<!!0>) add stloc.1",
            "    ldloc.0 ldc.i4.1 add stloc.0",
            "  TEST:",
            "    ldloc.0 ldarg.0 blt.s BODY",
            "    ldloc.1 ret",
            "  }",
            "  .method public static void Main() cil managed",
            "  {",
            "    .entrypoint",
            "    ldc.i4.s 10 call $TaskOf<int32> Program::Loop(int32)",
            "    callvirt instance !0 class $corlib System.Threading.Tasks.Task`1<int32>::get_Result()",
            "    call void $Console::WriteLine(int32)",
            "    ldc.i4.3 call $TaskOf<int32> Program::Unawaited(int32)",
            "    callvirt instance !0 class $corlib System.Threading.Tasks.Task`1<int32>::get_Result()",
            "    call void $Console::WriteLine(int32)",
            "    ret",
            "  }",
            "}",
            "");

    @TempDir
    static Path dir;
    static Path exe;

    @BeforeAll
    static void assemble() throws IOException {
        exe = IlAssembler.assemble(AsyncIl.expand(PROGRAM), dir, "Chain", true).file();
    }

    /** Compiles in a mode, checks the program still prints 55 (1 + ... + 10) and 3, and returns the map's rows: name → kind. */
    static Map<String, Set<String>> compile(String mode, Path dgml) throws IOException {
        Path map = dir.resolve("chain-" + mode + ".csv");
        Path out = dir.resolve("chain-" + mode);
        Kiln.Run r = Kiln.run("compile", exe.toString(), "-o", out.toString(), "--async-versions=" + mode,
                "--map", map.toString(), "--map-format", "csv", "--dgml", dgml.toString());
        assertEquals(0, r.exit(), r.err());
        ProcessRunner.Result run = Kiln.execute(out, List.of(), dir, 30);
        assertEquals("55\n3\n", run.stdout(), run.stderr());
        Map<String, Set<String>> kinds = new TreeMap<>();
        for (String line : Files.readAllLines(map).subList(1, Files.readAllLines(map).size())) {
            String[] cols = line.split(",", 3);
            String name = cols[1].replace("\"", "");
            if (name.startsWith("Program::")) {
                kinds.computeIfAbsent(name.replaceFirst(" \\[.*\\]$", ""), k -> new TreeSet<>()).add(cols[0]);
            }
        }
        return kinds;
    }

    @Test
    void awaitingWrappersWithVersionsCompilesOnlyTheirAsyncVersions() throws IOException {
        Map<String, Set<String>> kinds = compile("on", dir.resolve("on.dgml"));
        for (String wrapper : List.of("Wrap1", "Wrap2", "Wrap3")) {
            assertEquals(Set.of("AsyncVersion"), kinds.get("Program::" + wrapper + "(System.Int32)"), kinds.toString());
        }
        assertEquals(Set.of("AsyncVariant"), kinds.get("Program::Leaf(System.Int32)"), kinds.toString());
        assertEquals(Set.of("AsyncVariant", "TaskReturningThunk"), kinds.get("Program::Loop(System.Int32)"), kinds.toString());
        assertEquals(Set.of("MethodBody"), kinds.get("Program::Unawaited(System.Int32)"), kinds.toString());
    }

    @Test
    void awaitingWrappersWithoutVersionsGoesThroughAThunkOverTheirBodies() throws IOException {
        Map<String, Set<String>> kinds = compile("off", dir.resolve("off.dgml"));
        assertEquals(Set.of("AsyncThunk", "MethodBody"), kinds.get("Program::Wrap3(System.Int32)"), kinds.toString());
        assertEquals(Set.of("MethodBody"), kinds.get("Program::Wrap2(System.Int32)"), kinds.toString());
        assertEquals(Set.of("MethodBody"), kinds.get("Program::Wrap1(System.Int32)"), kinds.toString());
        assertEquals(Set.of("AsyncVariant", "TaskReturningThunk"), kinds.get("Program::Leaf(System.Int32)"), kinds.toString());
        assertEquals(Set.of("MethodBody"), kinds.get("Program::Unawaited(System.Int32)"), kinds.toString());
    }

    @Test
    void whyExplainsAnAsyncVersionByTheAwaitsThatReachIt() throws IOException {
        Path dgml = dir.resolve("why.dgml");
        compile("on", dgml);
        Kiln.Run r = Kiln.run("why", dgml.toString(), "Program::Wrap1(System.Int32) [async version]");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("await in Program::Wrap2(System.Int32)"), r.out());
        assertTrue(r.out().contains("await in Program::Loop(System.Int32)"), r.out());
        assertTrue(r.out().contains("Program::Main()    <- entry point"), r.out());
        Kiln.Run loose = Kiln.run("why", dgml.toString(), "Program.Loop");
        assertEquals(1, loose.exit());
        assertTrue(loose.err().contains("[async variant]") && loose.err().contains("[task-returning thunk]"), loose.err());
    }
}
