package dev.kiln.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.tests.il.AsyncIl;
import dev.kiln.tests.il.IlAssembler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Classic async code (mcs) and runtime-async code awaiting each other, with Mono as the oracle. Each folder under
 * tests/mixed-programs holds Program.cs (classic, the entry point), Classic.cs (a classic async library) and a
 * runtime-async library twice: Async.il for Kiln and Async.cs, the same methods as classic async code, for Mono,
 * which cannot run runtime async. Program.cs awaits the runtime-async methods through their task-returning form,
 * and those await Classic's methods. Kiln's output, in both --async-versions modes, must equal Mono's.
 */
class MixedAsyncProgramsTest {
    static final Path ROOT = Path.of(System.getProperty("kiln.home", "..")).resolve("tests/mixed-programs").normalize();
    static final Path WORK = Path.of("target/mixed-programs").toAbsolutePath();

    @TestFactory
    Stream<DynamicTest> mixedProgramsBehaveAsUnderMono() throws IOException {
        List<Path> dirs = new ArrayList<>();
        try (Stream<Path> s = Files.list(ROOT)) {
            s.filter(Files::isDirectory).sorted().forEach(dirs::add);
        }
        return dirs.stream().map(d -> DynamicTest.dynamicTest(d.getFileName().toString(), d.toUri(), () -> check(d)));
    }

    private void check(Path sources) throws IOException {
        String name = sources.getFileName().toString();
        Path mono = Files.createDirectories(WORK.resolve(name + "/mono"));
        mcs(mono, List.of(), "Classic.dll", sources.resolve("Classic.cs"));
        mcs(mono, List.of(), "Async.dll", sources.resolve("Async.cs"), "Classic.dll");
        mcs(mono, List.of(), "Program.exe", sources.resolve("Program.cs"), "Async.dll", "Classic.dll");
        ProcessRunner.Result expected = ProcessRunner.run(List.of("mono", mono.resolve("Program.exe").toString()), mono, 60);
        assertEquals(0, expected.exitCode(), () -> "mono failed: " + expected.stderr());

        Path kiln = Files.createDirectories(WORK.resolve(name + "/kiln"));
        String corelib = CliErrorsTest.kiln("corelib").out().strip();
        List<String> core = List.of("-nostdlib", "-noconfig", "-r:" + corelib);
        mcs(kiln, core, "Classic.dll", sources.resolve("Classic.cs"));
        IlAssembler.assemble(AsyncIl.expand(Files.readString(sources.resolve("Async.il"))), kiln, "Async", false);
        mcs(kiln, core, "Program.exe", sources.resolve("Program.cs"), "Async.dll", "Classic.dll");
        for (String mode : List.of("on", "off")) {
            Path exe = kiln.resolve("program-" + mode);
            CliErrorsTest.Run compile = CliErrorsTest.kiln("compile", kiln.resolve("Program.exe").toString(), "-o", exe.toString(),
                    "--async-versions=" + mode);
            assertEquals(0, compile.exit(), () -> "--async-versions=" + mode + ": " + compile.err());
            ProcessRunner.Result actual = ProcessRunner.run(List.of(exe.toString()), kiln, 60);
            assertEquals(expected.stdout(), actual.stdout(), () -> "--async-versions=" + mode + "; stderr:\n" + actual.stderr());
            assertEquals(0, actual.exitCode(), () -> "--async-versions=" + mode + "; stderr:\n" + actual.stderr());
        }
    }

    /** mcs in dir: a library unless out ends in .exe, referencing the assemblies already built there. */
    private static void mcs(Path dir, List<String> options, String out, Path source, String... references) {
        List<String> command = new ArrayList<>(List.of("mcs"));
        command.addAll(options);
        command.add(out.endsWith(".exe") ? "-target:exe" : "-target:library");
        command.add("-out:" + dir.resolve(out));
        for (String r : references) {
            command.add("-r:" + dir.resolve(r));
        }
        command.add(source.toString());
        ProcessRunner.Result r = ProcessRunner.run(command, dir, 120);
        assertEquals(0, r.exitCode(), () -> "mcs " + out + ":\n" + r.stdout() + r.stderr());
    }
}
