package dev.kiln.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles a differential program with Kiln in this JVM — from its source (`kiln build`) or from the assembly
 * another compiler built (`kiln compile`) — and runs the native executable.
 */
final class KilnRunner {
    record Outcome(int compileExit, String compileErrors, ProcessRunner.Result run) {
    }

    private KilnRunner() {
    }

    static Outcome buildAndRun(ProgramCase program, Path work) {
        Path exe = work.resolve("program");
        // --unsafe as the oracle's mcs -unsafe: programs may use pointers, fixed and stackalloc
        return run(CliErrorsTest.kiln("build", "--unsafe", program.source().toString(), "-o", exe.toString()), exe, program, work);
    }

    /** `kiln compile` of an assembly built elsewhere (by mcs against Mono's mscorlib), then the executable. */
    static Outcome compileAndRun(Path assembly, ProgramCase program, Path work) {
        Path exe = work.resolve("program");
        return run(CliErrorsTest.kiln("compile", assembly.toString(), "-o", exe.toString()), exe, program, work);
    }

    private static Outcome run(CliErrorsTest.Run compile, Path exe, ProgramCase program, Path work) {
        if (compile.exit() != 0) {
            return new Outcome(compile.exit(), compile.err(), null);
        }
        List<String> command = new ArrayList<>();
        command.add(exe.toString());
        command.addAll(program.args());
        return new Outcome(0, "", ProcessRunner.run(command, work, 60));
    }
}
