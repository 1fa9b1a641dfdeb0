package dev.kiln.compiler.cli;

import dev.kiln.compiler.CSharpCompiler;
import dev.kiln.compiler.CSharpOptions;
import dev.kiln.compiler.Compilation;
import dev.kiln.compiler.KilnHome;
import dev.kiln.compiler.KilnUserException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Compile C# sources with mcs against Kiln's core library, then to a native executable.")
final class BuildCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE.cs", description = "C# source files.")
    List<Path> sources;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "The native executable to write.")
    Path output;

    @Option(names = {"-r", "--reference"}, paramLabel = "REF.dll", description = "A referenced assembly (repeatable).")
    List<Path> references = new ArrayList<>();

    @Option(names = "-O", paramLabel = "LEVEL", description = "Optimization level: 0, 2 (default) or s.")
    String opt = "2";

    @Option(names = "--unsafe", description = "Allow unsafe code (mcs -unsafe).")
    boolean unsafe;

    @Option(names = {"-d", "--define"}, paramLabel = "SYMBOL",
            description = "Define a conditional-compilation symbol: -d:SYMBOL, --define SYMBOL (mcs -d:; repeatable).")
    List<String> defines = new ArrayList<>();

    @Option(names = "--mcs-arg", paramLabel = "ARG",
            description = "Pass ARG to mcs as it is, e.g. --mcs-arg=-checked+ (repeatable).")
    List<String> mcsArgs = new ArrayList<>();

    @picocli.CommandLine.Mixin
    ReportOptions reports = new ReportOptions();

    @picocli.CommandLine.Mixin
    AsyncOptions async = new AsyncOptions();

    @picocli.CommandLine.Mixin
    CompilerOptions compiler = new CompilerOptions();

    @picocli.CommandLine.Mixin
    TargetOptions target = new TargetOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        target.check();
        references = ReferencePatterns.expand(references);
        KilnHome home = KilnHome.locate();
        Path work = Files.createTempDirectory("kiln-build");
        try {
            String name = sources.get(0).getFileName().toString().replaceFirst("\\.cs$", "");
            Path assembly = work.resolve(name + ".exe");
            new CSharpCompiler(home).compile(sources, references, csharpOptions(), assembly);
            new Compilation(home, compiler.apply(async.apply(reports.apply(CompileCommand.request(assembly, references, output, opt)))),
                    compiler.verbose ? spec.commandLine().getErr() : null, KilnMain.progressStream(), CompilerOptions.warnings(spec)).run();
            return KilnMain.OK;
        } finally {
            deleteTree(work);
        }
    }

    private CSharpOptions csharpOptions() {
        List<String> symbols = new ArrayList<>();
        for (String d : defines) {
            // -d:FOO reaches picocli as the short option -d with the attached value ":FOO"
            String symbol = d.startsWith(":") || d.startsWith("=") ? d.substring(1) : d;
            if (symbol.isEmpty()) {
                throw new KilnUserException("-d needs a symbol, as in -d:DEBUG");
            }
            symbols.add(symbol);
        }
        return new CSharpOptions(unsafe, symbols, mcsArgs);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new KilnUserException("cannot clean up " + dir + ": " + e.getMessage());
        }
    }
}
