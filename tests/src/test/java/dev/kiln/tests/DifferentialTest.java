package dev.kiln.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Every program under tests/programs is compiled and run twice — by mcs + mono against Mono's mscorlib (the
 * oracle) and by Kiln — and the two must print the same stdout and exit with the same code. Programs are
 * processed two at a time in this JVM, against the core library parsed once.
 */
class DifferentialTest {
    static final Path ROOT = Path.of(System.getProperty("kiln.home", "..")).resolve("tests/programs").normalize();
    static final Path WORK = Path.of("target/differential").toAbsolutePath();
    static final boolean SLOW = Boolean.getBoolean("kiln.slow") || "none".equals(System.getProperty("excludedGroups"));

    record Observed(ProcessRunner.Result oracle, KilnRunner.Outcome kiln) {
    }

    @TestFactory
    Stream<DynamicTest> programsBehaveAsUnderMono() throws IOException {
        List<ProgramCase> programs = discover();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        MonoOracle oracle = new MonoOracle(WORK.resolve("oracle-cache"));
        List<Future<Observed>> results = new ArrayList<>();
        for (ProgramCase p : programs) {
            results.add(pool.submit(() -> {
                Path work = Files.createDirectories(WORK.resolve(p.name().replace('/', '_').replace(".cs", "")));
                ProcessRunner.Result expected = p.expectedStdout() == null ? oracle.run(p, work) : null;
                return new Observed(expected, KilnRunner.buildAndRun(p, work));
            }));
        }
        pool.shutdown();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < programs.size(); i++) {
            ProgramCase p = programs.get(i);
            Future<Observed> f = results.get(i);
            tests.add(DynamicTest.dynamicTest(p.name(), p.source().toUri(), () -> check(p, f.get())));
        }
        return tests.stream();
    }

    private static void check(ProgramCase p, Observed o) throws IOException {
        KilnRunner.Outcome kiln = o.kiln();
        assertEquals(0, kiln.compileExit(), () -> "kiln build failed:\n" + kiln.compileErrors());
        ProcessRunner.Result run = kiln.run();
        if (p.expectedStdout() != null) {
            String expected = Files.readString(p.expectedStdout(), StandardCharsets.UTF_8);
            assertEquals(expected, run.stdout(), () -> "stdout differs from " + p.expectedStdout() + "; stderr:\n" + run.stderr());
            return;
        }
        ProcessRunner.Result mono = o.oracle();
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
