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
                             List<Path> composite, int parallelism, Path reportFile) {
    public CompileRequest {
        references = List.copyOf(references);
        composite = List.copyOf(composite);
    }

    public CompileRequest(Path input, List<Path> references, Path output, NativeTarget.OptLevel optLevel, Path mapFile,
                          String mapFormat, Path dgmlFile, boolean asyncVersions) {
        this(input, references, output, optLevel, mapFile, mapFormat, dgmlFile, asyncVersions, false, List.of(), defaultParallelism(), null);
    }

    public static CompileRequest of(Path input, List<Path> references, Path output) {
        return new CompileRequest(input, references, output, NativeTarget.OptLevel.O2, null, "text", null, true);
    }

    public CompileRequest withReports(Path map, String format, Path dgml) {
        return new CompileRequest(input, references, output, optLevel, map, format, dgml, asyncVersions, image, composite, parallelism, reportFile);
    }

    public CompileRequest withAsyncVersions(boolean on) {
        return new CompileRequest(input, references, output, optLevel, mapFile, mapFormat, dgmlFile, on, image, composite, parallelism, reportFile);
    }

    /** An image of input (and, for a composite image, of the other assemblies) instead of an executable. */
    public CompileRequest asImage(List<Path> others) {
        return new CompileRequest(input, references, output, optLevel, mapFile, mapFormat, dgmlFile, asyncVersions, true, others, parallelism, reportFile);
    }

    /** How many threads generate machine code (the output does not depend on it). */
    public CompileRequest withParallelism(int threads) {
        return new CompileRequest(input, references, output, optLevel, mapFile, mapFormat, dgmlFile, asyncVersions, image, composite, threads, reportFile);
    }

    /** With the HTML size report (treemap and why chains) written to report. */
    public CompileRequest withSizeReport(Path report) {
        return new CompileRequest(input, references, output, optLevel, mapFile, mapFormat, dgmlFile, asyncVersions, image,
                composite, parallelism, report);
    }

    public static int defaultParallelism() {
        return Runtime.getRuntime().availableProcessors();
    }
}
