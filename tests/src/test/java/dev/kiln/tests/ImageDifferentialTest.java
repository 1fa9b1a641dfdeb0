package dev.kiln.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.tests.harness.Ahead;
import dev.kiln.tests.harness.Expectation;
import dev.kiln.tests.harness.Kiln;
import dev.kiln.tests.harness.Mcs;
import dev.kiln.tests.harness.MonoOracle;
import dev.kiln.tests.harness.ProcessRunner;
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
 * The differential programs (tests/programs) in image mode: each compiled by mcs against Kiln's core library into
 * its own image, run by `kiln run` against one core-library image compiled once, and checked as the executables are
 * (DifferentialTest). Every second program is compiled with --inputbubble (the core library in its version bubble,
 * its small methods inlined); -Dkiln.images.bubble=all or none compiles all or none of them so.
 */
class ImageDifferentialTest {
    /** The tag of a program that image mode cannot run yet; its header comment says why. */
    static final String NOT_IN_IMAGES = "not-in-images";
    static final Path WORK = Path.of("target/image-differential").toAbsolutePath();

    record Observed(ProcessRunner.Result oracle, String compileError, ProcessRunner.Result run) {
    }

    @TestFactory
    Stream<DynamicTest> programsBehaveAsUnderMonoInImageMode() throws Exception {
        List<TestProgram> programs = DifferentialTest.programs();
        Path core = Files.createDirectories(WORK.resolve("core"));
        Kiln.Run coreImage = Kiln.run("compile", "--image", Kiln.corelib(), "-o", core.resolve("corelib.kimg").toString());
        assertEquals(0, coreImage.exit(), coreImage.err());
        Ahead ahead = new Ahead();
        MonoOracle oracle = new MonoOracle(MonoOracle.CACHE);
        List<DynamicTest> tests = new ArrayList<>();
        String bubbleMode = System.getProperty("kiln.images.bubble", "alternate");
        for (int i = 0; i < programs.size(); i++) {
            TestProgram p = programs.get(i);
            boolean bubble = bubbled(bubbleMode, i);
            Future<Observed> f = ahead.submit(() -> observe(p, oracle, core, bubble));
            tests.add(DynamicTest.dynamicTest(p.name() + (bubble ? " --inputbubble" : ""), p.path().toUri(), () -> check(p, f.get())));
        }
        ahead.noMore();
        return tests.stream();
    }

    private static boolean bubbled(String mode, int index) {
        return mode.equals("all") || mode.equals("alternate") && index % 2 == 1;
    }

    private static Observed observe(TestProgram p, MonoOracle oracle, Path core, boolean bubble) throws IOException {
        Path work = Files.createDirectories(WORK.resolve(p.workName()));
        ProcessRunner.Result expected = Expectation.needsOracle(p) ? oracle.run(p, Files.createDirectories(work.resolve("oracle"))) : null;
        Path exe = work.resolve("Program.exe");
        List<String> options = new ArrayList<>(Mcs.kilnCoreLibrary());
        options.add("-unsafe");
        ProcessRunner.Result mcs = Mcs.compile(work, options, exe, List.of(), p.path());
        if (mcs.exitCode() != 0) {
            return new Observed(expected, "mcs: " + mcs.stdout(), null);
        }
        List<String> compile = new ArrayList<>(List.of("compile", "--image"));
        if (bubble) {
            compile.add("--inputbubble");
        }
        compile.addAll(List.of(exe.toString(), "-o", work.resolve("Program.kimg").toString()));
        Kiln.Run image = Kiln.run(compile);
        if (image.exit() != 0) {
            return new Observed(expected, image.err(), null);
        }
        // what `kiln run` executes, run here with a time limit and the program's standard input and environment
        List<String> loaderArgs = List.of("--images", core.toString(), "--assemblies", Path.of(Kiln.corelib()).getParent().toString(),
                "--assemblies", Kiln.HOME.resolve("corelib/target/facades").toString(), exe.toString());
        List<String> args = new ArrayList<>(loaderArgs);
        args.addAll(p.args());
        return new Observed(expected, null, Kiln.execute(Kiln.loader(), p.launch().withArgs(args), work));
    }

    private static void check(TestProgram p, Observed o) throws IOException {
        if (p.header().tags().contains(NOT_IN_IMAGES)) {
            org.junit.jupiter.api.Assumptions.abort("tagged " + NOT_IN_IMAGES + ": its header says what image mode lacks for it");
        }
        assertEquals(null, o.compileError(), "kiln compile --image failed");
        Expectation.of(p, o.oracle()).withoutUnhandledMessage().check(o.run(), "");
    }
}
