package dev.kiln.tests;

import dev.kiln.compiler.cli.KilnMain;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds a program with Kiln in this JVM (as `kiln build` would) and runs the native executable. */
final class KilnRunner {
    record Outcome(int compileExit, String compileErrors, ProcessRunner.Result run) {
    }

    private KilnRunner() {
    }

    static Outcome buildAndRun(ProgramCase program, Path work) {
        Path exe = work.resolve("program");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = KilnMain.run(new String[] {"build", program.source().toString(), "-o", exe.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        if (exit != 0) {
            return new Outcome(exit, err.toString(StandardCharsets.UTF_8), null);
        }
        List<String> command = new ArrayList<>();
        command.add(exe.toString());
        command.addAll(program.args());
        return new Outcome(0, "", ProcessRunner.run(command, work, 60));
    }
}
