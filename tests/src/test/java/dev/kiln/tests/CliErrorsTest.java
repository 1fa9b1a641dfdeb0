package dev.kiln.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.tests.harness.Kiln;
import dev.kiln.tests.harness.Kiln.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes a user can make end with exit code 1, a clear message naming the file, and no output file. */
class CliErrorsTest {
    @TempDir
    Path dir;

    static void assertUserError(Run r, String mentions) {
        assertEquals(1, r.exit(), () -> "exit code; stderr: " + r.err());
        assertTrue(r.err().contains(mentions), () -> "stderr should mention " + mentions + ": " + r.err());
        assertFalse(r.err().contains("\tat "), () -> "no stack trace expected: " + r.err());
        assertFalse(r.err().contains("Exception in thread"), r.err());
    }

    @Test
    void compileOfMissingFileNamesIt() {
        Path out = dir.resolve("app");
        Run r = Kiln.run("compile", dir.resolve("missing.exe").toString(), "-o", out.toString());
        assertUserError(r, "missing.exe");
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void compileOfTextFileSaysItIsNotAnAssembly() throws IOException {
        Path fake = Files.writeString(dir.resolve("notes.exe"), "this is not a PE file\n");
        Path out = dir.resolve("app");
        Run r = Kiln.run("compile", fake.toString(), "-o", out.toString());
        assertUserError(r, "notes.exe");
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void compileOfTruncatedAssemblyIsRejected() throws IOException {
        Path real = Path.of(System.getProperty("kiln.home", "..")).resolve("corelib/target/System.Private.CoreLib.dll");
        byte[] bytes = Files.readAllBytes(real);
        Path cut = Files.write(dir.resolve("cut.exe"), java.util.Arrays.copyOf(bytes, bytes.length / 3));
        Run r = Kiln.run("compile", cut.toString(), "-o", dir.resolve("app").toString());
        assertUserError(r, "cut.exe");
        assertFalse(Files.exists(dir.resolve("app")));
    }

    @Test
    void buildWithCSharpErrorsShowsMcsErrors() throws IOException {
        Path src = Files.writeString(dir.resolve("Broken.cs"), "class Broken { static void Main() { int x = ; } }\n");
        Path out = dir.resolve("broken");
        Run r = Kiln.run("build", src.toString(), "-o", out.toString());
        assertUserError(r, "Broken.cs");
        assertTrue(r.err().contains("error CS"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void libraryWithoutEntryPointIsExplained() throws IOException {
        Path corelib = Path.of(System.getProperty("kiln.home", "..")).resolve("corelib/target/System.Private.CoreLib.dll");
        Run r = Kiln.run("compile", corelib.toString(), "-o", dir.resolve("lib").toString());
        assertUserError(r, "entry point");
    }

    @Test
    void genericCodeThatInstantiatesItselfForeverIsRejected() throws IOException {
        Path src = Files.writeString(dir.resolve("Nest.cs"), String.join("\n",
                "class Nest {",
                "    static int Deeper<T>(int n) { return n == 0 ? 0 : 1 + Deeper<System.Collections.Generic.List<T>>(n - 1); }",
                "    static int Main() { return Deeper<int>(3); }",
                "}", ""));
        Path out = dir.resolve("nest");
        Run r = Kiln.run("build", src.toString(), "-o", out.toString());
        assertUserError(r, "Nest::Deeper");
        assertTrue(r.err().contains("nested more than"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void unknownOptionIsAUserError() {
        Run r = Kiln.run("compile", "--no-such-option");
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("kiln: error:"), r.err());
    }

    @Test
    void corelibPrintsTheReferenceAssemblyPath() {
        Run r = Kiln.run("corelib");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.isRegularFile(Path.of(r.out().strip())), r.out());
    }
}
