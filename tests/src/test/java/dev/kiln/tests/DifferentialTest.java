package dev.kiln.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.abort;

import dev.kiln.tests.harness.Ahead;
import dev.kiln.tests.harness.Expectation;
import dev.kiln.tests.harness.Kiln;
import dev.kiln.tests.harness.MonoOracle;
import dev.kiln.tests.harness.ProcessRunner;
import dev.kiln.tests.harness.Programs;
import dev.kiln.tests.harness.TestProgram;
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
 * Every program under tests/programs is compiled and run by mcs + mono against Mono's mscorlib (the oracle) and
 * by Kiln in two ways, each its own test: {@code [build]} — `kiln build` of the source, against Kiln's core
 * library — and {@code [compile]} — `kiln compile` of the assembly mcs built for the oracle, whose references to
 * mscorlib reach Kiln's core library through the facades. Each must meet the program's {@link Expectation}.
 * Programs are processed two at a time in this JVM, against the core library parsed once.
 * -Dkiln.programs=linq/,conformance/ runs some of them (see {@link Programs}).
 */
class DifferentialTest {
    static final String FOLDER = "programs";
    static final Path WORK = Path.of("target/differential").toAbsolutePath();

    /** The two ways a program reaches Kiln. */
    enum Way {
        BUILD("build"), COMPILE("compile");

        final String label;

        Way(String label) {
            this.label = label;
        }

        /** The ways to test: both, unless -Dkiln.differential.ways=build (or compile) asks for one while working on it. */
        static List<Way> selected() {
            String names = System.getProperty("kiln.differential.ways", "build,compile");
            List<Way> ways = new ArrayList<>();
            for (Way w : values()) {
                if (List.of(names.split(",")).contains(w.label)) {
                    ways.add(w);
                }
            }
            if (ways.isEmpty()) {
                throw new IllegalArgumentException("kiln.differential.ways=" + names + ": use build, compile or both");
            }
            return ways;
        }
    }

    /** The C# programs this runner and the image runner share. */
    static List<TestProgram> programs() throws IOException {
        return Programs.toRun(FOLDER, TestProgram.Kind.CSHARP);
    }

    @TestFactory
    Stream<DynamicTest> programsBehaveAsUnderMono() throws IOException {
        Ahead ahead = new Ahead();
        MonoOracle oracle = new MonoOracle(MonoOracle.CACHE);
        List<DynamicTest> tests = new ArrayList<>();
        for (TestProgram p : programs()) {
            Path work = Files.createDirectories(WORK.resolve(p.workName()));
            Future<ProcessRunner.Result> expected = ahead.submit(() -> Expectation.needsOracle(p) ? oracle.run(p, work) : null);
            for (Way way : Way.selected()) {
                // each way in a folder of its own: the two may run at once, and programs may write files
                Path dir = Files.createDirectories(work.resolve(way.label));
                Future<Attempt> kiln = ahead.submit(() -> way == Way.BUILD
                        ? new Attempt(Kiln.buildAndRun(p, dir), null)
                        : compileWay(oracle, p, dir));
                tests.add(DynamicTest.dynamicTest(p.name() + " [" + way.label + "]", p.path().toUri(),
                        () -> check(p, way, expected.get(), kiln.get())));
            }
        }
        ahead.noMore();
        return tests.stream();
    }

    /** What Kiln did with one way of a program, or why that way has nothing to compile. */
    record Attempt(Kiln.Outcome outcome, String nothingToCompile) {
    }

    /**
     * `kiln compile` of the oracle's assembly. A program with its own expected output (modern .NET behaviour) may
     * use APIs that Mono's mscorlib lacks: then mcs cannot build it for Mono, and there is nothing to compile.
     */
    private static Attempt compileWay(MonoOracle oracle, TestProgram p, Path dir) throws IOException {
        try {
            return new Attempt(Kiln.compileAndRun(oracle.assembly(p), dir.resolve("program"), List.of(), p.launch(), dir), null);
        } catch (MonoOracle.Rejected e) {
            if (p.expectedStdout() == null) {
                throw e;
            }
            return new Attempt(null, e.getMessage().lines().filter(l -> l.contains("error CS")).findFirst().orElse(e.getMessage()));
        }
    }

    private static void check(TestProgram p, Way way, ProcessRunner.Result mono, Attempt attempt) throws IOException {
        if (attempt.nothingToCompile() != null) {
            abort("no assembly to compile: mcs cannot build this program against Mono's mscorlib (it uses APIs of modern .NET): "
                    + attempt.nothingToCompile());
        }
        Kiln.Outcome kiln = attempt.outcome();
        assertEquals(0, kiln.compile().exit(), () -> "kiln " + way.label + " failed:\n" + kiln.compile().err());
        Expectation.of(p, mono).check(kiln.run(), "");
    }
}
