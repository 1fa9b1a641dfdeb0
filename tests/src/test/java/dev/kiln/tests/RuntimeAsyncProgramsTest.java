package dev.kiln.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.tests.harness.Ahead;
import dev.kiln.tests.harness.Expectation;
import dev.kiln.tests.harness.Kiln;
import dev.kiln.tests.harness.ProcessRunner;
import dev.kiln.tests.harness.Programs;
import dev.kiln.tests.harness.TestProgram;
import dev.kiln.tests.il.AsyncIl;
import dev.kiln.ilasm.IlAssembler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runtime-async programs (tests/async-programs/*.il), written in ILAsm with `cil managed async` since no C# compiler
 * here emits runtime async. Mono cannot run them, so each names its output file in its header
 * ({@code // expect-stdout-file: NAME.out}).
 *
 * Every program is compiled twice (--async-versions=on and off) and each executable runs four times, once per way
 * its awaits complete: `sync` (already complete), `yield` (Task.Yield), `delay` (Task.Delay) and `tcs` (a
 * TaskCompletionSource completed later by queued work). The prelude Suspend.ilinc provides Suspend::Pause(), whose
 * behaviour the argument selects; all eight runs must meet the program's {@link Expectation} (exit 0 unless
 * `// exit: N` says otherwise).
 *
 * The sources use the abbreviations of {@link AsyncIl} ($Task, $Await, ...), expanded before assembling.
 */
class RuntimeAsyncProgramsTest {
    static final String FOLDER = "async-programs";
    static final Path WORK = Path.of("target/async-programs").toAbsolutePath();
    static final List<String> SUSPENSIONS = List.of("sync", "yield", "delay", "tcs");
    static final List<String> MODES = List.of("on", "off");
    private static final int RUN_TIMEOUT_SECONDS = 120;

    /** The program's text as ilasm reads it: prelude first, abbreviations expanded. */
    static String expand(String program) throws IOException {
        return AsyncIl.expand(Files.readString(Programs.root(FOLDER).resolve("Suspend.ilinc")) + "\n" + program);
    }

    record Run(String mode, String suspension, Kiln.Run compile, ProcessRunner.Result result) {
    }

    @TestFactory
    Stream<DynamicTest> runtimeAsyncProgramsPrintTheirExpectedOutput() throws IOException {
        Ahead ahead = new Ahead();
        List<DynamicTest> tests = new ArrayList<>();
        for (TestProgram p : Programs.toRun(FOLDER, TestProgram.Kind.IL)) {
            Future<List<Run>> runs = ahead.submit(() -> compileAndRun(p));
            tests.add(DynamicTest.dynamicTest(p.name(), p.path().toUri(), () -> check(p, runs.get())));
        }
        ahead.noMore();
        return tests.stream();
    }

    private static List<Run> compileAndRun(TestProgram p) throws IOException {
        String name = p.simpleName();
        Path dir = Files.createDirectories(WORK.resolve(name));
        Path exe = IlAssembler.assemble(expand(Files.readString(p.path())), dir, name, true).file();
        List<Run> runs = new ArrayList<>();
        for (String mode : MODES) {
            Path native_ = dir.resolve(name + "-" + mode);
            Kiln.Run compile = Kiln.run("compile", exe.toString(), "-o", native_.toString(), "--async-versions=" + mode);
            if (compile.exit() != 0) {
                runs.add(new Run(mode, null, compile, null));
                continue;
            }
            for (String suspension : SUSPENSIONS) {
                List<String> args = new ArrayList<>(p.args());
                args.add(0, suspension);
                runs.add(new Run(mode, suspension, compile, Kiln.execute(native_, args, dir, RUN_TIMEOUT_SECONDS)));
            }
        }
        return runs;
    }

    private static void check(TestProgram p, List<Run> runs) throws IOException {
        Expectation expected = Expectation.of(p, null);
        for (Run run : runs) {
            assertEquals(0, run.compile().exit(), () -> "--async-versions=" + run.mode() + ": kiln compile failed:\n" + run.compile().err());
            expected.check(run.result(), "--async-versions=" + run.mode() + ", " + run.suspension());
        }
    }
}
