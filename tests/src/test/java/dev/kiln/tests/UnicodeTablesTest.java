package dev.kiln.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kiln.tests.harness.ProcessRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The core library's Unicode tables and the normalization conformance program are generated from the Unicode
 * Character Database and committed; where Debian's unicode-data package is installed, regenerating them must give
 * the committed files (the generators' --check mode), so a table edited by hand or a forgotten regeneration shows.
 */
class UnicodeTablesTest {
    static final Path HOME = Path.of(System.getProperty("kiln.home", "..")).normalize();
    static final Path UCD = Path.of("/usr/share/unicode");

    @Test
    void characterAndNormalizationTablesMatchTheUcd() {
        check("gen_char_data.py", "UnicodeData.txt");
    }

    @Test
    void normalizationConformanceProgramMatchesTheUcd() {
        check("gen_normalization_test.py", "NormalizationTest.txt.bz2");
    }

    private static void check(String generator, String ucdFile) {
        assumeTrue(Files.exists(UCD.resolve(ucdFile)), "the unicode-data package is not installed");
        Path script = HOME.resolve("corelib/tools").resolve(generator);
        ProcessRunner.Result run = ProcessRunner.run(List.of("python3", script.toString(), UCD.toString(), "--check"), HOME, 300);
        assertEquals(0, run.exitCode(), () -> run.stdout() + run.stderr());
    }
}
