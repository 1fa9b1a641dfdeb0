package dev.kiln.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.tests.harness.Kiln;
import dev.kiln.tests.harness.ProcessRunner;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Delegates crossing to native code with a C library of our own (tests/pinvoke/native_callbacks.c, built here as
 * libkilncallbacks.so next to the executables): callbacks with ints, doubles, strings, bools, byrefs and structs in
 * registers, in memory and returned through a hidden pointer, a callback C keeps and calls later, C function
 * pointers as delegates, an exception escaping a callback (fails fast, as .NET does), the same program with
 * --direct-pinvoke (linked, no dlopen), libc and libm linked directly for the LibcCalls program, and NativeLibrary
 * with .NET's messages. Mono prints the same for
 * NativeCallbacks.cs, except that it lets the exception unwind through the C frames and gives generic delegates
 * function pointers (.NET refuses them).
 */
class PInvokeCallbacksTest {
    static final Path SOURCES = Path.of(System.getProperty("kiln.home", "..")).resolve("tests/pinvoke").toAbsolutePath().normalize();

    static final String EXPECTED = String.join("\n",
            "fold 678 41 31",
            "integrate 9 1000",
            "point (4,-9)",
            "vector 2.5 -10",
            "big 3429 120",
            "predicate 5",
            "strings 0=alpha/5 1=grüße/5 2=日本/2",
            "unicode wörld€ True",
            "byref 35",
            "many 5000022781.75",
            "stored 409 -92",
            "stored pointer is the delegate's True True",
            "c pointers 42 (2,1) -3,3,9,4",
            "c pointer as callback 12",
            "returned delegates True 30 (9,8)",
            "returned null True",
            "churn 700000 True",
            "generic: The specified Type must not be a generic type. (Parameter 'delegate')",
            "libc 12 True",
            "");

    @TempDir
    static Path dir;

    static Path library;
    static Path exe;

    @BeforeAll
    static void buildLibraryAndProgram() {
        library = dir.resolve("libkilncallbacks.so");
        ProcessRunner.Result cc = ProcessRunner.run(List.of("cc", "-shared", "-fPIC", "-O2", "-o", library.toString(),
                SOURCES.resolve("native_callbacks.c").toString()), dir, 120);
        assertEquals(0, cc.exitCode(), cc.stdout() + cc.stderr());
        exe = dir.resolve("callbacks");
        Kiln.Run r = Kiln.run("build", SOURCES.resolve("NativeCallbacks.cs").toString(), "-o", exe.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err(), "every P/Invoke signature of NativeCallbacks.cs is one Kiln marshals");
    }

    @Test
    void nativeCodeCallsDelegatesBack() {
        ProcessRunner.Result run = Kiln.execute(exe, List.of(), dir, 60);
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals(EXPECTED, run.stdout());
    }

    @Test
    void anExceptionEscapingACallbackFailsFast() {
        ProcessRunner.Result run = Kiln.execute(exe, List.of("throw"), dir, 60);
        assertEquals(134, run.exitCode(), run.stderr());
        assertEquals("", run.stdout(), "the catch around the native call never runs");
        assertTrue(run.stderr().startsWith("Fatal error. An exception escaped a delegate called from native code (reverse"
                + " P/Invoke); it cannot unwind through native frames.\nUnhandled exception. System.InvalidOperationException:"
                + " thrown in a callback 3\n"), run.stderr());
    }

    @Test
    void directPInvokeLinksTheLibrariesInsteadOfBindingAtTheFirstCall() {
        Path direct = dir.resolve("callbacks-direct");
        Kiln.Run r = Kiln.run("build", SOURCES.resolve("NativeCallbacks.cs").toString(), "-o", direct.toString(),
                "--direct-pinvoke", library.toString(), "--direct-pinvoke", "libc");
        assertEquals(0, r.exit(), r.err());
        ProcessRunner.Result run = Kiln.execute(direct, List.of(), dir, 60);
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals(EXPECTED, run.stdout());
        ProcessRunner.Result needed = ProcessRunner.run(List.of("readelf", "-d", direct.toString()), dir, 60);
        assertTrue(needed.stdout().contains("Shared library: [" + library + "]"), needed.stdout());
        ProcessRunner.Result imports = ProcessRunner.run(List.of("nm", "-D", "--undefined-only", direct.toString()), dir, 60);
        // (abs is not among them: LLVM knows it and folds abs(-12))
        for (String symbol : List.of("fold_ints", "store_callback", "getppid@")) {
            assertTrue(imports.stdout().contains(" " + symbol), symbol + " is linked directly:\n" + imports.stdout());
        }
    }

    @Test
    void libcLinkedDirectlyBehavesAsBoundLazily() {
        Path program = SOURCES.resolveSibling("programs/pinvoke/LibcCalls.cs");
        Path lazy = dir.resolve("libc-lazy");
        Path direct = dir.resolve("libc-direct");
        assertEquals(0, Kiln.run("build", program.toString(), "-o", lazy.toString()).exit());
        Kiln.Run r = Kiln.run("build", program.toString(), "-o", direct.toString(), "--direct-pinvoke", "c",
                "--direct-pinvoke", "libm.so.6");
        assertEquals(0, r.exit(), r.err());
        ProcessRunner.Result expected = Kiln.execute(lazy, List.of(), dir, 60);
        ProcessRunner.Result run = Kiln.execute(direct, List.of(), dir, 60);
        assertEquals(0, run.exitCode(), run.stderr());
        // (libm's sqrt, sqrtf and ldexp, known to LLVM once linked directly, become instructions: libm is not needed)
        assertEquals(expected.stdout(), run.stdout());
    }

    @Test
    void nativeLibraryLoadsFindsExportsAndReportsErrorsAsDotNet() {
        Path exe = dir.resolve("libraries");
        Kiln.Run r = Kiln.run("build", SOURCES.resolve("NativeLibraries.cs").toString(), "-o", exe.toString());
        assertEquals(0, r.exit(), r.err());
        ProcessRunner.Result run = Kiln.execute(exe, List.of(library.toString()), dir, 60);
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals(String.join("\n",
                "loaded True",
                "add_one 42",
                "try export True False True",
                "try load True True",
                "try load missing False True",
                "libc abs 9",
                "missing export: System.EntryPointNotFoundException: Unable to find an entry point named 'kiln_no_such_export'.",
                "missing library: System.DllNotFoundException: Unable to load shared library '/nonexistent/libkilnnope.so' or"
                        + " one of its dependencies. In order to help diagnose loading problems, consider using a tool like strace."
                        + " If you're using glibc, consider setting the LD_DEBUG environment variable: ",
                "/nonexistent/libkilnnope.so: cannot open shared object file: No such file or directory",
                "",
                "null handle: System.ArgumentNullException: Value cannot be null. (Parameter 'handle')",
                "null name: System.ArgumentNullException: Value cannot be null. (Parameter 'name')",
                "null path: System.ArgumentNullException: Value cannot be null. (Parameter 'libraryPath')",
                "freed",
                ""), run.stdout());
    }
}
