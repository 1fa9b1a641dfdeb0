package dev.kiln.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kiln.ilasm.IlAssembler;
import dev.kiln.tests.harness.Kiln;
import dev.kiln.tests.harness.Mcs;
import dev.kiln.tests.harness.ProcessRunner;
import dev.kiln.tests.il.AsyncIl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Native tools on Kiln's DWARF (issue 21, "Tools"): gdb prints structs, objects, strings and arrays and breaks in
 * both forms of a task-returning method; addr2line and perf name C# methods and lines; each source document is a
 * compile unit; llvm-dwarfdump --verify finds no errors; --strip leaves no debug sections. A tool that is not
 * installed skips its test (Debian: gdb, binutils, linux-perf, llvm).
 */
class NativeToolsTest {
    @TempDir
    Path dir;

    private static void assumeTool(String path) {
        assumeTrue(Files.isExecutable(Path.of(path)), path + " is not installed");
    }

    private Path build(List<String> sources, String... options) throws IOException {
        Path exe = dir.resolve("app");
        List<String> args = new ArrayList<>(List.of("build"));
        sources.forEach(s -> args.add(dir.resolve(s).toString()));
        args.addAll(List.of("-o", exe.toString()));
        args.addAll(List.of(options));
        Kiln.Run build = Kiln.run(args);
        assertEquals(0, build.exit(), build.err());
        return exe;
    }

    private ProcessRunner.Result tool(String... command) {
        ProcessRunner.Result r = ProcessRunner.run(List.of(command), dir, 180);
        assertEquals(0, r.exitCode(), () -> String.join(" ", command) + ":\n" + r.stdout() + r.stderr());
        return r;
    }

    // line numbers matter: the expectations below name them
    static final String STRUCTS = String.join("\n",
            "using System.Runtime.CompilerServices;",                                  // 1
            "struct Point { public int X; public int Y; }",                            // 2
            "struct Segment { public Point From; public Point To; public Node Owner; }", // 3
            "class Node { public int Value; public Node Next; public string Name; }",  // 4
            "class Leaf : Node { public double Weight; }",                             // 5
            "class Program {",                                                         // 6
            "  [MethodImpl(MethodImplOptions.NoInlining)]",                            // 7
            "  static int Use(Segment s, Node n, string text, int[] numbers) {",       // 8
            "    Point p = s.To;",                                                     // 9
            "    int total = p.X + s.From.Y + n.Value + text.Length + numbers[1];",    // 10
            "    return total;",                                                       // 11
            "  }",                                                                     // 12
            "  static int Main() {",                                                   // 13
            "    var leaf = new Leaf { Value = 7, Name = \"leaf\", Weight = 2.5 };",   // 14
            "    var head = new Node { Value = 3, Next = leaf, Name = \"head\" };",    // 15
            "    var seg = new Segment { From = new Point { X = 1, Y = 2 }, To = new Point { X = 10, Y = 20 }, Owner = head };",
            "    return Use(seg, head, \"hello\", new[] { 5, 6, 7 }) == 26 ? 0 : 1;", // 17
            "  }",                                                                     // 18
            "}", "");

