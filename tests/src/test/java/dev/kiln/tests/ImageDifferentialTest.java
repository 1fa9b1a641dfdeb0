package dev.kiln.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
 * The differential programs (tests/programs) in image mode: each compiled by mcs against Kiln's core library into
 * its own image, run by `kiln run` against one core-library image compiled once, and compared with Mono as the
 * executables are (DifferentialTest). Every second program is compiled with --inputbubble (the core library in its
 * version bubble, its small methods inlined); -Dkiln.images.bubble=all or none compiles all or none of them so.
 */
class ImageDifferentialTest {
    static final Path WORK = Path.of("target/image-differential").toAbsolutePath();

    record Observed(ProcessRunner.Result oracle, String compileError, ProcessRunner.Result run) {
    }

    @TestFactory
    Stream<DynamicTest> programsBehaveAsUnderMonoInImageMode() throws Exception {
        List<ProgramCase> programs = DifferentialTest.discover();
        Path core = Files.createDirectories(WORK.resolve("core"));
        String corelib = CliErrorsTest.kiln("corelib").out().strip();
        CliErrorsTest.Run coreImage = CliErrorsTest.kiln("compile", "--image", corelib, "-o", core.resolve("corelib.kimg").toString());
        assertEquals(0, coreImage.exit(), coreImage.err());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        MonoOracle oracle = new MonoOracle(DifferentialTest.WORK.resolve("oracle-cache"));
        List<Future<Observed>> results = new ArrayList<>();
        String bubbleMode = System.getProperty("kiln.images.bubble", "alternate");
        for (int i = 0; i < programs.size(); i++) {
            ProgramCase p = programs.get(i);
            boolean bubble = bubbled(bubbleMode, i);
            results.add(pool.submit(() -> observe(p, oracle, corelib, core, bubble)));
        }
        pool.shutdown();
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < programs.size(); i++) {
            ProgramCase p = programs.get(i);
            Future<Observed> f = results.get(i);
            tests.add(DynamicTest.dynamicTest(p.name() + (bubbled(bubbleMode, i) ? " --inputbubble" : ""), p.source().toUri(),
                    () -> check(p, f.get())));
        }
        return tests.stream();
    }

    private static boolean bubbled(String mode, int index) {
        return mode.equals("all") || mode.equals("alternate") && index % 2 == 1;
    }

    private static Observed observe(ProgramCase p, MonoOracle oracle, String corelib, Path core, boolean bubble) throws IOException {
        Path work = Files.createDirectories(WORK.resolve(p.name().replace('/', '_').replace(".cs", "")));
        ProcessRunner.Result expected = p.expectedStdout() == null ? oracle.run(p, Files.createDirectories(work.resolve("oracle"))) : null;
        Path exe = work.resolve("Program.exe");
        ProcessRunner.Result mcs = ProcessRunner.run(List.of("mcs", "-nostdlib", "-noconfig", "-unsafe", "-r:" + corelib, "-out:" + exe,
                p.source().toString()), work, 120);
        if (mcs.exitCode() != 0) {
            return new Observed(expected, "mcs: " + mcs.stdout(), null);
        }
        List<String> compile = new ArrayList<>(List.of("compile", "--image"));
        if (bubble) {
            compile.add("--inputbubble");
        }
        compile.addAll(List.of(exe.toString(), "-o", work.resolve("Program.kimg").toString()));
        CliErrorsTest.Run image = CliErrorsTest.kiln(compile.toArray(new String[0]));
        if (image.exit() != 0) {
            return new Observed(expected, image.err(), null);
        }
        // what `kiln run` executes, run here with a time limit and no standard input
        Path home = Path.of(System.getProperty("kiln.home", "..")).toAbsolutePath().normalize();
        List<String> command = new ArrayList<>(List.of(home.resolve("runtime-c/target/kiln-run").toString(),
                "--images", core.toString(), "--assemblies", Path.of(corelib).getParent().toString(),
                "--assemblies", home.resolve("corelib/target/facades").toString(), exe.toString()));
        command.addAll(p.args());
        return new Observed(expected, null, ProcessRunner.run(command, work, 60));
    }

    private static void check(ProgramCase p, Observed o) throws IOException {
        assertEquals(null, o.compileError(), "kiln compile --image failed");
        ProcessRunner.Result run = o.run();
        if (p.expectedStdout() != null) {
            assertEquals(Files.readString(p.expectedStdout(), StandardCharsets.UTF_8), run.stdout(), () -> "stderr:\n" + run.stderr());
            return;
        }
        ProcessRunner.Result mono = o.oracle();
        assertEquals(mono.stdout(), run.stdout(), () -> "stdout differs from Mono; stderr:\n" + run.stderr());
        if (mono.exitCode() != 0 && mono.stderr().contains("Unhandled Exception")) {
            assertTrue(run.exitCode() != 0, "Mono failed with an unhandled exception but kiln run exited 0");
        } else {
            assertEquals(mono.exitCode(), run.exitCode(), () -> "exit code differs from Mono; stderr:\n" + run.stderr());
        }
    }
}
