package dev.kiln.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.tests.harness.Mcs;
import dev.kiln.tests.harness.ProcessRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** C# source compiled by mcs against Kiln's core library, for tests that then run `kiln compile` themselves. */
final class CSharpSources {
    private CSharpSources() {
    }

    /** Writes source next to out and compiles it: an executable, or a library when out ends in .dll. */
    static Path compile(Path folder, String out, String source, String... references) throws IOException {
        Files.createDirectories(folder);
        Path src = Files.writeString(folder.resolve(out.replaceFirst("\\.(exe|dll)$", ".cs")), source);
        List<Path> refs = Stream.of(references).map(folder::resolve).toList();
        ProcessRunner.Result r = Mcs.compile(folder, Mcs.kilnCoreLibrary(), folder.resolve(out), refs, src);
        assertEquals(0, r.exitCode(), r.stdout() + r.stderr());
        return folder.resolve(out);
    }
}