    /**
     * Structs are structures with their fields (nested structs inline, references as pointers to the class's
     * structure); a class reference points to the object's structure (the base class inherited, the type
     * descriptor first); a string has its length and UTF-16 chars; an array its length and elements. At -O0, where
     * every variable lives in its stack slot (optimized code splits struct variables into registers, and gdb 13
     * shows the pieces it lacks as `<synthetic pointer>`).
     */
    @Test
    void gdbPrintsStructsObjectsStringsAndArrays() throws IOException {
        assumeTool("/usr/bin/gdb");
        Files.writeString(dir.resolve("Structs.cs"), STRUCTS);
        Path exe = build(List.of("Structs.cs"), "-O0");
        String out = tool("gdb", "-batch", "-nx", "-ex", "break Structs.cs:11", "-ex", "run",
                "-ex", "print s", "-ex", "print p", "-ex", "print *n", "-ex", "print n->Next->Value",
                "-ex", "print *n->Next->Name->_firstChar@n->Next->Name->_stringLength", "-ex", "print text->_stringLength",
                "-ex", "print *numbers->elements@numbers->length", "-ex", "print s.Owner->Name->_firstChar[0]",
                "-ex", "ptype n", exe.toString()).stdout();
        assertTrue(out.matches("(?s).*\\$1 = \\{From = \\{X = 1, Y = 2}, To = \\{X = 10, Y = 20}, Owner = 0x[0-9a-f]+}.*"), out);
        assertTrue(out.contains("$2 = {X = 10, Y = 20}"), out);
        assertTrue(out.matches("(?s).*\\$3 = \\{<System.Object> = \\{__type_descriptor = 0x[0-9a-f]+ <kiln_type_Node>}, Value = 3, "
                + "Next = 0x[0-9a-f]+, Name = 0x[0-9a-f]+}.*"), out);
        assertTrue(out.contains("$4 = 7"), out);
        assertTrue(out.contains("$5 = u\"leaf\""), out);
        assertTrue(out.contains("$6 = 5"), out);
        assertTrue(out.contains("$7 = {5, 6, 7}"), out);
        assertTrue(out.contains("$8 = 104 u'h'"), out);
        assertTrue(out.contains("type = struct Node : public System.Object {\n    int Value;\n    struct Node *Next;\n"
                + "    struct System.String *Name;\n} *"), out);
    }

    static final String CLASSIC = String.join("\n",
            "using System.Runtime.CompilerServices;",                                  // 1
            "using System.Threading.Tasks;",                                           // 2
            "public static class Classic {",                                           // 3
            "  public static async Task<int> Leaf(int x) {",                           // 4
            "    await Task.Yield();",                                                 // 5
            "    return x * 2;",                                                       // 6
            "  }",                                                                     // 7
            "  public static Task<int> Wrapper(int x) {",                              // 8
            "    int shifted = x + 1;",                                                // 9
            "    return Leaf(shifted);",                                               // 10
            "  }",                                                                     // 11
            "}", "");

    static final String RUNTIME_ASYNC = String.join("\n",
            ".assembly extern System.Private.CoreLib {}",
            ".assembly extern Classic {}",
            ".assembly Async {}",
            ".class public abstract sealed auto ansi beforefieldinit RtAsync extends $corlib System.Object",
            "{",
            "  .method public static $TaskOf<int32> Run(int32 x) cil managed async",
            "  {",
            "    ldarg.0",
            "    call $TaskOf<int32> [Classic]Classic::Wrapper(int32)",
            "    call $AwaitOf<int32>($TaskOf<!!0>)",
            "    ldc.i4.1",
            "    add",
            "    ret",
            "  }",
            "}", "");

