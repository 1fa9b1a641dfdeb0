package dev.kiln.tests.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * What a run of a program must print and return: stdout from its expect-stdout-file, else the oracle's; the exit
 * code its header states, else the oracle's, else 0. Where the oracle (Mono) died of an unhandled exception, Kiln's
 * run must fail too, reporting the exception the .NET way ("Unhandled exception. " on stderr, as also for a stated
 * exit code of 134, the code .NET's unhandled exceptions end with).
 */
public final class Expectation {
    /** The exit code of a process killed by SIGABRT, which .NET raises for an unhandled exception. */
    public static final int UNHANDLED_EXIT = 134;
    private static final String DOTNET_UNHANDLED = "Unhandled exception. ";

    private final String stdout;
    private final String stdoutSource;
    private final int exit;
    private final boolean unhandled;
    private final boolean unhandledMessageChecked;

    private Expectation(String stdout, String stdoutSource, int exit, boolean unhandled, boolean unhandledMessageChecked) {
        this.stdout = stdout;
        this.stdoutSource = stdoutSource;
        this.exit = exit;
        this.unhandled = unhandled;
        this.unhandledMessageChecked = unhandledMessageChecked;
    }

    /** The expectation for program; oracle is the oracle's run, or null when the program's header makes it unneeded. */
    public static Expectation of(TestProgram program, ProcessRunner.Result oracle) throws IOException {
        Header h = program.header();
        String stdout;
        String source;
        if (h.expectedStdout() != null) {
            stdout = Files.readString(h.expectedStdout(), StandardCharsets.UTF_8);
            source = h.expectedStdout().getFileName().toString();
        } else if (oracle != null) {
            stdout = oracle.stdout();
            source = "Mono";
        } else {
            throw new IllegalStateException(program.name() + ": no oracle and no expect-stdout-file");
        }
        if (h.exit().isPresent()) {
            int stated = h.exit().getAsInt();
            return new Expectation(stdout, source, stated, stated == UNHANDLED_EXIT, true);
        }
        if (h.expectedStdout() == null && oracle.exitCode() != 0 && oracle.stderr().contains("Unhandled Exception")) {
            return new Expectation(stdout, source, oracle.exitCode(), true, true);
        }
        return new Expectation(stdout, source, h.expectedStdout() == null ? oracle.exitCode() : 0, false, true);
    }

    /** Whether the oracle needs to run for program: only when no file states its stdout. */
    public static boolean needsOracle(TestProgram program) {
        return program.expectedStdout() == null;
    }

    /** The same, without requiring .NET's wording for an unhandled exception (only that the run fails). */
    public Expectation withoutUnhandledMessage() {
        return new Expectation(stdout, stdoutSource, exit, unhandled, false);
    }

    /** Checks one run; what says which run it was, for the messages (may be empty). */
    public void check(ProcessRunner.Result run, String what) {
        String prefix = what.isEmpty() ? "" : what + ": ";
        assertEquals(stdout, run.stdout(), () -> prefix + "stdout differs from " + stdoutSource + "; stderr:\n" + run.stderr());
        if (unhandled && exit != UNHANDLED_EXIT) {
            assertTrue(run.exitCode() != 0, () -> prefix + stdoutSource + " failed with an unhandled exception but Kiln's run exited 0");
        } else {
            assertEquals(exit, run.exitCode(), () -> prefix + "exit code; stderr:\n" + run.stderr());
        }
        if (unhandled && unhandledMessageChecked) {
            assertTrue(run.stderr().startsWith(DOTNET_UNHANDLED), () -> prefix + "stderr:\n" + run.stderr());
        }
    }
}
