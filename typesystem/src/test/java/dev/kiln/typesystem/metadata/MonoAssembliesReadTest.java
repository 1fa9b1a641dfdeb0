package dev.kiln.typesystem.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Reads every table row, signature and method body of every assembly Mono installs. */
class MonoAssembliesReadTest {
    static final Path MONO_LIB = Path.of("/usr/lib/mono/4.5");

    static List<Path> monoAssemblies() throws IOException {
        assumeTrue(Files.isDirectory(MONO_LIB), "Mono's class libraries are not installed");
        List<Path> list = new ArrayList<>();
        try (Stream<Path> s = Files.list(MONO_LIB)) {
            s.filter(p -> p.toString().endsWith(".dll") || p.toString().endsWith(".exe"))
                    .filter(Files::isRegularFile).sorted().forEach(list::add);
        }
        return list;
    }

    @Test
    void everyRowSignatureAndBodyOfMonoAssembliesDecodes() throws IOException {
        int assemblies = 0;
        long bodies = 0;
        for (Path p : monoAssemblies()) {
            MetadataFile md = MetadataFile.open(p);
            bodies += MetadataWalker.walk(md);
            assemblies++;
        }
        assertTrue(assemblies > 20, "expected Mono's assemblies, found " + assemblies);
        assertTrue(bodies > 100_000, "method bodies decoded: " + bodies);
    }

    @Test
    void mscorlibRowCountsMatchMonodis() throws Exception {
        Path mscorlib = MONO_LIB.resolve("mscorlib.dll");
        assumeTrue(Files.isRegularFile(mscorlib));
        MetadataFile md = MetadataFile.open(mscorlib);
        assertEquals(monodisCount("--typedef", mscorlib), md.rowCount(TableId.TypeDef));
        assertEquals(monodisCount("--method", mscorlib), md.rowCount(TableId.MethodDef));
        assertEquals(monodisCount("--fields", mscorlib), md.rowCount(TableId.Field));
    }

    /** monodis prints one numbered row per line ("12: ..."); the last number is the row count. */
    private static int monodisCount(String table, Path file) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("monodis", table, file.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "monodis is not installed");
            return -1;
        }
        int last = 0;
        for (String line : new String(p.getInputStream().readAllBytes()).split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                try {
                    last = Math.max(last, Integer.parseInt(line.substring(0, colon).trim()));
                } catch (NumberFormatException ignored) {
                    // header lines
                }
            }
        }
        p.waitFor();
        return last;
    }
}
