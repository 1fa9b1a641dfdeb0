package dev.kiln.compiler;

import dev.kiln.codegen.NativeTarget;
import java.nio.file.Path;
import java.util.List;

/**
 * What to compile: the input assembly, extra references, the output, and options. The reports (mapFile, dgmlFile,
 * reportFile: the HTML size report) are written only when not null.
 */
public record CompileRequest(Path input, List<Path> references, Path output, NativeTarget.OptLevel optLevel,
                             Path mapFile, String mapFormat, Path dgmlFile, boolean asyncVersions, boolean image,
                             List<Path> composite, int parallelism, Path reportFile, boolean inputBubble,
                             List<Path> bubbleReferences, boolean withholdGenericDefinitionTokens, boolean missingIsError,
                             boolean noCache, List<String> directPInvokes, DebugInfoMode debugInfo,
                             boolean reflectionKeepAll) {
    /**
     * -g (on), -g0 (off), on when the input has symbols (the default), or --strip: none, and the linker drops the
     * C runtime's debug sections too.
     */
    public enum DebugInfoMode { AUTO, ON, OFF, STRIP }

    public CompileRequest {
        directPInvokes = List.copyOf(directPInvokes);
        references = List.copyOf(references);
        composite = List.copyOf(composite);
        bubbleReferences = List.copyOf(bubbleReferences);
    }

    public CompileRequest(Path input, List<Path> references, Path output, NativeTarget.OptLevel optLevel,
                          Path mapFile, String mapFormat, Path dgmlFile, boolean asyncVersions, boolean image,
                          List<Path> composite, int parallelism, Path reportFile) {
        this(input, references, output, optLevel, mapFile, mapFormat, dgmlFile, asyncVersions, image, composite,
                parallelism, reportFile, false, List.of(), false, false, false, List.of(), DebugInfoMode.AUTO, false);
    }

    public CompileRequest(Path input, List<Path> references, Path output, NativeTarget.OptLevel optLevel, Path mapFile,
                          String mapFormat, Path dgmlFile, boolean asyncVersions) {
        this(input, references, output, optLevel, mapFile, mapFormat, dgmlFile, asyncVersions, false, List.of(), defaultParallelism(), null);
    }

    public static CompileRequest of(Path input, List<Path> references, Path output) {
        return new CompileRequest(input, references, output, NativeTarget.OptLevel.O2, null, "text", null, true);
    }

    public CompileRequest withReports(Path map, String format, Path dgml) {
        return new CompileRequest(input, references, output, optLevel, map, format, dgml, asyncVersions, image, composite, parallelism, reportFile, inputBubble, bubbleReferences, withholdGenericDefinitionTokens, missingIsError, noCache, directPInvokes, debugInfo, reflectionKeepAll);
    }

    public CompileRequest withAsyncVersions(boolean on) {
        return new CompileRequest(input, references, output, optLevel, mapFile, mapFormat, dgmlFile, on, image, composite, parallelism, reportFile, inputBubble, bubbleReferences, withholdGenericDefinitionTokens, missingIsError, noCache, directPInvokes, debugInfo, reflectionKeepAll);
    }

    /** An image of input (and, for a composite image, of the other assemblies) instead of an executable. */
    public CompileRequest asImage(List<Path> others) {
        return new CompileRequest(input, references, output, optLevel, mapFile, mapFormat, dgmlFile, asyncVersions, true, others, parallelism, reportFile, inputBubble, bubbleReferences, withholdGenericDefinitionTokens, missingIsError, noCache, directPInvokes, debugInfo, reflectionKeepAll);
    }

    /** How many threads generate machine code (the output does not depend on it). */
    public CompileRequest withParallelism(int threads) {
        return new CompileRequest(input, references, output, optLevel, mapFile, mapFormat, dgmlFile, asyncVersions, image, composite, threads, reportFile, inputBubble, bubbleReferences, withholdGenericDefinitionTokens, missingIsError, noCache, directPInvokes, debugInfo, reflectionKeepAll);
    }

    /** With the HTML size report (treemap and why chains) written to report. */
    public CompileRequest withSizeReport(Path report) {
        return new CompileRequest(input, references, output, optLevel, mapFile, mapFormat, dgmlFile, asyncVersions, image,
                composite, parallelism, report, inputBubble, bubbleReferences, withholdGenericDefinitionTokens, missingIsError, noCache, directPInvokes, debugInfo, reflectionKeepAll);
    }

    /**
     * An image whose version bubble also holds other assemblies (--inputbubble): the composite's assemblies and
     * bubbleReferences, or every referenced assembly when bubbleReferences is empty (as crossgen2 does).
     */
    public CompileRequest withInputBubble(List<Path> bubbleReferences) {
        return new CompileRequest(input, references, output, optLevel, mapFile, mapFormat, dgmlFile, asyncVersions, image,
                composite, parallelism, reportFile, true, bubbleReferences, withholdGenericDefinitionTokens, missingIsError, noCache, directPInvokes, debugInfo, reflectionKeepAll);
    }

    /**
     * Leaves the tokens of generic definitions out of the dependency graph (a diagnostic: the image can then not
     * name the definitions of other assemblies' generic types, and shows what breaks without those tokens).
     */
    public CompileRequest withoutGenericDefinitionTokens() {
        return new CompileRequest(input, references, output, optLevel, mapFile, mapFormat, dgmlFile, asyncVersions, image,
                composite, parallelism, reportFile, inputBubble, bubbleReferences, true, missingIsError, noCache, directPInvokes, debugInfo, reflectionKeepAll);
    }

    /**
     * Whether a type, member or assembly that reachable code references but the assemblies lack fails the build
     * (--missing=error) instead of being a warning, with the code compiled to throw what .NET throws there.
     */
    public CompileRequest withMissingAsError(boolean error) {
        return new CompileRequest(input, references, output, optLevel, mapFile, mapFormat, dgmlFile, asyncVersions, image,
                composite, parallelism, reportFile, inputBubble, bubbleReferences, withholdGenericDefinitionTokens, error, noCache, directPInvokes, debugInfo, reflectionKeepAll);
    }

    /** Without the cache of compiled partitions (--no-cache): every partition is compiled, nothing is stored. */
    public CompileRequest withoutCache() {
        return new CompileRequest(input, references, output, optLevel, mapFile, mapFormat, dgmlFile, asyncVersions, image,
                composite, parallelism, reportFile, inputBubble, bubbleReferences, withholdGenericDefinitionTokens, missingIsError, true, directPInvokes, debugInfo, reflectionKeepAll);
    }

    /**
     * P/Invoke methods into these libraries call their entry points as external symbols the linker resolves, and the
     * libraries are linked (--direct-pinvoke), instead of being bound with dlopen/dlsym at the first call.
     */
    public CompileRequest withDirectPInvokes(List<String> libraries) {
        return new CompileRequest(input, references, output, optLevel, mapFile, mapFormat, dgmlFile, asyncVersions, image,
                composite, parallelism, reportFile, inputBubble, bubbleReferences, withholdGenericDefinitionTokens, missingIsError, noCache,
                libraries, debugInfo, reflectionKeepAll);
    }

    /** With debug information always (-g), never (-g0), or when the input has symbols. */
    public CompileRequest withDebugInfo(DebugInfoMode mode) {
        return new CompileRequest(input, references, output, optLevel, mapFile, mapFormat, dgmlFile, asyncVersions, image,
                composite, parallelism, reportFile, inputBubble, bubbleReferences, withholdGenericDefinitionTokens, missingIsError, noCache,
                directPInvokes, mode, reflectionKeepAll);
    }

    /**
     * Every member of every type reflection can see is kept (--reflection=keep-all), instead of what the dataflow
     * analysis finds the program names; its warnings are then moot and not printed.
     */
    public CompileRequest withReflectionKeepAll(boolean on) {
        return new CompileRequest(input, references, output, optLevel, mapFile, mapFormat, dgmlFile, asyncVersions, image,
                composite, parallelism, reportFile, inputBubble, bubbleReferences, withholdGenericDefinitionTokens, missingIsError, noCache,
                directPInvokes, debugInfo, on);
    }

    public static int defaultParallelism() {
        return Runtime.getRuntime().availableProcessors();
    }
}
