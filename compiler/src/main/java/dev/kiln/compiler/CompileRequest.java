package dev.kiln.compiler;

import dev.kiln.codegen.NativeTarget;
import java.nio.file.Path;
import java.util.List;

/** What to compile: the input assembly, extra references, the output, and options. */
public record CompileRequest(Path input, List<Path> references, Path output, NativeTarget.OptLevel optLevel,
                             Path mapFile, String mapFormat, Path dgmlFile, boolean asyncVersions) {
    public CompileRequest {
        references = List.copyOf(references);
    }

    public static CompileRequest of(Path input, List<Path> references, Path output) {
        return new CompileRequest(input, references, output, NativeTarget.OptLevel.O2, null, "text", null, true);
    }

    public CompileRequest withReports(Path map, String format, Path dgml) {
        return new CompileRequest(input, references, output, optLevel, map, format, dgml, asyncVersions);
    }

    public CompileRequest withAsyncVersions(boolean on) {
        return new CompileRequest(input, references, output, optLevel, mapFile, mapFormat, dgmlFile, on);
    }
}
