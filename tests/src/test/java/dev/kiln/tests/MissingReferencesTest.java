package dev.kiln.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * An assembly compiled against one version of a library and run with another that lacks some of what it uses
 * (tests/missing): Kiln builds it anyway, with one warning per missing item naming the first method that references
 * it and the IL offset, and each such method throws what .NET throws when it cannot load the item, with .NET's
 * message. --missing=error makes the same lines errors and writes nothing.
 */
class MissingReferencesTest {
    static final Path SOURCES = Path.of(System.getProperty("kiln.home", "..")).resolve("tests/missing").toAbsolutePath().normalize();

    @TempDir
    static Path dir;

    static Path app;

    /** App.exe built by mcs against Mono's mscorlib and Lib v1; Lib.dll next to it is v2. */
    @BeforeAll
    static void buildAppAgainstTheOldLibrary() throws IOException {
        mcs(List.of("-target:library", "-out:Lib.dll", SOURCES.resolve("Lib.v1.cs").toString()));
        mcs(List.of("-r:Lib.dll", "-out:App.exe", SOURCES.resolve("App.cs").toString()));
        mcs(List.of("-target:library", "-out:Lib.dll", SOURCES.resolve("Lib.v2.cs").toString()));
        app = dir.resolve("App.exe");
    }

    private static void mcs(List<String> args) {
        List<String> command = new java.util.ArrayList<>(List.of("mcs"));
        command.addAll(args);
        ProcessRunner.Result r = ProcessRunner.run(command, dir, 120);
        assertEquals(0, r.exitCode(), () -> "mcs failed: " + r.stdout() + r.stderr());
    }

