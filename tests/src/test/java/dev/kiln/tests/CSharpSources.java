package dev.kiln.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** C# source compiled by mcs against Kiln's core library, for tests that then run `kiln compile` themselves. */
final class CSharpSources {
    private static volatile String corelib;

    private CSharpSources() {
    }

    static String corelib() {
        if (corelib == null) {
            corelib = CliErrorsTest.kiln("corelib").out().strip();
        }
        return corelib;
    }

    /** Writes source next to out and compiles it: an executable, or a library when out ends in .dll. */
    static Path compile(Path folder, String out, String source, String... references) throws IOException {
        Files.createDirectories(folder);
        Path src = Files.writeString(folder.resolve(out.replaceFirst("\\.(exe|dll)$", ".cs")), source);
        List<String> command = new ArrayList<>(List.of("mcs", "-nostdlib", "-noconfig", "-r:" + corelib(),
                out.endsWith(".dll") ? "-target:library" : "-target:exe", "-out:" + folder.resolve(out)));
        for (String r : references) {
            command.add("-r:" + folder.resolve(r));
        }
        command.add(src.toString());
        ProcessRunner.Result r = ProcessRunner.run(command, folder, 120);
        assertEquals(0, r.exitCode(), r.stdout() + r.stderr());
        return folder.resolve(out);
    }
}
