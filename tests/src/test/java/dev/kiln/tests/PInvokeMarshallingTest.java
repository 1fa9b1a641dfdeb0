package dev.kiln.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.tests.harness.Kiln;
import dev.kiln.tests.harness.ProcessRunner;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * StringBuilder, SafeHandle and structure marshalling against a C library of our own (tests/pinvoke/marshalling.c,
 * built here with cc -shared): C fills StringBuilder buffers of the builder's capacity (UTF-8 and UTF-16; [Out]
 * builders start empty and [In] ones are not read back, as in .NET), hands out resources as SafeHandles and counts their releases (each exactly
 * once, never for an invalid handle, deferred while a reference is held; a ref one is replaced only when C changes
 * it), keeps GCHandles as user data (their targets stay alive), and reads and writes packed and
 * explicit-layout structs that Marshal.StructureToPtr/PtrToStructure copy, with the sizes C's sizeof gives.
 */
class PInvokeMarshallingTest {
    static final Path SOURCES = Path.of(System.getProperty("kiln.home", "..")).resolve("tests/pinvoke").toAbsolutePath().normalize();

    @TempDir
    static Path dir;

    @Test
    void stringBuildersSafeHandlesAndStructures() {
        ProcessRunner.Result cc = ProcessRunner.run(List.of("cc", "-shared", "-fPIC", "-O2", "-o", "libkilnmarshal.so",
                SOURCES.resolve("marshalling.c").toString()), dir, 120);
        assertEquals(0, cc.exitCode(), cc.stdout() + cc.stderr());
        Path exe = dir.resolve("marshalling");
        Kiln.Run r = Kiln.run("build", SOURCES.resolve("Marshalling.cs").toString(), "-o", exe.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err(), "every P/Invoke signature of Marshalling.cs is one Kiln marshals");

        ProcessRunner.Result run = Kiln.execute(exe, List.of(), dir, 60);
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals(String.join("\n",
                "utf8 'filled by ' 10",
                "utf8 'filled by C: grüße' 18",
                "utf16 9 'wide € \uD83D\uDE00' 9",
                "in/out 65 'A+C' [Out] 0 '+C' [In] 65 'A'",
                "null 1 0",
                "resource 7 False 0",
                "released 1",
                "released once 2 0",
                "invalid True",
                "out 9 Resource",
                "held 2 False",
                "released 3 0 True",
                "ref True False 11 10 3",
                "ref released 5 0",
                "kept 0,1,2,3",
                "sizes 15=15 12=12",
                "packed1 321.5 -> 2 40 -300 0.125",
                "echo 2 45 -300 0.125",
                "packed2 1099511627783",
                "explicit 878082202 18 78187493530",
                ""), run.stdout());
    }
}
