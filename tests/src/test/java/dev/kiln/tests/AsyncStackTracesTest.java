package dev.kiln.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.ilasm.IlAssembler;
import dev.kiln.tests.harness.Kiln;
import dev.kiln.tests.harness.ProcessRunner;
import dev.kiln.tests.il.AsyncIl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stack traces of exceptions thrown again elsewhere (issue 21): each leg of an exception that travelled through awaits,
 * an ExceptionDispatchInfo or a `throw;` keeps its frames, from the throw to the frame that caught it, and the next leg
 * follows — after .NET's "--- End of stack trace from previous location ---", which .NET leaves out after a leg ending
 * in an async state machine's MoveNext. The core library's rethrowing frames (awaiters, ExceptionDispatchInfo.Throw)
 * are hidden, as .NET hides them ([StackTraceHidden]).
 */
class AsyncStackTracesTest {
    @TempDir
    Path dir;

    // line numbers matter: the expectations below name them
    static final String CLASSIC = String.join("\n",
            "using System;",                                                          // 1
            "using System.Runtime.CompilerServices;",                                 // 2
            "using System.Runtime.ExceptionServices;",                                // 3
            "using System.Threading.Tasks;",                                          // 4
            "class Traces {",                                                         // 5
            "  [MethodImpl(MethodImplOptions.NoInlining)]",                           // 6
            "  static void Thrower(int x) { throw new InvalidOperationException(\"boom \" + x); }", // 7
            "  static async Task Inner(int x) {",                                     // 8
            "    await Task.Yield();",                                                // 9
            "    Thrower(x);",                                                        // 10
            "  }",                                                                    // 11
            "  static async Task<int> Outer(int x) {",                                // 12
            "    await Inner(x);",                                                    // 13
            "    return 1;",                                                          // 14
            "  }",                                                                    // 15
            "  [MethodImpl(MethodImplOptions.NoInlining)]",                           // 16
            "  static void Rethrower() {",                                            // 17
            "    try { Thrower(3); }",                                                // 18
            "    catch (InvalidOperationException) { throw; }",                       // 19
            "  }",                                                                    // 20
            "  [MethodImpl(MethodImplOptions.NoInlining)]",                           // 21
            "  static ExceptionDispatchInfo Captured() {",                            // 22
            "    try { Thrower(4); return null; }",                                   // 23
            "    catch (Exception e) { return ExceptionDispatchInfo.Capture(e); }",   // 24
            "  }",                                                                    // 25
            "  [MethodImpl(MethodImplOptions.NoInlining)]",                           // 26
            "  static void Dispatch(ExceptionDispatchInfo edi) { edi.Throw(); }",     // 27 (a tail call keeps its frame)
            "  static void Main(string[] args) {",                                    // 28
            "    try { Outer(1).GetAwaiter().GetResult(); }",                         // 29
            "    catch (Exception e) { Console.WriteLine(e.StackTrace); }",           // 30
            "    if (args.Length > 0 && args[0] == \"rethrow\") Rethrower();",        // 31
            "    if (args.Length > 0 && args[0] == \"dispatch\") Dispatch(Captured());", // 32
            "    Outer(2).GetAwaiter().GetResult();",                                 // 33
            "  }",                                                                    // 34
            "}", "");

    private ProcessRunner.Result run(Path exe, String... args) {
        return Kiln.execute(exe, List.of(args), dir);
    }

