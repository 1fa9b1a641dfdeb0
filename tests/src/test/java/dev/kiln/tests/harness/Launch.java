package dev.kiln.tests.harness;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How a program is started, the same for the oracle and for Kiln: its arguments, the file its standard input comes
 * from (null: none) and environment variables added to the test JVM's.
 */
public record Launch(List<String> args, Path stdin, Map<String, String> environment) {
    /** Arguments only: empty standard input, the JVM's environment. */
    public static Launch of(List<String> args) {
        return new Launch(args, null, Map.of());
    }

    /** The same launch with other arguments (a loader's own arguments before the program's). */
    public Launch withArgs(List<String> otherArgs) {
        return new Launch(otherArgs, stdin, environment);
    }

    /** Runs command (the executable; the arguments are appended) in work. */
    ProcessRunner.Result run(List<String> command, Path work, int timeoutSeconds) {
        List<String> full = new java.util.ArrayList<>(command);
        full.addAll(args);
        return ProcessRunner.run(full, work, timeoutSeconds, environment, stdin);
    }
}
