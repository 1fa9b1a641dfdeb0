package dev.kiln.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.kiln.tests.harness.StackTraceRuns.at;

import dev.kiln.tests.harness.Kiln;
import dev.kiln.tests.harness.ProcessRunner;
import dev.kiln.tests.harness.StackTraceRuns;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Source lines in stack traces (issue 21): `kiln build` compiles with mcs -debug, the compile reads App.exe.mdb and
 * emits DWARF, and the runtime prints .NET's " in FILE:line N" for each frame the line table knows, after .NET's name
 * of the frame's method (kiln.tracenames). The expected text is .NET's format (Mono prints "Ns.Outer+Inner.M
 * (System.Int32 x) [0x0001e] in FILE:7" instead). Methods the optimizer inlined have no frame, as
 * in .NET, and the frame of their caller shows the line of the call.
 */
class StackTraceLinesTest {
    @TempDir
    Path dir;

    // line numbers matter: the expectations below name them
    static final String PROGRAM = String.join("\n",
            "using System;",                                                         // 1
            "using System.Runtime.CompilerServices;",                                // 2
            "class Traces {",                                                        // 3
            "  [MethodImpl(MethodImplOptions.NoInlining)]",                          // 4
            "  static void Thrower(int x) {",                                        // 5
            "    if (x > 0)",                                                        // 6
            "      throw new InvalidOperationException(\"boom \" + x);",             // 7
            "  }",                                                                   // 8
            "  [MethodImpl(MethodImplOptions.NoInlining)]",                          // 9
            "  static int Middle(int y) {",                                          // 10
            "    Thrower(y);",                                                       // 11
            "    return y + 1;",                                                     // 12
            "  }",                                                                   // 13
            "  // inlined into Main: no frame of its own, Main's frame shows the call", // 14
            "  static T Generic<T>(T v) {",                                          // 15
            "    Middle(3);",                                                        // 16
            "    return v;",                                                         // 17
            "  }",                                                                   // 18
            "  static void Main(string[] args) {",                                   // 19
            "    if (args.Length > 0 && args[0] == \"lambda\") {",                   // 20
            "      Func<int, int> f = z => Middle(z) * 2;",                           // 21
            "      f(2);",                                                           // 22
            "    }",                                                                 // 23
            "    if (args.Length > 0 && args[0] == \"caught\") {",                   // 24
            "      try { Middle(1); } catch (Exception e) { Console.WriteLine(e.StackTrace); }", // 25
            "      return;",                                                         // 26
            "    }",                                                                 // 27
            "    if (args.Length > 0 && args[0] == \"generic\") Nested<long>.Pick<string>(args, 5L, ref args[0]);", // 28
            "    Generic<string>(\"s\"); Console.WriteLine(\"not reached\");",       // 29 (no tail call)
            "  }",                                                                   // 30
            "  class Nested<K> {",                                                   // 31
            "    [MethodImpl(MethodImplOptions.NoInlining)]",                        // 32
            "    internal static V Pick<V>(V[] items, K key, ref V first) {",        // 33
            "      Middle(items.Length + 4);",                                       // 34
            "      return first;",                                                   // 35
            "    }",                                                                 // 36
            "  }",                                                                   // 37
            "}", "");

    private StackTraceRuns runs() {
        return new StackTraceRuns(dir);
    }

    /**
     * .NET's frames: the declaring type's full name with '.' for nested types, generic methods with their type
     * parameters in brackets, parameters as type short name and name (`V[]`, `K`, `V&`), the typical definition of a
     * generic method or type (`Nested`1.Pick[V]`), a lambda as the method mcs made for it (`<Main>m__0`; Roslyn would
     * name it `<>c.<Main>b__0_0`), which keeps its frame as under .NET's JIT.
     */
    @Test
    void unhandledExceptionsShowFilesAndLines() {
        StackTraceRuns runs = runs();
        Path exe = runs.build("Traces", PROGRAM);
        Path f = dir.resolve("Traces.cs");
        assertEquals("Unhandled exception. System.InvalidOperationException: boom 3\n"
                + at("Traces.Thrower(Int32 x)", f, 7)
                + at("Traces.Middle(Int32 y)", f, 11)
                + at("Traces.Main(String[] args)", f, 29), runs.unhandled(exe));

        assertEquals("Unhandled exception. System.InvalidOperationException: boom 2\n"
                + at("Traces.Thrower(Int32 x)", f, 7)
                + at("Traces.Middle(Int32 y)", f, 11)
                + at("Traces.<Main>m__0(Int32 z)", f, 21)
                + at("Traces.Main(String[] args)", f, 22), runs.unhandled(exe, "lambda"));

        assertEquals("Unhandled exception. System.InvalidOperationException: boom 5\n"
                + at("Traces.Thrower(Int32 x)", f, 7)
                + at("Traces.Middle(Int32 y)", f, 11)
                + at("Traces.Nested`1.Pick[V](V[] items, K key, V& first)", f, 34)
                + at("Traces.Main(String[] args)", f, 28), runs.unhandled(exe, "generic"));

        ProcessRunner.Result caught = runs.run(exe, "caught");
        assertEquals(0, caught.exitCode(), caught.stderr());
        assertEquals(at("Traces.Thrower(Int32 x)", f, 7)
                + at("Traces.Middle(Int32 y)", f, 11)
                + at("Traces.Main(String[] args)", f, 25), caught.stdout());
    }

    /**
     * An iterator's MoveNext is shown as its method with `+MoveNext()` when [IteratorStateMachine] names its type
     * (Roslyn writes it; mcs does not, so the type here is written by hand), [StackTraceHidden] leaves a frame out,
     * and Environment.StackTrace starts at its own getter, as .NET's.
     */
    @Test
    void iteratorsHiddenFramesAndEnvironmentStackTrace() {
        StackTraceRuns runs = runs();
        Path exe = runs.build("Iter", String.join("\n",
                "using System; using System.Collections; using System.Diagnostics; using System.Runtime.CompilerServices;", // 1
                "class Program {",                                                                              // 2
                "  [CompilerGenerated] sealed class Numbers : IEnumerator {",                                   // 3
                "    int n;",                                                                                   // 4
                "    public Numbers(int n) { this.n = n; }",                                                    // 5
                "    public object Current { get { return n; } }",                                             // 6
                "    [MethodImpl(MethodImplOptions.NoInlining)]",                                               // 7
                "    public bool MoveNext() { if (n > 1) throw new InvalidOperationException(\"iter\"); n++; return true; }", // 8
                "    public void Reset() { }",                                                                  // 9
                "  }",                                                                                          // 10
                "  [IteratorStateMachine(typeof(Numbers))]",                                                    // 11
                "  static IEnumerator Count(int start) { return new Numbers(start); }",                          // 12
                "  [StackTraceHidden, MethodImpl(MethodImplOptions.NoInlining)]",                               // 13
                "  static void Hidden(IEnumerator e) { e.MoveNext(); }",                                        // 14
                "  static void Main() {",                                                                       // 15
                "    Console.Write(Environment.StackTrace);",                                                   // 16
                "    Hidden(Count(2));",                                                                        // 17
                "  }",
                "}", ""));
        Path f = dir.resolve("Iter.cs");
        ProcessRunner.Result r = runs.run(exe);
        assertEquals(134, r.exitCode(), r.stderr());
        assertEquals(at("System.Environment.get_StackTrace()") + "   at Program.Main() in " + f + ":line 16", r.stdout());
        assertEquals("Unhandled exception. System.InvalidOperationException: iter\n"
                + at("Program.Count(Int32 start)+MoveNext()", f, 8)
                + at("Program.Main()", f, 17), r.stderr());
    }

    /** Two throws the optimizer could make one call of (then of line 0): each keeps its own line. */
    @Test
    void eachThrowKeepsItsLine() {
        StackTraceRuns runs = runs();
        Path exe = runs.build("Throws", String.join("\n",
                "class Throws {",                                                  // 1
                "  static void Main(string[] args) {",                             // 2
                "    if (args.Length > 0) throw new System.Exception(\"a\");",     // 3
                "    throw new System.Exception(\"b\");",                          // 4
                "  }",
                "}", ""));
        Path f = dir.resolve("Throws.cs");
        assertEquals("Unhandled exception. System.Exception: a\n" + at("Throws.Main(String[] args)", f, 3), runs.unhandled(exe, "1"));
        assertEquals("Unhandled exception. System.Exception: b\n" + at("Throws.Main(String[] args)", f, 4), runs.unhandled(exe));
    }

    @Test
    void withoutDebugInformationTracesHaveNoLines() {
        StackTraceRuns runs = runs();
        Path exe = runs.build("Traces", PROGRAM, "-g0");
        assertEquals("Unhandled exception. System.InvalidOperationException: boom 3\n"
                + at("Traces.Thrower(Int32 x)")
                + at("Traces.Middle(Int32 y)")
                + at("Traces.Main(String[] args)"), runs.unhandled(exe));
        // without debug information the optimizer may inline the lambda through the delegate call
        assertTrue(runs.unhandled(exe, "lambda").endsWith(at("Traces.Main(String[] args)")));
    }

    /** gdb (when installed) breaks at a source line, shows a parameter, and names the managed frames with their lines. */
    @Test
    void gdbBreaksAtASourceLine() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/gdb")), "gdb is not installed");
        Path exe = runs().build("Traces", PROGRAM);
        ProcessRunner.Result gdb = ProcessRunner.run(List.of("gdb", "-batch", "-nx", "-ex", "break Traces.cs:11", "-ex", "run",
                "-ex", "print y", "-ex", "bt", exe.toString()), dir, 120);
        String out = gdb.stdout();
        assertTrue(out.contains("Breakpoint 1, Traces::Middle(System.Int32) (y=3) at " + dir.resolve("Traces.cs") + ":11"), out);
        assertTrue(out.contains("$1 = 3"), out);
        // gdb shows the inlined Generic<string> as a frame of its own (DWARF's inlined subroutines), then Main
        assertTrue(out.contains("Traces::Generic<System.String>(System.String) (v=") && out.contains("Traces.cs:16"), out);
        assertTrue(out.contains("Traces::Main(System.String[]) (args=") && out.contains("Traces.cs:29"), out);
    }

    /**
     * A portable PDB next to the assembly (as Roslyn writes it; written here by a fixture, Roslyn is not installed)
     * gives the lines of its sequence points; one naming another build is a warning.
     */
    @Test
    void portablePdbSymbols() throws IOException {
        Path src = Files.writeString(dir.resolve("P.cs"), String.join("\n",
                "class P {",
                "  static void Main() {",
                "    Thrower(1);",
                "    System.Console.WriteLine(\"no\");",
                "  }",
                "  [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]",
                "  static void Thrower(int x) { if (x > 0) throw new System.Exception(\"pdb\"); }",
                "}", ""));
        Path assembly = dir.resolve("P.exe");
        assertEquals(0, dev.kiln.tests.harness.Mcs.compile(dir, List.of(), assembly, List.of(), src).exitCode());
        var metadata = dev.kiln.typesystem.metadata.MetadataFile.open(assembly);
        java.util.UUID mvid = metadata.guid(metadata.module().mvidIndex());
        byte[] id = java.nio.ByteBuffer.allocate(20).putLong(mvid.getMostSignificantBits()).putLong(mvid.getLeastSignificantBits())
                .putInt(0x12345678).array();
        // mcs's MethodDefs: .ctor (1), Main (2), Thrower (3); Main's IL: ldc.i4.1 @0, call @1, ldstr @6, call @11, ret @16
        Files.write(dir.resolve("P.pdb"), new dev.kiln.tests.harness.PortablePdbFixture(id, 3, "/src/app/P.cs")
                .method(2, new int[][] {{0, 3}, {6, 4}, {16, 5}}, null)
                .method(3, new int[][] {{0, 7}}, "unused")
                .bytes());
        Path exe = dir.resolve("p");
        Kiln.Run build = Kiln.run("compile", assembly.toString(), "-o", exe.toString());
        assertEquals(0, build.exit(), build.err());
        assertEquals("Unhandled exception. System.Exception: pdb\n"
                + at("P.Thrower(Int32 x)", Path.of("/src/app/P.cs"), 7)
                + at("P.Main()", Path.of("/src/app/P.cs"), 3), runs().unhandled(exe));

        id[0] ^= 1;
        Files.write(dir.resolve("P.pdb"), new dev.kiln.tests.harness.PortablePdbFixture(id, 3, "/src/app/P.cs")
                .method(2, new int[][] {{0, 3}}, null).bytes());
        Kiln.Run stale = Kiln.run("compile", assembly.toString(), "-o", exe.toString(), "-g");
        assertEquals(0, stale.exit(), stale.err());
        assertTrue(stale.err().contains("P.pdb: symbols of another build of the assembly (PDB id mismatch)"), stale.err());
    }

    /** A stale symbol file (of another build of the assembly) is one warning and a build without lines. */
    @Test
    void staleOrCorruptSymbolsWarnAndBuildWithoutLines() throws IOException {
        Path src = Files.writeString(dir.resolve("Traces.cs"), PROGRAM);
        Path other = Files.writeString(dir.resolve("Other.cs"), PROGRAM.replace("boom", "bang"));
        Path assembly = dir.resolve("Traces.exe");
        assertEquals(0, dev.kiln.tests.harness.Mcs.compile(dir, List.of("-debug"), assembly, List.of(), src).exitCode());
        Path otherAssembly = dir.resolve("Other.exe");
        assertEquals(0, dev.kiln.tests.harness.Mcs.compile(dir, List.of("-debug"), otherAssembly, List.of(), other).exitCode());
        Files.copy(dir.resolve("Other.exe.mdb"), dir.resolve("Traces.exe.mdb"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path exe = dir.resolve("stale");
        Kiln.Run stale = Kiln.run("compile", assembly.toString(), "-o", exe.toString(), "-g");
        assertEquals(0, stale.exit(), stale.err());
        assertTrue(stale.err().contains("Traces.exe.mdb: symbols of another build of the assembly (MVID mismatch)"), stale.err());
        assertTrue(runs().unhandled(exe).contains(at("Traces.Thrower(Int32 x)")), runs().unhandled(exe));

        Files.write(dir.resolve("Traces.exe.mdb"), java.util.Arrays.copyOf(Files.readAllBytes(dir.resolve("Other.exe.mdb")), 40));
        Kiln.Run corrupt = Kiln.run("compile", assembly.toString(), "-o", exe.toString());
        assertEquals(0, corrupt.exit(), corrupt.err());
        assertTrue(corrupt.err().contains("Traces.exe.mdb"), corrupt.err());
    }
}