    /**
     * The proof: a breakpoint on a line of an ordinary task-returning wrapper stops in its async version
     * (awaited by runtime-async code) and in its task-returning form (called by Main), each showing its local. At
     * -O0: optimized, the async version is inlined into its runtime-async caller, an ILAsm method without symbols,
     * whose code carries no lines.
     */
    @Test
    void gdbBreaksInTheAsyncVersionAndTheTaskReturningFormOfAWrapper() throws IOException {
        assumeTool("/usr/bin/gdb");
        Path classic = Files.writeString(dir.resolve("Classic.cs"), CLASSIC);
        List<String> core = new ArrayList<>(Mcs.kilnCoreLibrary());
        core.add("-debug");
        assertEquals(0, Mcs.compile(dir, core, dir.resolve("Classic.dll"), List.of(), classic).exitCode());
        Path il = Files.createDirectories(dir.resolve("il"));
        IlAssembler.assemble(AsyncIl.expand(RUNTIME_ASYNC), il, "Async", false);
        Files.copy(il.resolve("Async.dll"), dir.resolve("Async.dll"));
        Path program = Files.writeString(dir.resolve("Program.cs"), String.join("\n",
                "class Program {",
                "  static void Main() {",
                "    System.Console.WriteLine(RtAsync.Run(1).Result);",
                "    System.Console.WriteLine(Classic.Wrapper(5).Result);",
                "  }",
                "}", ""));
        assertEquals(0, Mcs.compile(dir, core, dir.resolve("Program.exe"), List.of(dir.resolve("Async.dll"), dir.resolve("Classic.dll")),
                program).exitCode());
        Path exe = dir.resolve("program");
        Kiln.Run compile = Kiln.run("compile", dir.resolve("Program.exe").toString(), "-o", exe.toString(), "-O0", "--async-versions=on");
        assertEquals(0, compile.exit(), compile.err());
        String out = tool("gdb", "-batch", "-nx", "-ex", "break Classic.cs:10", "-ex", "run", "-ex", "print shifted", "-ex", "bt 2",
                "-ex", "continue", "-ex", "print shifted", "-ex", "bt 2", exe.toString()).stdout();
        assertTrue(out.contains("(2 locations)"), out);
        // mcs names the documents as it was given them (here relative to its working directory)
        java.util.regex.Matcher async = java.util.regex.Pattern.compile(
                "\\[async] Classic::Wrapper\\(System\\.Int32\\) \\(x=1\\) at (\\S*/)?Classic\\.cs:10\n").matcher(out);
        assertTrue(async.find(), out);
        assertTrue(java.util.regex.Pattern.compile("\\n(Thread 1 \"program\" hit )?Breakpoint 1\\.\\d, Classic::Wrapper\\(System\\.Int32\\) "
                + "\\(x=5\\) at (\\S*/)?Classic\\.cs:10\n").matcher(out).find(async.end()), out);
        assertTrue(out.contains("$1 = 2") && out.contains("$2 = 6"), out);
        assertTrue(out.contains("in [async] RtAsync::Run(System.Int32) ()"), out);
        assertTrue(out.matches("(?s).* in Program::Main\\(\\) \\(\\) at (\\S*/)?Program\\.cs:4\n.*"), out);
    }

    static final String APP = String.join("\n",
            "class App {",
            "  static int Main(string[] args) {",
            "    long n = args.Length > 0 ? long.Parse(args[0]) : 1000;",
            "    System.Console.WriteLine(Hot.Spin(n));",
            "    return 0;",
            "  }",
            "}", "");

    static final String HOT = String.join("\n",
            "using System.Runtime.CompilerServices;",                                  // 1
            "static class Hot {",                                                      // 2
            "  [MethodImpl(MethodImplOptions.NoInlining)]",                            // 3
            "  public static long Spin(long n) {",                                     // 4
            "    long acc = 0;",                                                       // 5
            "    for (long i = 0; i < n; i++) {",                                      // 6
            "      acc = acc * 31 + (i ^ (acc >> 7));",                                // 7
            "    }",                                                                   // 8
            "    return acc;",                                                         // 9
            "  }",                                                                     // 10
            "}", "");

    private Path buildApp(String... options) throws IOException {
        Files.writeString(dir.resolve("App.cs"), APP);
        Files.writeString(dir.resolve("Hot.cs"), HOT);
        return build(List.of("App.cs", "Hot.cs"), options);
    }

    private String address(Path exe, String symbol) {
        for (String line : tool("nm", exe.toString()).stdout().split("\n")) {
            if (line.endsWith(" " + symbol)) {
                return "0x" + line.substring(0, line.indexOf(' '));
            }
        }
        throw new AssertionError(symbol + " is not in the symbol table of " + exe);
    }

