package dev.kiln.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * Every program under tests/programs is compiled and run by mcs + mono against Mono's mscorlib (the oracle) and
 * by Kiln in two ways, each its own test: {@code [build]} — `kiln build` of the source, against Kiln's core
 * library — and {@code [compile]} — `kiln compile` of the assembly mcs built for the oracle, whose references to
 * mscorlib reach Kiln's core library through the facades. Each must print the same stdout as Mono (or the
 * program's .out file) and exit with the same code. Programs are processed two at a time in this JVM, against the
 * core library parsed once.
 */
class DifferentialTest {
    static final Path ROOT = Path.of(System.getProperty("kiln.home", "..")).resolve("tests/programs").normalize();
    static final Path WORK = Path.of("target/differential").toAbsolutePath();
    static final boolean SLOW = Boolean.getBoolean("kiln.slow") || "none".equals(System.getProperty("excludedGroups"));

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

    @TestFactory
    Stream<DynamicTest> programsBehaveAsUnderMono() throws IOException {
        List<ProgramCase> programs = discover();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        MonoOracle oracle = new MonoOracle(WORK.resolve("oracle-cache"));
        List<DynamicTest> tests = new ArrayList<>();
        for (ProgramCase p : programs) {
            Path work = Files.createDirectories(WORK.resolve(p.name().replace('/', '_').replace(".cs", "")));
            Future<ProcessRunner.Result> expected = pool.submit(() -> p.expectedStdout() == null ? oracle.run(p, work) : null);
            for (Way way : Way.selected()) {
                // each way in a folder of its own: the two may run at once, and programs may write files
                Path dir = Files.createDirectories(work.resolve(way.label));
                Future<Attempt> kiln = pool.submit(() -> way == Way.BUILD
                        ? new Attempt(KilnRunner.buildAndRun(p, dir), null)
                        : compileWay(oracle, p, dir));
                tests.add(DynamicTest.dynamicTest(p.name() + " [" + way.label + "]", p.source().toUri(),
                        () -> check(p, way, expected.get(), kiln.get())));
            }
        }
        pool.shutdown();
        return tests.stream();
    }

    /** What Kiln did with one way of a program, or why that way has nothing to compile. */
    record Attempt(KilnRunner.Outcome outcome, String nothingToCompile) {
    }

    /**
     * `kiln compile` of the oracle's assembly. A program with its own expected output (modern .NET behaviour) may
     * use APIs that Mono's mscorlib lacks: then mcs cannot build it for Mono, and there is nothing to compile.
     */
    private static Attempt compileWay(MonoOracle oracle, ProgramCase p, Path dir) throws IOException {
        try {
            return new Attempt(KilnRunner.compileAndRun(oracle.assembly(p), p, dir), null);
        } catch (MonoOracle.Rejected e) {
            if (p.expectedStdout() == null) {
                throw e;
            }
            return new Attempt(null, e.getMessage().lines().filter(l -> l.contains("error CS")).findFirst().orElse(e.getMessage()));
        }
    }

    private static void check(ProgramCase p, Way way, ProcessRunner.Result mono, Attempt attempt) throws IOException {
        if (attempt.nothingToCompile() != null) {
            abort("no assembly to compile: mcs cannot build this program against Mono's mscorlib (it uses APIs of modern .NET): "
                    + attempt.nothingToCompile());
        }
        KilnRunner.Outcome kiln = attempt.outcome();
        assertEquals(0, kiln.compileExit(), () -> "kiln " + way.label + " failed:\n" + kiln.compileErrors());
        ProcessRunner.Result run = kiln.run();
        if (p.expectedStdout() != null) {
            String expected = Files.readString(p.expectedStdout(), StandardCharsets.UTF_8);
            assertEquals(expected, run.stdout(), () -> "stdout differs from " + p.expectedStdout() + "; stderr:\n" + run.stderr());
            return;
        }
        assertEquals(mono.stdout(), run.stdout(), () -> "stdout differs from Mono; Kiln's stderr:\n" + run.stderr());
        if (mono.exitCode() != 0 && !mono.stderr().isEmpty() && mono.stderr().contains("Unhandled Exception")) {
            // both must fail; Kiln reports the exception the .NET way
            assertTrue(run.exitCode() != 0, "Mono failed with an unhandled exception but Kiln exited 0");
            assertTrue(run.stderr().startsWith("Unhandled exception. "), () -> "Kiln's stderr: " + run.stderr());
        } else {
            assertEquals(mono.exitCode(), run.exitCode(), () -> "exit code differs from Mono; Kiln's stderr:\n" + run.stderr());
        }
    }

    static List<ProgramCase> discover() throws IOException {
        List<ProgramCase> list = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            files.filter(f -> f.toString().endsWith(".cs")).sorted().forEach(f -> {
                ProgramCase p = ProgramCase.read(ROOT, f);
                if (SLOW || !p.tags().contains("slow")) {
                    list.add(p);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return list;
    }
}
