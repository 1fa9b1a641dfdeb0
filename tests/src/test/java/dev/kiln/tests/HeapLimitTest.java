package dev.kiln.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.tests.harness.Kiln;
import dev.kiln.tests.harness.ProcessRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A heap limit from the environment (DOTNET_GCHeapHardLimit as .NET reads it, in hexadecimal, or
 * KILN_GC_HEAP_HARD_LIMIT in bytes with a k/m/g suffix): allocating past it throws OutOfMemoryException, which the
 * program catches, and the program goes on allocating once it has let go of memory. (Not a differential program:
 * without a limit it would allocate until the machine runs out.)
 */
class HeapLimitTest {
    @TempDir
    static Path dir;
    static Path exe;

    static final String PROGRAM = String.join("\n",
            "using System;",
            "using System.Collections.Generic;",
            "static class Oom {",
            "  static void Main() {",
            "    var list = new List<byte[]>();",
            "    try { while (true) list.Add(new byte[1 << 20]); }",
            "    catch (OutOfMemoryException e) {",
            "      Console.WriteLine(\"large arrays: \" + (list.Count >= 16 && list.Count <= 80) + \", \" + e.Message);",
            "    }",
            "    list = null;",
            "    var small = new List<object>();",
            "    try { while (true) small.Add(new object[4]); }",
            "    catch (OutOfMemoryException) { Console.WriteLine(\"small objects: \" + (small.Count > 10000)); }",
            "    small = null;",
            "    GC.Collect();",
            "    Console.WriteLine(\"after: \" + new string('x', 100000).Length);",
            "  }",
            "}", "");

    static final String EXPECTED = "large arrays: True, Insufficient memory to continue the execution of the program.\n"
            + "small objects: True\nafter: 100000\n";

    @BeforeAll
    static void build() throws IOException {
        Path src = Files.writeString(dir.resolve("Oom.cs"), PROGRAM);
        exe = dir.resolve("oom");
        Kiln.Run r = Kiln.run("build", src.toString(), "-o", exe.toString());
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    void dotnetHexadecimalLimit() {
        assertOutOfMemoryCaught(Map.of("DOTNET_GCHeapHardLimit", "0x4000000")); // 64 MiB
    }

    @Test
    void kilnLimitWithSuffix() {
        assertOutOfMemoryCaught(Map.of("KILN_GC_HEAP_HARD_LIMIT", "48m"));
    }

    private static void assertOutOfMemoryCaught(Map<String, String> environment) {
        ProcessRunner.Result run = ProcessRunner.run(List.of(exe.toString()), dir, 60, environment);
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals(EXPECTED, run.stdout());
        assertEquals("", run.stderr());
    }
}