    /** A compile unit per source document, each method's lines in its document's unit; addr2line finds them. */
    @Test
    void addr2lineAndACompileUnitPerDocument() throws IOException {
        assumeTool("/usr/bin/addr2line");
        Path exe = buildApp();
        // the first instruction's line: the method's opening or, optimized, the statement it starts with
        String spin = tool("addr2line", "-f", "-e", exe.toString(), address(exe, "Hot::Spin(System.Int64)")).stdout();
        assertTrue(spin.matches("Hot::Spin\\(System\\.Int64\\)\n" + java.util.regex.Pattern.quote(dir.resolve("Hot.cs").toString())
                + ":[4-7]\n"), spin);
        String main = tool("addr2line", "-f", "-e", exe.toString(), address(exe, "App::Main(System.String[])")).stdout();
        assertTrue(main.matches("App::Main\\(System\\.String\\[]\\)\n" + java.util.regex.Pattern.quote(dir.resolve("App.cs").toString())
                + ":[2-4]\n"), main);
        assumeTool("/usr/bin/llvm-dwarfdump");
        String info = tool("llvm-dwarfdump", "--debug-info", exe.toString()).stdout();
        assertTrue(info.contains("DW_AT_name\t(\"" + dir.resolve("App.cs") + "\")")
                && info.contains("DW_AT_name\t(\"" + dir.resolve("Hot.cs") + "\")"), info);
    }

    /** perf attributes the samples of a hot loop to its C# method, and with srcline to its line. */
    @Test
    void perfAttributesSamplesToMethodsAndLines() throws IOException {
        assumeTool("/usr/bin/perf");
        Path exe = buildApp();
        ProcessRunner.Result record = ProcessRunner.run(List.of("perf", "record", "-q", "-e", "cpu-clock", "-o", "perf.data",
                exe.toString(), "200000000"), dir, 180);
        // a container may forbid perf_event_open (perf_event_paranoid, seccomp): nothing to measure there
        assumeTrue(record.exitCode() == 0 && Files.exists(dir.resolve("perf.data")),
                "perf cannot record here (perf_event_open refused): " + record.stderr());
        String symbols = tool("perf", "report", "--stdio", "-i", "perf.data", "--sort", "sym").stdout();
        assertTrue(symbols.matches("(?s).*\\n\\s+[0-9.]+%\\s+\\[\\.] Hot::Spin\\(System\\.Int64\\)\\s*\\n.*"), symbols);
        String lines = tool("perf", "report", "--stdio", "-i", "perf.data", "--sort", "srcline").stdout();
        assertTrue(lines.matches("(?s).*\\n\\s+[0-9.]+%\\s+Hot\\.cs:7\\s*\\n.*"), lines);
    }

    /**
     * llvm-dwarfdump --verify accepts the DWARF of a program with structs, classes, strings and arrays in its
     * variables (the runtime's C, compiled with -g1, is part of the executable), and --strip leaves no debug section.
     */
    @Test
    void dwarfVerifiesAndStripRemovesIt() throws IOException {
        assumeTool("/usr/bin/llvm-dwarfdump");
        Files.writeString(dir.resolve("Structs.cs"), STRUCTS);
        Path exe = build(List.of("Structs.cs"));
        String verify = tool("llvm-dwarfdump", "--verify", exe.toString()).stdout();
        assertTrue(verify.contains("No errors."), verify);
        long withDebug = Files.size(exe);

        Path stripped = build(List.of("Structs.cs"), "--strip");
        assertEquals(0, Kiln.execute(stripped, List.of(), dir).exitCode());
        String sections = tool("readelf", "-S", "-W", stripped.toString()).stdout();
        assertFalse(sections.contains(".debug_"), sections);
        assertTrue(Files.size(stripped) < withDebug, Files.size(stripped) + " >= " + withDebug);
        Kiln.Run both = Kiln.run("build", dir.resolve("Structs.cs").toString(), "-o", dir.resolve("x").toString(), "-g", "--strip");
        assertEquals(1, both.exit(), both.err());
    }

    /** The core library's image compiled with -g: its DWARF (none without symbols, but valid) verifies. */
    @Test
    @Tag("slow")
    void corelibImageDwarfVerifies() {
        assumeTool("/usr/bin/llvm-dwarfdump");
        Path image = dir.resolve("corelib.kimg");
        Kiln.Run compile = Kiln.run("compile", "--image", Kiln.corelib(), "-o", image.toString(), "-g");
        assertEquals(0, compile.exit(), compile.err());
        String verify = tool("llvm-dwarfdump", "--verify", image.toString()).stdout();
        assertTrue(verify.contains("No errors."), verify);
    }
}
