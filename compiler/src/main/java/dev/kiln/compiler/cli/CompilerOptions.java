package dev.kiln.compiler.cli;

import dev.kiln.compiler.CompileRequest;
import dev.kiln.compiler.KilnUserException;
import picocli.CommandLine.Option;

/** --parallelism, --verbose, --missing, --no-cache, --direct-pinvoke and -g/-g0/--strip, shared by build and compile. */
final class CompilerOptions {
    @Option(names = "--parallelism", paramLabel = "N",
            description = "Threads that optimize and generate machine code (default: the number of processors). The output is the same for any N.")
    int parallelism = CompileRequest.defaultParallelism();

    @Option(names = "--verbose", description = {"Print the time and memory of each compilation phase on stderr, and",
        "how machine code was split into partitions (and how many came from the cache)."})
    boolean verbose;

    @Option(names = "--no-cache", description = {"Compile every partition of machine code, and store none, instead of reusing",
        "identical partitions from the cache ($KILN_CACHE_DIR, else $XDG_CACHE_HOME/kiln, else ~/.cache/kiln; 1 GiB at most)."})
    boolean noCache;

    @Option(names = "--missing", paramLabel = "warn|error", description = {"What a type, member or assembly that reachable code",
        "references but the assemblies lack is: a warning, with the code compiled to throw what .NET throws there",
        "(warn, the default), or an error (nothing is written)."})
    String missing = "warn";

    @Option(names = "--reflection", paramLabel = "analyze|keep-all", description = {"What reflection keeps: what the",
        "program's reflection calls name with constant arguments, with a warning (IL2075 style) per call the analysis",
        "cannot follow (analyze, the default), or every member of every type reflection can see (keep-all)."})
    String reflection = "analyze";

    @Option(names = "--direct-pinvoke", paramLabel = "LIB", description = {"Link P/Invoke calls into LIB directly: the entry",
        "points become symbols the linker resolves and LIB is linked (-lNAME, or a path as given), instead of binding",
        "them with dlopen/dlsym at the first call. LIB matches [DllImport] names as the lazy binding does: c, libc and",
        "libc.so.6 are one library, as are foo, libfoo and /path/libfoo.so (repeatable)."})
    java.util.List<String> directPInvokes = new java.util.ArrayList<>();

    @Option(names = "-g", description = {"Emit debug information (DWARF line tables and subprograms from the assembly's",
        "symbols, and file:line in stack traces). The default when the input assembly has symbols (App.exe.mdb)."})
    boolean debugInfo;

    @Option(names = "-g0", description = "Emit no debug information, even when the input assembly has symbols.")
    boolean noDebugInfo;

    @Option(names = "--strip", description = {"Emit no debug information and strip the C runtime's from the output too",
        "(the smallest executable; stack traces without file:line, debuggers without source lines)."})
    boolean strip;

    CompileRequest apply(CompileRequest r) {
        if (debugInfo && noDebugInfo) {
            throw new KilnUserException("-g and -g0 exclude each other");
        }
        if (debugInfo && strip) {
            throw new KilnUserException("-g and --strip exclude each other");
        }
        r = r.withDebugInfo(strip ? CompileRequest.DebugInfoMode.STRIP : debugInfo ? CompileRequest.DebugInfoMode.ON
                : noDebugInfo ? CompileRequest.DebugInfoMode.OFF : CompileRequest.DebugInfoMode.AUTO);
        if (parallelism < 1) {
            throw new KilnUserException("--parallelism must be at least 1");
        }
        if (!missing.equals("warn") && !missing.equals("error")) {
            throw new KilnUserException("unknown --missing=" + missing + " (use warn or error)");
        }
        if (!reflection.equals("analyze") && !reflection.equals("keep-all")) {
            throw new KilnUserException("unknown --reflection=" + reflection + " (use analyze or keep-all)");
        }
        CompileRequest request = r.withParallelism(parallelism).withReflectionKeepAll(reflection.equals("keep-all")).withMissingAsError(missing.equals("error"))
                .withDirectPInvokes(directPInvokes);
        return noCache ? request.withoutCache() : request;
    }

    /** Prints warnings as `kiln: warning: ...` lines on the command's stderr. */
    static java.util.function.Consumer<String> warnings(picocli.CommandLine.Model.CommandSpec spec) {
        java.io.PrintWriter err = spec.commandLine().getErr();
        return line -> err.println("kiln: warning: " + line);
    }
}
