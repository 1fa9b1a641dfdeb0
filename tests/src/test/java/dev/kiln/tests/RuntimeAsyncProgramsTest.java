package dev.kiln.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.tests.il.AsyncIl;
import dev.kiln.tests.il.IlAssembler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runtime-async programs (tests/async-programs/*.il), written in ILAsm with `cil managed async` since no C# compiler
 * here emits runtime async. Mono cannot run them, so each states its output in NAME.out next to it.
 *
 * Every program is compiled twice (--async-versions=on and off) and each executable runs four times, once per way
 * its awaits complete: `sync` (already complete), `yield` (Task.Yield), `delay` (Task.Delay) and `tcs` (a
 * TaskCompletionSource completed later by queued work). The prelude Suspend.ilinc provides Suspend::Pause(), whose
 * behaviour the argument selects; all eight runs must print NAME.out and exit 0 (or the code `// exit: N` names).
 *
 * The sources use the abbreviations of {@link AsyncIl} ($Task, $Await, ...), expanded before assembling.
 */
class RuntimeAsyncProgramsTest {
    static final Path ROOT = Path.of(System.getProperty("kiln.home", "..")).resolve("tests/async-programs").normalize();
    static final Path WORK = Path.of("target/async-programs").toAbsolutePath();
    static final List<String> SUSPENSIONS = List.of("sync", "yield", "delay", "tcs");
    static final List<String> MODES = List.of("on", "off");

    /** The program's text as ilasm reads it: prelude first, abbreviations expanded. */
    static String expand(String program) throws IOException {
        return AsyncIl.expand(Files.readString(ROOT.resolve("Suspend.ilinc")) + "\n" + program);
    }

    record Run(String mode, String suspension, int compileExit, String compileErrors, ProcessRunner.Result result) {
    }

    @TestFactory
    Stream<DynamicTest> runtimeAsyncProgramsPrintTheirExpectedOutput() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(ROOT)) {
            s.filter(p -> p.toString().endsWith(".il")).sorted().forEach(files::add);
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<List<Run>>> results = new ArrayList<>();
        for (Path f : files) {
            results.add(pool.submit(() -> compileAndRun(f)));
        }
        pool.shutdown();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            Future<List<Run>> runs = results.get(i);
            tests.add(DynamicTest.dynamicTest(f.getFileName().toString(), f.toUri(), () -> check(f, runs.get())));
        }
        return tests.stream();
    }

    private static List<Run> compileAndRun(Path source) throws IOException {
        String name = source.getFileName().toString().replace(".il", "");
        Path dir = Files.createDirectories(WORK.resolve(name));
        Path exe = IlAssembler.assemble(expand(Files.readString(source)), dir, name, true).file();
        List<Run> runs = new ArrayList<>();
        for (String mode : MODES) {
            Path native_ = dir.resolve(name + "-" + mode);
            CliErrorsTest.Run compile = CliErrorsTest.kiln("compile", exe.toString(), "-o", native_.toString(), "--async-versions=" + mode);
            if (compile.exit() != 0) {
                runs.add(new Run(mode, null, compile.exit(), compile.err(), null));
                continue;
            }
            for (String suspension : SUSPENSIONS) {
                runs.add(new Run(mode, suspension, 0, "", ProcessRunner.run(List.of(native_.toString(), suspension), dir, 120)));
            }
        }
        return runs;
    }

    private static void check(Path source, List<Run> runs) throws IOException {
        String expected = Files.readString(source.resolveSibling(source.getFileName().toString().replace(".il", ".out")));
        int expectedExit = expectedExit(source);
        for (Run run : runs) {
            assertEquals(0, run.compileExit(), () -> "--async-versions=" + run.mode() + ": kiln compile failed:\n" + run.compileErrors());
            String what = "--async-versions=" + run.mode() + ", " + run.suspension();
            assertEquals(expected, run.result().stdout(), () -> what + ": stdout differs; stderr:\n" + run.result().stderr());
            assertEquals(expectedExit, run.result().exitCode(), () -> what + ": exit code; stderr:\n" + run.result().stderr());
            if (expectedExit == 134) {
                assertTrue(run.result().stderr().startsWith("Unhandled exception. "), () -> what + ": stderr:\n" + run.result().stderr());
            }
        }
    }

    private static int expectedExit(Path source) throws IOException {
        for (String line : Files.readAllLines(source)) {
            String t = line.strip();
            if (!t.startsWith("//")) {
                break;
            }
            t = t.substring(2).strip();
            if (t.startsWith("exit:")) {
                return Integer.parseInt(t.substring(5).strip());
            }
        }
        return 0;
    }
}
