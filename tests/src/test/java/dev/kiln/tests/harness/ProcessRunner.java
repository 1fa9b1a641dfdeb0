package dev.kiln.tests.harness;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a process with a time limit and captures stdout, stderr and the exit code. Standard input is empty unless a
 * file is given to read it from.
 */
public final class ProcessRunner {
    public record Result(int exitCode, String stdout, String stderr) {
    }

    private ProcessRunner() {
    }

    public static Result run(List<String> command, Path workDir, int timeoutSeconds) {
        return run(command, workDir, timeoutSeconds, Map.of());
    }

    /** As {@link #run(List, Path, int)}, with environment variables added to this JVM's. */
    public static Result run(List<String> command, Path workDir, int timeoutSeconds, Map<String, String> environment) {
        return run(command, workDir, timeoutSeconds, environment, null);
    }

    /** As {@link #run(List, Path, int, Map)}, with standard input read from stdin (null: empty). */
    public static Result run(List<String> command, Path workDir, int timeoutSeconds, Map<String, String> environment, Path stdin) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
            builder.environment().putAll(environment);
            if (stdin != null) {
                builder.redirectInput(stdin.toFile());
            }
            Process p = builder.start();
            if (stdin == null) {
                p.getOutputStream().close();
            }
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(-1, out.getNow(""), "timed out after " + timeoutSeconds + " s: " + command);
            }
            return new Result(p.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            return new Result(-2, "", "cannot run " + command + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-3, "", "interrupted");
        }
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