    @Test
    void eachMissingItemIsOneWarningNamingTheMethodAndOffset() {
        Kiln.Run r = Kiln.run("compile", app.toString(), "-o", dir.resolve("warned").toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.err().strip().lines().toList();
        assertTrue(lines.contains("kiln: warning: App.exe: App::UsesOld(Widget) at IL_000b uses Widget::Old(), which Lib does not have"), r.err());
        assertTrue(lines.contains("kiln: warning: App.exe: App::UsesGoneField(Widget) at IL_0001 uses Widget::Gone, which Lib does not have"), r.err());
        assertTrue(lines.contains("kiln: warning: App.exe: App::UsesVanishing() at IL_0000 uses Vanishing, which Lib does not have"), r.err());
        assertTrue(lines.contains("kiln: warning: App.exe: App::UsesPair() (in its signature or locals) uses Pair, which Lib does not have"), r.err());
        // a P/Invoke method Kiln binds is no warning; one whose signature it cannot marshal is, with the reason
        assertFalse(r.err().contains("GetPid"), r.err());
        assertTrue(lines.stream().anyMatch(l -> l.matches("kiln: warning: App\\.exe: App::<Main>m__\\d+\\(\\) at IL_[0-9a-f]{4} uses the P/Invoke "
                + "method App::LengthOf\\(String\\[\\]\\), which Kiln cannot bind yet \\(parameter 1 of type System\\.String\\[\\] cannot be "
                + "marshalled by Kiln yet\\)")), r.err());
        // NeverCalled references Widget.Old and Vanishing too, but is not reachable: no warning names it
        assertFalse(r.err().contains("NeverCalled"), r.err());
        assertEquals("kiln: warning: 5 missing items referenced: code that reaches them throws at run time (--missing=error"
                + " makes this an error)", lines.get(lines.size() - 1));
        assertEquals(6, lines.size(), r.err());
    }

    @Test
    void codeThatReachesAMissingItemThrowsWhatDotNetThrows() {
        Path exe = dir.resolve("app");
        assertEquals(0, Kiln.run("compile", app.toString(), "-o", exe.toString()).exit());
        ProcessRunner.Result run = Kiln.execute(exe, List.of(), dir, 60);
        assertEquals(0, run.exitCode(), run.stderr());
        // .NET throws when the method that references the item is compiled, before it runs: "not printed" is not printed
        assertEquals(String.join("\n",
                "widget 3 5",
                "method: System.MissingMethodException: Method not found: 'System.String Widget.Old()'.",
                "field: System.MissingFieldException: Field not found: 'Widget.Gone'.",
                "type: System.TypeLoadException: Could not load type 'Vanishing' from assembly 'Lib, Version=0.0.0.0, Culture=neutral, PublicKeyToken=null'.",
                "struct: System.TypeLoadException: Could not load type 'Pair' from assembly 'Lib, Version=0.0.0.0, Culture=neutral, PublicKeyToken=null'.",
                "delegate: 5",
                "BeginInvoke: System.PlatformNotSupportedException: Operation is not supported on this platform.",
                "True",
                "P/Invoke: ok",
                "P/Invoke string[]: System.PlatformNotSupportedException: Kiln cannot marshal the P/Invoke method "
                        + "App::LengthOf(System.String[]): parameter 1 of type System.String[] cannot be marshalled by Kiln yet.",
                ""), run.stdout());
    }

    @Test
    void aMissingAssemblyThrowsFileNotFoundException() throws IOException {
        Path alone = Files.createDirectories(dir.resolve("alone"));
        Files.copy(app, alone.resolve("App.exe"));
        Path exe = alone.resolve("app");
        Kiln.Run r = Kiln.run("compile", alone.resolve("App.exe").toString(), "-o", exe.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("kiln: warning: App.exe: App::Main(String[]) (in its signature or locals) uses assembly Lib,"
                + " which was not found"), r.err());
        ProcessRunner.Result run = Kiln.execute(exe, List.of(), alone, 60);
        assertEquals(134, run.exitCode());
        assertTrue(run.stderr().startsWith("Unhandled exception. System.IO.FileNotFoundException: Could not load file or assembly"
                + " 'Lib, Version=0.0.0.0, Culture=neutral, PublicKeyToken=null'. The system cannot find the file specified."), run.stderr());
    }

    @Test
    void missingAsErrorFailsTheBuildWithTheSameLinesAndWritesNothing() {
        Path exe = dir.resolve("strict");
        Kiln.Run r = Kiln.run("compile", app.toString(), "-o", exe.toString(), "--missing=error");
        CliErrorsTest.assertUserError(r, "kiln: error: App.exe: App::UsesOld(Widget) at IL_000b uses Widget::Old(), which Lib does not have");
        assertTrue(r.err().strip().endsWith("kiln: error: 5 missing items referenced (--missing=error); nothing was written"), r.err());
        assertFalse(r.err().contains("warning"), r.err());
        assertFalse(Files.exists(exe));
    }

    @Test
    void typesWhoseSignaturesNameAMissingTypeStillLoad() throws IOException {
        Path work = Files.createDirectories(dir.resolve("contracts"));
        ProcessRunner.Result r1 = ProcessRunner.run(List.of("mcs", "-target:library", "-out:Gone.dll", SOURCES.resolve("Gone.cs").toString()), work, 120);
        ProcessRunner.Result r2 = ProcessRunner.run(List.of("mcs", "-target:library", "-r:Gone.dll", "-out:Contracts.dll",
                SOURCES.resolve("Contracts.cs").toString()), work, 120);
        ProcessRunner.Result r3 = ProcessRunner.run(List.of("mcs", "-r:Gone.dll", "-r:Contracts.dll", "-out:Implementer.exe",
                SOURCES.resolve("Implementer.cs").toString()), work, 120);
        assertEquals(0, r1.exitCode() + r2.exitCode() + r3.exitCode(), r1.stderr() + r2.stderr() + r3.stderr());
        Files.delete(work.resolve("Gone.dll"));
        Path exe = work.resolve("implementer");
        Kiln.Run r = Kiln.run("compile", work.resolve("Implementer.exe").toString(), "-o", exe.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("kiln: warning: Implementer.exe: Implementer::CallWrite(IWriter) at IL_0002 uses assembly Gone, which was not found"), r.err());
        ProcessRunner.Result run = Kiln.execute(exe, List.of(), work, 60);
        assertEquals("hello\nw\nFileNotFoundException: Could not load file or assembly 'Gone, Version=0.0.0.0, Culture=neutral,"
                + " PublicKeyToken=null'. The system cannot find the file specified.\n", run.stdout());
    }

    @Test
    void unknownMissingPolicyIsAUserError() {
        Kiln.Run r = Kiln.run("compile", app.toString(), "-o", dir.resolve("x").toString(), "--missing=ignore");
        CliErrorsTest.assertUserError(r, "--missing=ignore");
    }
}
