package dev.kiln.compiler.cli;

import dev.kiln.codegen.NativeTarget;
import dev.kiln.compiler.Compilation;
import dev.kiln.compiler.CompileRequest;
import dev.kiln.compiler.KilnHome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "compile", mixinStandardHelpOptions = true,
        description = "Compile a .NET executable assembly (and what it references) into a native executable.")
final class CompileCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "IN.exe", description = "The program's assembly.")
    Path input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "The native executable to write.")
    Path output;

    @Option(names = {"-r", "--reference"}, paramLabel = "REF.dll", description = "A referenced assembly (repeatable).")
    List<Path> references = new ArrayList<>();

    @Option(names = "-O", paramLabel = "LEVEL", description = "Optimization level: 0, 2 (default) or s.")
    String opt = "2";

    @picocli.CommandLine.Mixin
    ReportOptions reports = new ReportOptions();

    @picocli.CommandLine.Mixin
    AsyncOptions async = new AsyncOptions();

    @Option(names = "--verbose", description = "Print the time and memory of each compilation phase on stderr.")
    boolean verbose;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        new Compilation(KilnHome.locate(), async.apply(reports.apply(request(input, references, output, opt))),
                verbose ? spec.commandLine().getErr() : null).run();
        return KilnMain.OK;
    }

    static CompileRequest request(Path input, List<Path> references, Path output, String opt) {
        NativeTarget.OptLevel level;
        switch (opt) {
            case "0": level = NativeTarget.OptLevel.O0; break;
            case "2": level = NativeTarget.OptLevel.O2; break;
            case "s": level = NativeTarget.OptLevel.OS; break;
            default: throw new dev.kiln.compiler.KilnUserException("unknown optimization level -O" + opt + " (use -O0, -O2 or -Os)");
        }
        return new CompileRequest(input, references, output, level, null, "text", null, true);
    }
}
