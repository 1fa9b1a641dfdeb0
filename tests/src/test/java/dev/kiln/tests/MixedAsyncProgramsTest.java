package dev.kiln.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.tests.harness.Ahead;
import dev.kiln.tests.harness.Expectation;
import dev.kiln.tests.harness.Kiln;
import dev.kiln.tests.harness.Mcs;
import dev.kiln.tests.harness.MonoOracle;
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
 * Classic async code (mcs) and runtime-async code awaiting each other, with Mono as the oracle. Each folder program
 * under tests/mixed-programs holds Program.cs (classic, the entry point, with the header), Classic.cs (a classic
 * async library) and a runtime-async library twice: Async.il for Kiln and Async.cs, the same methods as classic
 * async code, for Mono, which cannot run runtime async. Program.cs awaits the runtime-async methods through their
 * task-returning form, and those await Classic's methods. Mono must succeed, and Kiln's runs, in both
 * --async-versions modes, must meet the program's {@link Expectation}.
 */
class MixedAsyncProgramsTest {
    static final String FOLDER = "mixed-programs";
    static final Path WORK = Path.of("target/mixed-programs").toAbsolutePath();
    static final List<String> MODES = List.of("on", "off");

    record Observed(ProcessRunner.Result oracle, List<Kiln.Outcome> kiln) {
    }

    @TestFactory
    Stream<DynamicTest> mixedProgramsBehaveAsUnderMono() throws IOException {
        Ahead ahead = new Ahead();
        List<DynamicTest> tests = new ArrayList<>();
        for (TestProgram p : Programs.toRun(FOLDER, TestProgram.Kind.FOLDER)) {
            Future<Observed> observed = ahead.submit(() -> observe(p));
            tests.add(DynamicTest.dynamicTest(p.name(), p.path().toUri(), () -> check(p, observed.get())));
        }
        ahead.noMore();
        return tests.stream();
    }

    private static Observed observe(TestProgram p) throws IOException {
        Path sources = p.path();
        ProcessRunner.Result expected = null;
        if (Expectation.needsOracle(p)) {
            Path mono = Files.createDirectories(WORK.resolve(p.workName() + "/mono"));
            mcs(mono, List.of(), "Classic.dll", sources.resolve("Classic.cs"));
            mcs(mono, List.of(), "Async.dll", sources.resolve("Async.cs"), "Classic.dll");
            mcs(mono, List.of(), "Program.exe", sources.resolve("Program.cs"), "Async.dll", "Classic.dll");
            expected = MonoOracle.mono(mono.resolve("Program.exe"), p.args(), mono);
            ProcessRunner.Result oracle = expected;
            assertEquals(0, oracle.exitCode(), () -> "mono failed: " + oracle.stderr());
        }

        Path kiln = Files.createDirectories(WORK.resolve(p.workName() + "/kiln"));
        List<String> core = Mcs.kilnCoreLibrary();
        mcs(kiln, core, "Classic.dll", sources.resolve("Classic.cs"));
        IlAssembler.assemble(AsyncIl.expand(Files.readString(sources.resolve("Async.il"))), kiln, "Async", false);
        mcs(kiln, core, "Program.exe", sources.resolve("Program.cs"), "Async.dll", "Classic.dll");
        List<Kiln.Outcome> outcomes = new ArrayList<>();
        for (String mode : MODES) {
            outcomes.add(Kiln.compileAndRun(kiln.resolve("Program.exe"), kiln.resolve("program-" + mode), List.of("--async-versions=" + mode),
                    p.args(), kiln));
        }
        return new Observed(expected, outcomes);
    }

    private static void check(TestProgram p, Observed o) throws IOException {
        Expectation expected = Expectation.of(p, o.oracle());
        for (int i = 0; i < MODES.size(); i++) {
            String what = "--async-versions=" + MODES.get(i);
            Kiln.Outcome kiln = o.kiln().get(i);
            assertEquals(0, kiln.compile().exit(), () -> what + ": " + kiln.compile().err());
            expected.check(kiln.run(), what);
        }
    }

    /** mcs in dir: a library unless out ends in .exe, referencing the assemblies already built there. */
    private static void mcs(Path dir, List<String> options, String out, Path source, String... references) {
        List<Path> refs = Stream.of(references).map(dir::resolve).toList();
        ProcessRunner.Result r = Mcs.compile(dir, options, dir.resolve(out), refs, source);
        assertEquals(0, r.exitCode(), () -> "mcs " + out + ":\n" + r.stdout() + r.stderr());
    }
}
