package dev.kiln.compiler.cli;

import dev.kiln.compiler.CompileRequest;
import dev.kiln.compiler.KilnUserException;
import picocli.CommandLine.Option;

/** --async-versions, shared by build and compile. */
final class AsyncOptions {
    @Option(names = "--async-versions", paramLabel = "on|off",
            description = "How runtime-async code awaits ordinary task-returning methods: through async versions of "
                    + "them, whose tail calls become tail awaits (on, the default), or through thunks that await the "
                    + "task they return (off).")
    String asyncVersions = "on";

    CompileRequest apply(CompileRequest r) {
        switch (asyncVersions) {
            case "on": return r.withAsyncVersions(true);
            case "off": return r.withAsyncVersions(false);
            default: throw new KilnUserException("unknown --async-versions " + asyncVersions + " (use on or off)");
        }
    }
}