    @Test
    void classicAwaitsRethrowsAndDispatchesKeepEachLeg() throws IOException {
        Path src = Files.writeString(dir.resolve("Traces.cs"), CLASSIC);
        Path exe = dir.resolve("traces");
        Kiln.Run build = Kiln.run("build", src.toString(), "-o", exe.toString());
        assertEquals(0, build.exit(), build.err());
        String f = src.toString();
        // mcs names the state machines <Inner>c__async0 and <Outer>c__async1 (Roslyn: <Inner>d__1)
        String caught = "   at Traces.Thrower(System.Int32) in " + f + ":line 7\n"
                + "   at Traces+<Inner>c__async0.MoveNext() in " + f + ":line 10\n"
                + "   at Traces+<Outer>c__async1.MoveNext() in " + f + ":line 13\n"
                + "   at Traces.Main(System.String[]) in " + f + ":line 29\n";

        ProcessRunner.Result awaited = run(exe);
        assertEquals(134, awaited.exitCode(), awaited.stderr());
        assertEquals(caught, awaited.stdout());
        assertEquals("Unhandled exception. System.InvalidOperationException: boom 2\n"
                + "   at Traces.Thrower(System.Int32) in " + f + ":line 7\n"
                + "   at Traces+<Inner>c__async0.MoveNext() in " + f + ":line 10\n"
                + "   at Traces+<Outer>c__async1.MoveNext() in " + f + ":line 13\n"
                + "   at Traces.Main(System.String[]) in " + f + ":line 33\n", awaited.stderr());

        ProcessRunner.Result rethrown = run(exe, "rethrow");
        assertEquals(134, rethrown.exitCode(), rethrown.stderr());
        assertEquals("Unhandled exception. System.InvalidOperationException: boom 3\n"
                + "   at Traces.Thrower(System.Int32) in " + f + ":line 7\n"
                + "   at Traces.Rethrower() in " + f + ":line 18\n"
                + "   at Traces.Main(System.String[]) in " + f + ":line 31\n", rethrown.stderr());

        ProcessRunner.Result dispatched = run(exe, "dispatch");
        assertEquals(134, dispatched.exitCode(), dispatched.stderr());
        assertEquals("Unhandled exception. System.InvalidOperationException: boom 4\n"
                + "   at Traces.Thrower(System.Int32) in " + f + ":line 7\n"
                + "   at Traces.Captured() in " + f + ":line 23\n"
                + "--- End of stack trace from previous location ---\n"
                + "   at Traces.Dispatch(System.Runtime.ExceptionServices.ExceptionDispatchInfo) in " + f + ":line 27\n"
                + "   at Traces.Main(System.String[]) in " + f + ":line 32\n", dispatched.stderr());
    }

    /**
     * Runtime-async methods (ILAsm, `cil managed async`; no symbols, so no lines). Each await is followed by more code:
     * a tail await (`call; await; ret`) hands the callee's outcome straight to the caller's caller, without a frame.
     */
    static final String RUNTIME_ASYNC = String.join("\n",
            ".assembly Traces {}",
            ".class public auto ansi beforefieldinit Program extends $corlib System.Object",
            "{",
            "  .method public static void Thrower(int32 x) cil managed noinlining",
            "  {",
            "    ldstr \"boom\"",
            "    newobj instance void $corlib System.InvalidOperationException::.ctor(string)",
            "    throw",
            "  }",
            "  .method public static $Task Inner(int32 x) cil managed async noinlining",
            "  {",
            "    call $Task Suspend::Pause()",
            "    call void $Await($Task)",
            "    ldarg.0",
            "    call void Program::Thrower(int32)",
            "    ret",
            "  }",
            "  .method public static $Task Outer() cil managed async noinlining",
            "  {",
            "    ldc.i4.2",
            "    call $Task Program::Inner(int32)",
            "    call void $Await($Task)",
            "    ldstr \"not reached\"",
            "    call void $Console::WriteLine(string)",
            "    ret",
            "  }",
            "  .method public static $Task Main(string[] args) cil managed async",
            "  {",
            "    .entrypoint",
            "    ldarg.0",
            "    call void Suspend::Init(string[])",
            "    call $Task Program::Outer()",
            "    call void $Await($Task)",
            "    ldstr \"not reached\"",
            "    call void $Console::WriteLine(string)",
            "    ret",
            "  }",
            "}", "");

    @Test
    void runtimeAsyncAwaitsKeepEachLegInBothModes() throws IOException {
        Path exe = IlAssembler.assemble(RuntimeAsyncProgramsTest.expand(RUNTIME_ASYNC), dir, "Traces", true).file();
        for (String mode : List.of("on", "off")) {
            Path native_ = dir.resolve("traces-" + mode);
            Kiln.Run compile = Kiln.run("compile", exe.toString(), "-o", native_.toString(), "--async-versions=" + mode);
            assertEquals(0, compile.exit(), compile.err());
            for (String suspension : List.of("sync", "yield")) {
                ProcessRunner.Result r = run(native_, suspension);
                String what = "--async-versions=" + mode + ", " + suspension;
                assertEquals(134, r.exitCode(), what + ": " + r.stderr());
                assertEquals(expectedRuntimeAsync(suspension.equals("sync")), r.stderr(), what);
            }
        }
    }

    /**
     * An await that completed synchronously is a plain call: one leg. One that suspended rethrows the callee's failure
     * where the caller resumes: a leg per method, each a method of its own (no state machine), so with the boundary
     * line. The async variant and the resume function of a method's frame are shown as the method.
     */
    private static String expectedRuntimeAsync(boolean oneLeg) {
        String separator = oneLeg ? "\n" : "\n--- End of stack trace from previous location ---\n";
        return "Unhandled exception. System.InvalidOperationException: boom\n"
                + "   at Program.Thrower(System.Int32)\n"
                + "   at Program.Inner(System.Int32)" + separator
                + "   at Program.Outer()" + separator
                + "   at Program.Main(System.String[])\n";
    }
}
