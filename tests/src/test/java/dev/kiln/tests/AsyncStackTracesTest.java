package dev.kiln.tests;

import static dev.kiln.tests.harness.StackTraceRuns.at;
import static dev.kiln.tests.harness.StackTraceRuns.lineOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.ilasm.IlAssembler;
import dev.kiln.tests.harness.ProcessRunner;
import dev.kiln.tests.harness.StackTraceRuns;
import java.io.IOException;
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
            "    if (args.Length > 0 && args[0] == \"wait\") Outer(5).Wait();",      // 33
            "    Outer(2).GetAwaiter().GetResult();",                                 // 34
            "  }",                                                                    // 35
            "}", "");

    /**
     * An async method's frames are named as the method (.NET resolves the state machine through its
     * [AsyncStateMachine]); the boundary line is left out after a leg that ends in a state machine's MoveNext.
     */
    @Test
    void classicAwaitsRethrowsAndDispatchesKeepEachLeg() {
        StackTraceRuns runs = new StackTraceRuns(dir);
        Path exe = runs.build("Traces", CLASSIC);
        Path f = dir.resolve("Traces.cs");
        String legs = at("Traces.Thrower(Int32 x)", f, 7)
                + at("Traces.Inner(Int32 x)", f, 10)
                + at("Traces.Outer(Int32 x)", f, 13);

        ProcessRunner.Result awaited = runs.run(exe);
        assertEquals(134, awaited.exitCode(), awaited.stderr());
        assertEquals(legs + at("Traces.Main(String[] args)", f, 29), awaited.stdout());
        assertEquals("Unhandled exception. System.InvalidOperationException: boom 2\n"
                + legs + at("Traces.Main(String[] args)", f, 34), awaited.stderr());

        assertEquals("Unhandled exception. System.InvalidOperationException: boom 3\n"
                + at("Traces.Thrower(Int32 x)", f, 7)
                + at("Traces.Rethrower()", f, 18)
                + at("Traces.Main(String[] args)", f, 31), runs.unhandled(exe, "rethrow"));

        assertEquals("Unhandled exception. System.InvalidOperationException: boom 4\n"
                + at("Traces.Thrower(Int32 x)", f, 7)
                + at("Traces.Captured()", f, 23)
                + "--- End of stack trace from previous location ---\n"
                + at("Traces.Dispatch(ExceptionDispatchInfo edi)", f, 27)
                + at("Traces.Main(String[] args)", f, 32), runs.unhandled(exe, "dispatch"));
    }

    /**
     * Task.Wait on a faulted task throws an AggregateException: .NET's report is its ToString(), the inner exception
     * with its own trace after " ---> ", then "--- End of inner exception stack trace ---" and the aggregate's trace.
     * (.NET's trace of the aggregate also has the frames of Task.Wait and Task.ThrowIfExceptional, core-library code
     * that Kiln's core library does differently: here the wait is inlined into Main.)
     */
    @Test
    void unhandledAggregateExceptionShowsItsInnerException() {
        StackTraceRuns runs = new StackTraceRuns(dir);
        Path exe = runs.build("Traces", CLASSIC);
        Path f = dir.resolve("Traces.cs");
        assertEquals("Unhandled exception. System.AggregateException: One or more errors occurred. (boom 5)\n"
                + " ---> System.InvalidOperationException: boom 5\n"
                + at("Traces.Thrower(Int32 x)", f, 7)
                + at("Traces.Inner(Int32 x)", f, 10)
                + at("Traces.Outer(Int32 x)", f, 13)
                + "   --- End of inner exception stack trace ---\n"
                + at("Traces.Main(String[] args)", f, 33), runs.unhandled(exe, "wait"));
    }

    /** Several inner exceptions: each one after the first numbered, as AggregateException.ToString() writes them. */
    @Test
    void exceptionToStringShowsInnerExceptionsAsDotNet() {
        StackTraceRuns runs = new StackTraceRuns(dir);
        Path exe = runs.build("Many", String.join("\n",
                "using System;",                                                                       // 1
                "class Many {",                                                                        // 2
                "  [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]", // 3
                "  static Exception Thrown(string m) { try { throw new ArgumentException(m); } catch (Exception e) { return e; } }", // 4
                "  static void Main() {",                                                              // 5
                "    Console.WriteLine(new Exception(\"outer\", new InvalidOperationException(\"inner\")));", // 6
                "    throw new AggregateException(Thrown(\"one\"), Thrown(\"two\"));",                  // 7
                "  }",
                "}", ""));
        Path f = dir.resolve("Many.cs");
        ProcessRunner.Result r = runs.run(exe);
        assertEquals("System.Exception: outer\n ---> System.InvalidOperationException: inner\n"
                + "   --- End of inner exception stack trace ---\n", r.stdout());
        assertEquals("Unhandled exception. System.AggregateException: One or more errors occurred. (one) (two)\n"
                + " ---> System.ArgumentException: one\n"
                + at("Many.Thrown(String m)", f, 4)
                + "   --- End of inner exception stack trace ---\n"
                + at("Many.Main()", f, 7)
                + " ---> (Inner Exception #1) System.ArgumentException: two\n"
                + "   at Many.Thrown(String m) in " + f + ":line 4<---\n\n", r.stderr());
    }

    /**
     * Runtime-async methods (ILAsm, `cil managed async`), assembled with ilasm /debug: its .mdb gives the lines of the
     * .il file. Middle's await is a tail await (`call; await; ret`): with debug information it keeps Middle's frame,
     * as .NET's runtime async does (without, it hands Inner's outcome straight to Outer).
     */
    static final String RUNTIME_ASYNC = String.join("\n",
            ".assembly Traces {}",
            ".class public auto ansi beforefieldinit Program extends $corlib System.Object",
            "{",
            "  .method public static void Thrower(int32 x) cil managed noinlining",
            "  {",
            "    ldstr \"boom\"",
            "    newobj instance void $corlib System.InvalidOperationException::.ctor(string)",
            "    throw // throw in Thrower",
            "  }",
            "  .method public static $Task Inner(int32 x) cil managed async noinlining",
            "  {",
            "    call $Task Suspend::Pause()",
            "    call void $Await($Task)",
            "    ldarg.0",
            "    call void Program::Thrower(int32) // call in Inner",
            "    ret",
            "  }",
            "  .method public static $Task Middle(int32 x) cil managed async noinlining",
            "  {",
            "    ldarg.0",
            "    call $Task Program::Inner(int32) // call in Middle",
            "    call void $Await($Task)",
            "    ret",
            "  }",
            "  .method public static $Task Outer() cil managed async noinlining",
            "  {",
            "    ldc.i4.2",
            "    call $Task Program::Middle(int32) // call in Outer",
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
            "    call $Task Program::Outer() // call in Main",
            "    call void $Await($Task)",
            "    ldstr \"not reached\"",
            "    call void $Console::WriteLine(string)",
            "    ret",
            "  }",
            "}", "");

    @Test
    void runtimeAsyncAwaitsKeepEachLegInBothModes() throws IOException {
        StackTraceRuns runs = new StackTraceRuns(dir);
        Path exe = IlAssembler.assemble(RuntimeAsyncProgramsTest.expand(RUNTIME_ASYNC), dir, "Traces", true, true).file();
        Path il = dir.resolve("Traces.il");
        for (String mode : List.of("on", "off")) {
            Path native_ = runs.compile(exe, "traces-" + mode, "--async-versions=" + mode);
            for (String suspension : List.of("sync", "yield")) {
                String what = "--async-versions=" + mode + ", " + suspension;
                assertEquals(expectedRuntimeAsync(il, suspension.equals("sync")), runs.unhandled(native_, suspension), what);
            }
        }
    }

    /**
     * An await that completed synchronously is a plain call: one leg. One that suspended rethrows the callee's failure
     * where the caller resumes: a leg per method, each a method of its own (no state machine), so with the boundary
     * line. The async variant and the resume function of a method's frame are shown as the method (the frame of its
     * task-returning thunk is left out). An await of a call is the call itself (its line), as in .NET's runtime async.
     */
    private static String expectedRuntimeAsync(Path il, boolean oneLeg) {
        String separator = oneLeg ? "" : "--- End of stack trace from previous location ---\n";
        return "Unhandled exception. System.InvalidOperationException: boom\n"
                + at("Program.Thrower(Int32 x)", il, lineOf(il, "// throw in Thrower"))
                + at("Program.Inner(Int32 x)", il, lineOf(il, "// call in Inner")) + separator
                + at("Program.Middle(Int32 x)", il, lineOf(il, "// call in Middle")) + separator
                + at("Program.Outer()", il, lineOf(il, "// call in Outer")) + separator
                + at("Program.Main(String[] args)", il, lineOf(il, "// call in Main"));
    }
}
