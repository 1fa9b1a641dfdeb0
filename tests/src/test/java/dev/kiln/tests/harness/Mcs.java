package dev.kiln.tests.harness;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Mono's C# compiler, against Mono's own mscorlib (the oracle's side) or against Kiln's core library. */
public final class Mcs {
    private static final int TIMEOUT_SECONDS = 120;

    private Mcs() {
    }

    /** The options that compile against Kiln's core library instead of Mono's mscorlib. */
    public static List<String> kilnCoreLibrary() {
        return List.of("-nostdlib", "-noconfig", "-r:" + Kiln.corelib());
    }

    /** mcs OPTIONS in dir: an executable when out ends in .exe, else a library, referencing the given assemblies. */
    public static ProcessRunner.Result compile(Path dir, List<String> options, Path out, List<Path> references, Path... sources) {
        List<String> command = new ArrayList<>(List.of("mcs"));
        command.addAll(options);
        command.add(out.toString().endsWith(".exe") ? "-target:exe" : "-target:library");
        command.add("-out:" + out);
        for (Path r : references) {
            command.add("-r:" + r);
        }
        for (Path s : sources) {
            command.add(s.toString());
        }
        return ProcessRunner.run(command, dir, TIMEOUT_SECONDS);
    }
}
