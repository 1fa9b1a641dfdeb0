package dev.kiln.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.tests.harness.Kiln;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as users drive it: response files, reference globs, target and parallelism options, --version. */
class CliConventionsTest {
    @TempDir
    Path dir;

    static final String LIB = "public static class Greeting { public static string Text() { return \"hi from a library\"; } }\n";
    static final String APP = "class App { static void Main() { System.Console.WriteLine(Greeting.Text()); } }\n";

    @Test
    void argumentsCanComeFromAResponseFileAndReferencesFromAGlob() throws IOException {
        Path libs = dir.resolve("libs");
        CSharpSources.compile(libs, "Greeting.dll", LIB);
        Path app = CSharpSources.compile(dir.resolve("app"), "App.exe", APP, "../libs/Greeting.dll");
        Path rsp = Files.writeString(dir.resolve("compile.rsp"), String.join("\n",
                app.toString(), "-o", dir.resolve("app-native").toString(), "-r", libs.resolve("*.dll").toString(), ""));
        Kiln.Run r = Kiln.run("compile", "@" + rsp);
        assertEquals(0, r.exit(), r.err());
        assertEquals("hi from a library\n", Kiln.execute(dir.resolve("app-native"), List.of(), dir, 30).stdout());
    }

    @Test
    void aReferenceGlobThatMatchesNothingIsAUserError() throws IOException {
        Path app = CSharpSources.compile(dir, "Solo.exe", "class Solo { static void Main() { } }\n");
        CliErrorsTest.assertUserError(Kiln.run("compile", app.toString(), "-o", dir.resolve("x").toString(),
                "-r", dir.resolve("nothing-*.dll").toString()), "no file matches");
    }

    @Test
    void unsupportedTargetsAndBadParallelismAreUserErrors() throws IOException {
        Path app = CSharpSources.compile(dir, "Solo.exe", "class Solo { static void Main() { } }\n");
        String out = dir.resolve("x").toString();
        CliErrorsTest.assertUserError(Kiln.run("compile", app.toString(), "-o", out, "--targetarch", "arm64"), "arm64");
        CliErrorsTest.assertUserError(Kiln.run("compile", app.toString(), "-o", out, "--targetos", "windows"), "windows");
        CliErrorsTest.assertUserError(Kiln.run("compile", app.toString(), "-o", out, "--parallelism", "0"), "--parallelism");
        assertEquals(0, Kiln.run("compile", app.toString(), "-o", out, "--targetos", "linux", "--targetarch", "x64", "-O0").exit());
    }

    @Test
    void optimizationLevelsAreWrittenLikeACompilers() throws IOException {
        Path app = CSharpSources.compile(dir, "Solo.exe", "class Solo { static void Main() { System.Console.WriteLine(6 * 7); } }\n");
        for (String level : List.of("-O0", "-O2", "-Os")) {
            Path out = dir.resolve("solo" + level);
            Kiln.Run r = Kiln.run("compile", app.toString(), "-o", out.toString(), level);
            assertEquals(0, r.exit(), level + ": " + r.err());
            assertEquals("42\n", Kiln.execute(out, List.of(), dir, 30).stdout());
        }
        CliErrorsTest.assertUserError(Kiln.run("compile", app.toString(), "-o", dir.resolve("y").toString(), "-O3"), "-O3");
    }

    @Test
    void versionAndHelpAnswerWithoutWork() {
        Kiln.Run version = Kiln.run("--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().startsWith("kiln "), version.out());
        for (String command : List.of("build", "compile", "run", "why", "inspect", "corelib")) {
            Kiln.Run help = Kiln.run(command, "--help");
            assertEquals(0, help.exit(), command);
            assertTrue(help.out().contains("Usage: kiln " + command), help.out());
        }
    }

    @Test
    void sameInputsGiveTheSameMapRunAfterRun() throws IOException {
        Path app = CSharpSources.compile(dir, "Solo.exe", "class Solo { static void Main() { System.Console.WriteLine(6 * 7); } }\n");
        for (String name : List.of("a", "b")) {
            assertEquals(0, Kiln.run("compile", app.toString(), "-o", dir.resolve(name).toString(), "--map",
                    dir.resolve(name + ".map").toString(), "--dgml", dir.resolve(name + ".dgml").toString()).exit());
        }
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.map")), Files.readAllBytes(dir.resolve("b.map")));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.dgml")), Files.readAllBytes(dir.resolve("b.dgml")));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a")), Files.readAllBytes(dir.resolve("b")));
    }
}
