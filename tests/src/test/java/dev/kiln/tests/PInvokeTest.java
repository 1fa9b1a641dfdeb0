package dev.kiln.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.tests.harness.Kiln;
import dev.kiln.tests.harness.ProcessRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * P/Invoke into a C library of our own (tests/pinvoke/native.c, built here with cc -shared, since differential
 * programs cannot build C): structs of every System V class by value in both directions (registers, memory, sret,
 * more struct arguments than registers) and by pointer, strings both ways, arrays, byrefs, small integers, bools
 * and UTF-16 chars. The library sits next to the executable, where .NET looks first; without it the first call
 * throws DllNotFoundException.
 */
class PInvokeTest {
    static final Path SOURCES = Path.of(System.getProperty("kiln.home", "..")).resolve("tests/pinvoke").toAbsolutePath().normalize();

    @TempDir
    static Path dir;

    static Path exe;

    @BeforeAll
    static void buildLibraryAndProgram() {
        ProcessRunner.Result cc = ProcessRunner.run(List.of("cc", "-shared", "-fPIC", "-O2", "-o", "libkilnnative.so",
                SOURCES.resolve("native.c").toString()), dir, 120);
        assertEquals(0, cc.exitCode(), cc.stdout() + cc.stderr());
        exe = dir.resolve("native");
        Kiln.Run r = Kiln.run("build", SOURCES.resolve("Native.cs").toString(), "-o", exe.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err(), "every P/Invoke signature of Native.cs is one Kiln marshals");
    }

    @Test
    void marshalsValuesStructsStringsAndArrays() {
        ProcessRunner.Result run = Kiln.execute(exe, List.of(), dir, 60);
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals(String.join("\n",
                "point 7 (-1,2)",
                "vector 6 -8",
                "color 0.75 0.5 0",
                "tagged 42 2.5",
                "mixed 9 7",
                "big 5 10 15 20 50",
                "small 200 -300 7 -93",
                "rect (8,-1) (11,21) 231",
                "points8 12345678",
                "mixed args 1099511687626.75",
                "utf8 10 -1",
                "utf16 7 -1 8364",
                "greet Hello, wörld!",
                "returned Hello, Kiln! x→€ True ü",
                "doubles 4 -1",
                "squares 0,1,4,9,16",
                "sorted (-1,1) (2,2) (3,0)",
                "byref 42 9 2",
                "bool True False True False 0 1",
                "widen -5007 25565535 Qé",
                ""), run.stdout());
    }

    @Test
    void withoutTheLibraryTheFirstCallThrowsDllNotFoundException() throws IOException {
        Path alone = Files.createDirectories(dir.resolve("alone"));
        Path copy = Files.copy(exe, alone.resolve("native"));
        ProcessRunner.Result run = Kiln.execute(copy, List.of(), alone, 60);
        assertEquals(134, run.exitCode(), run.stderr());
        assertEquals("", run.stdout());
        assertTrue(run.stderr().startsWith("Unhandled exception. System.DllNotFoundException: Unable to load shared library"
                + " 'kilnnative' or one of its dependencies. In order to help diagnose loading problems, consider using a tool"
                + " like strace. If you're using glibc, consider setting the LD_DEBUG environment variable: \n"
                + alone.resolve("kilnnative.so") + ": cannot open shared object file: No such file or directory\n"), run.stderr());
    }
}
