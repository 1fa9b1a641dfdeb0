package dev.kiln.compiler.cli;

import dev.kiln.compiler.CompileRequest;
import dev.kiln.compiler.KilnUserException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** --map, --map-format, --dgml and --report, shared by build and compile. */
final class ReportOptions {
    @Option(names = "--map", paramLabel = "FILE", description = "Write every emitted node: kind, name, size, first reason.")
    Path map;

    @Option(names = "--map-format", paramLabel = "csv|text", description = "Map format (default text).")
    String mapFormat = "text";

    @Option(names = "--dgml", paramLabel = "FILE", description = "Write the dependency graph as DGML (for kiln why).")
    Path dgml;

    @Option(names = "--report", paramLabel = "FILE.html",
            description = "Write a size report: a self-contained HTML page with a treemap of code and data size and each node's chain of reasons.")
    Path report;

    CompileRequest apply(CompileRequest r) {
        if (!mapFormat.equals("csv") && !mapFormat.equals("text")) {
            throw new KilnUserException("unknown --map-format " + mapFormat + " (use csv or text)");
        }
        return r.withReports(map, mapFormat, dgml).withSizeReport(report);
    }
}
