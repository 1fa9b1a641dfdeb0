package dev.kiln.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.abort;

import dev.kiln.tests.harness.Kiln;
import dev.kiln.tests.harness.ProcessRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Libraries somebody else built, used as their users use them: programs under tests/real-programs are compiled by
 * mcs against Mono and the library's Debian package, run by mono (the oracle), then the very same assemblies are
 * compiled by `kiln compile App.exe -r Library.dll` and must behave the same. The packages are installed with
 * apt-get when the tests run as root; otherwise, or when installing fails, the tests are skipped and say why.
 */
class RealLibrariesTest {
    static final Path PROGRAMS = Path.of(System.getProperty("kiln.home", "..")).resolve("tests/real-programs").toAbsolutePath().normalize();
    static final Path CECIL = Path.of("/usr/lib/mono-cecil/Mono.Cecil.dll");
    static final Path JSON = Path.of("/usr/lib/mono/4.5/System.Json.dll");
    /** The assembly the Cecil program reads: Mono 4.5's System.Core, a real library of ~850 types. */
    static final Path SYSTEM_CORE = Path.of("/usr/lib/mono/4.5/System.Core.dll");

    @TempDir
    Path dir;

    /** Reads System.Core from a path and from a MemoryStream; lists its types, counts methods and IL, prints IL. */
    @Test
    void monoCecilReadsAnAssembly() throws IOException {
        Path cecil = library(CECIL, "libmono-cecil-cil");
        if (!Files.isRegularFile(SYSTEM_CORE)) {
            abort(SYSTEM_CORE + " (Mono's 4.5 profile) is not installed");
        }
        behavesAsUnderMono("CecilTour.cs", cecil, SYSTEM_CORE.toRealPath().toString());
    }

    /** Parses, navigates and builds JSON documents with System.Json's JsonValue, JsonObject, JsonArray, JsonPrimitive. */
    @Test
    void systemJsonParsesNavigatesAndBuildsDocuments() throws IOException {
        behavesAsUnderMono("JsonTour.cs", library(JSON, "libmono-system-json4.0-cil"));
    }

    private void behavesAsUnderMono(String program, Path library, String... args) throws IOException {
        // the library next to the program, where mono looks for it
        Path lib = Files.copy(library, dir.resolve(library.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        Path exe = dir.resolve(program.replace(".cs", ".exe"));
        ProcessRunner.Result mcs = ProcessRunner.run(List.of("mcs", "-r:" + lib, "-out:" + exe, PROGRAMS.resolve(program).toString()), dir, 120);
        assertEquals(0, mcs.exitCode(), () -> "mcs:\n" + mcs.stdout() + mcs.stderr());
        ProcessRunner.Result mono = ProcessRunner.run(command(List.of("mono", exe.toString()), args), dir, 120);
        assertEquals("", mono.stderr(), "mono's run of the oracle");

        Path out = dir.resolve("native");
        Kiln.Run compile = Kiln.run("compile", exe.toString(), "-r", lib.toString(), "-o", out.toString());
        assertEquals(0, compile.exit(), () -> "kiln compile " + program + " -r " + lib.getFileName() + ":\n" + compile.err());
        ProcessRunner.Result kiln = ProcessRunner.run(command(List.of(out.toString()), args), dir, 120);
        assertEquals(mono.stdout(), kiln.stdout(), () -> "stdout differs from Mono; Kiln's stderr:\n" + kiln.stderr());
        assertEquals(mono.exitCode(), kiln.exitCode(), () -> "exit code differs from Mono; Kiln's stderr:\n" + kiln.stderr());
    }

    private static List<String> command(List<String> head, String... args) {
        List<String> command = new ArrayList<>(head);
        command.addAll(List.of(args));
        return command;
    }

    /** The library's assembly, from its Debian package (installed here when missing and running as root). */
    private Path library(Path assembly, String debianPackage) {
        if (Files.isRegularFile(assembly)) {
            return assembly;
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            abort(assembly + " is missing: install the Debian package " + debianPackage + " (apt-get needs root)");
        }
        ProcessRunner.Result install = ProcessRunner.run(List.of("apt-get", "install", "-y", "-q", debianPackage), dir, 600);
        if (install.exitCode() != 0 || !Files.isRegularFile(assembly)) {
            abort("apt-get install " + debianPackage + " failed (exit " + install.exitCode() + "): " + install.stderr().strip());
        }
        return assembly;
    }
}
