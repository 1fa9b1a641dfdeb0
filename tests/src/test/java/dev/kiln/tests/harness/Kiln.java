package dev.kiln.tests.harness;

import dev.kiln.compiler.cli.KilnMain;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one way the tests run Kiln's CLI: in this JVM through {@link KilnMain} ({@link #run}), which costs no JVM
 * start-up; as a process only where the `kiln` launcher script itself is under test ({@link #script}). Every run
 * shares one compiled-object cache under tests/target: in this JVM through the system property {@code kiln.cache.dir}
 * (unless the command line set it), in processes through the environment variable {@code KILN_CACHE_DIR}.
 */
public final class Kiln {
    public static final Path HOME = Path.of(System.getProperty("kiln.home", "..")).toAbsolutePath().normalize();
    public static final Path CACHE_DIR = HOME.resolve("tests/target/kiln-cache");
    private static final int EXECUTABLE_TIMEOUT_SECONDS = 60;
    private static volatile String corelib;

    static {
        if (System.getProperty("kiln.cache.dir") == null) {
            System.setProperty("kiln.cache.dir", CACHE_DIR.toString());
        }
    }

    /** What one CLI command printed and returned. */
    public record Run(int exit, String out, String err) {
    }

    /** A program compiled by Kiln and then run: {@code run} is null when compiling failed. */
    public record Outcome(Run compile, ProcessRunner.Result run) {
    }

    private Kiln() {
    }

    /** `kiln ARGS...` in this JVM. */
    public static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = KilnMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    public static Run run(List<String> args) {
        return run(args.toArray(new String[0]));
    }

    /** The `kiln` launcher script as a process, in workDir: for what only the script does (e.g. `kiln run` without a JVM). */
    public static ProcessRunner.Result script(Path workDir, int timeoutSeconds, String... args) {
        List<String> command = new ArrayList<>(List.of(HOME.resolve("kiln").toString()));
        command.addAll(List.of(args));
        return ProcessRunner.run(command, workDir, timeoutSeconds, Map.of("KILN_CACHE_DIR", CACHE_DIR.toString()));
    }

    /** The core library's reference assembly (`kiln corelib`), for compiling C# against it. */
    public static String corelib() {
        if (corelib == null) {
            corelib = run("corelib").out().strip();
        }
        return corelib;
    }

    /** The image loader `kiln run` executes (runtime-c/target/kiln-run). */
    public static Path loader() {
        return HOME.resolve("runtime-c/target/kiln-run");
    }

    /** `kiln build --unsafe` of a C# program (unsafe as the oracle's mcs -unsafe), then the executable with its arguments. */
    public static Outcome buildAndRun(TestProgram program, Path work) {
        Path exe = work.resolve("program");
        return thenRun(run("build", "--unsafe", program.path().toString(), "-o", exe.toString()), exe, program.launch(), work);
    }

    /** `kiln compile` of an assembly built elsewhere, with extra options, then the executable with these arguments. */
    public static Outcome compileAndRun(Path assembly, Path exe, List<String> options, List<String> args, Path work) {
        return compileAndRun(assembly, exe, options, Launch.of(args), work);
    }

    /** The same, the executable started as launch says (arguments, standard input, environment). */
    public static Outcome compileAndRun(Path assembly, Path exe, List<String> options, Launch launch, Path work) {
        List<String> command = new ArrayList<>(List.of("compile", assembly.toString(), "-o", exe.toString()));
        command.addAll(options);
        return thenRun(run(command), exe, launch, work);
    }

    /** Runs an executable Kiln produced, in work, with these arguments, no standard input and a time limit. */
    public static ProcessRunner.Result execute(Path exe, List<String> args, Path work) {
        return execute(exe, args, work, EXECUTABLE_TIMEOUT_SECONDS);
    }

    public static ProcessRunner.Result execute(Path exe, List<String> args, Path work, int timeoutSeconds) {
        return execute(exe, Launch.of(args), work, timeoutSeconds);
    }

    /** Runs an executable Kiln produced, in work, started as launch says, with a time limit. */
    public static ProcessRunner.Result execute(Path exe, Launch launch, Path work) {
        return execute(exe, launch, work, EXECUTABLE_TIMEOUT_SECONDS);
    }

    public static ProcessRunner.Result execute(Path exe, Launch launch, Path work, int timeoutSeconds) {
        return launch.run(List.of(exe.toString()), work, timeoutSeconds);
    }

    private static Outcome thenRun(Run compile, Path exe, Launch launch, Path work) {
        return new Outcome(compile, compile.exit() == 0 ? execute(exe, launch, work) : null);
    }
}
