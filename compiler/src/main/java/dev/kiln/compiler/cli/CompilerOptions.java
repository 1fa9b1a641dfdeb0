package dev.kiln.compiler.cli;

import dev.kiln.compiler.CompileRequest;
import dev.kiln.compiler.KilnUserException;
import picocli.CommandLine.Option;

/** --parallelism and --verbose, shared by build and compile. */
final class CompilerOptions {
    @Option(names = "--parallelism", paramLabel = "N",
            description = "Threads that generate machine code (default: the number of processors). The output is the same for any N.")
    int parallelism = CompileRequest.defaultParallelism();

    @Option(names = "--verbose", description = "Print the time and memory of each compilation phase on stderr.")
    boolean verbose;

    CompileRequest apply(CompileRequest r) {
        if (parallelism < 1) {
            throw new KilnUserException("--parallelism must be at least 1");
        }
        return r.withParallelism(parallelism);
    }
}
