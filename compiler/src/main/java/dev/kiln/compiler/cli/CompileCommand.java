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
        description = {"Compile a .NET executable assembly (and what it references) into a native executable,",
            "or, with --image, an assembly into a precompiled image that `kiln run` loads."})
final class CompileCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "IN", description = "The program's assembly (several with --image --composite).")
    List<Path> inputs;

    @Option(names = "--image", description = "Write a precompiled image of the assembly (a library or a program) instead of an executable.")
    boolean image;

    @Option(names = "--composite", description = "With --image: compile all the given assemblies into one image.")
    boolean composite;

    @Option(names = "--inputbubble", description = {"With --image: the image's version bubble holds, besides its own assemblies, the",
        "--inputbubbleref assemblies (or, when none is given, every referenced assembly): small methods of theirs are",
        "inlined into this image, which is then valid only with exactly those assemblies."})
    boolean inputBubble;

    @Option(names = "--inputbubbleref", paramLabel = "REF.dll", description = "With --inputbubble: an assembly of the version bubble (repeatable, globs).")
    List<Path> bubbleReferences = new ArrayList<>();

    // a diagnostic for the images test (what an image cannot do without them), not a user option
    @Option(names = "--withhold-generic-definition-tokens", hidden = true)
    boolean withholdGenericDefinitionTokens;

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

    @picocli.CommandLine.Mixin
    CompilerOptions compiler = new CompilerOptions();

    @picocli.CommandLine.Mixin
    TargetOptions target = new TargetOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (composite && !image) {
            throw new dev.kiln.compiler.KilnUserException("--composite needs --image");
        }
        if (inputs.size() > 1 && !composite) {
            throw new dev.kiln.compiler.KilnUserException("several inputs need --image --composite (an executable is compiled from one program)");
        }
        if (inputBubble && !image) {
            throw new dev.kiln.compiler.KilnUserException("--inputbubble needs --image (an executable is one version bubble already)");
        }
        if (!bubbleReferences.isEmpty() && !inputBubble) {
            throw new dev.kiln.compiler.KilnUserException("--inputbubbleref needs --inputbubble");
        }
        target.check();
        references = ReferencePatterns.expand(references);
        bubbleReferences = ReferencePatterns.expand(bubbleReferences);
        CompileRequest request = compiler.apply(async.apply(reports.apply(request(inputs.get(0), references, output, opt))));
        if (image) {
            request = request.asImage(inputs.subList(1, inputs.size()));
        }
        if (inputBubble) {
            request = request.withInputBubble(bubbleReferences);
        }
        if (withholdGenericDefinitionTokens) {
            request = request.withoutGenericDefinitionTokens();
        }
        new Compilation(KilnHome.locate(), request,
                compiler.verbose ? spec.commandLine().getErr() : null, KilnMain.progressStream(), CompilerOptions.warnings(spec)).run();
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
