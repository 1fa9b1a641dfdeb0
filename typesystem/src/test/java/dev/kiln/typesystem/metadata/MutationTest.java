package dev.kiln.typesystem.metadata;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Damaged assemblies: truncations, byte flips, huge row counts, bogus heap offsets. Every case must either read
 * completely or fail with BadImageFormatException — never another exception, a hang, or running out of memory.
 */
class MutationTest {
    private static final long SEED = 0x4b494c4eL;

    static byte[] sample() throws IOException {
        Path mscorlib = Path.of("/usr/lib/mono/4.5/System.Numerics.dll");
        Path corelib = Path.of(System.getProperty("kiln.home", "..")).resolve("corelib/target/System.Private.CoreLib.dll");
        // Mono's assembly first: it is there whatever the build order (corelib is built after this module)
        Path source = Files.isRegularFile(mscorlib) ? mscorlib : corelib;
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(source), "no sample assembly");
        return Files.readAllBytes(source);
    }

    private static final Throwable REJECTED = new Throwable("rejected");

    /** Reads everything; returns null when fine, REJECTED for BadImageFormat, the unexpected throwable otherwise. */
    static Throwable tryRead(byte[] bytes) {
        try {
            MetadataFile md = MetadataFile.read("mutant.dll", bytes);
            MetadataWalker.walk(md);
            TypeSystemWalker.walk(md);
            return null;
        } catch (dev.kiln.typesystem.TypeLoadException e) {
            return REJECTED;
        } catch (BadImageFormatException e) {
            if (!e.getMessage().startsWith("mutant.dll: ") && !e.getMessage().startsWith("IL_")) {
                return new AssertionError("message does not name the file: " + e.getMessage());
            }
            return REJECTED;
        } catch (Throwable t) {
            return t;
        }
    }

    private static void run(String what, List<byte[]> cases) {
        List<String> failures = new ArrayList<>();
        int[] rejected = {0};
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (int i = 0; i < cases.size(); i++) {
                Throwable t = tryRead(cases.get(i));
                if (t == REJECTED) {
                    rejected[0]++;
                } else if (t != null && failures.size() < 10) {
                    StackTraceElement at = t.getStackTrace().length > 0 ? t.getStackTrace()[0] : null;
                    failures.add(what + " case " + i + ": " + t + " at " + at);
                }
            }
        });
        if (!failures.isEmpty()) {
            fail(String.join("\n", failures));
        }
        if (rejected[0] == 0) {
            fail(what + ": no case was rejected, so the mutations did not reach the reader");
        }
        System.out.println(what + ": " + cases.size() + " cases, " + rejected[0] + " rejected as bad images");
    }

    @Test
    void truncatedFilesFailCleanly() throws IOException {
        byte[] original = sample();
        List<byte[]> cases = new ArrayList<>();
        Random r = new Random(SEED);
        for (int i = 0; i < 600; i++) {
            int length = i < 100 ? i * original.length / 100 : r.nextInt(original.length);
            cases.add(java.util.Arrays.copyOf(original, length));
        }
        run("truncation", cases);
    }

    @Test
    void flippedBytesFailCleanly() throws IOException {
        byte[] original = sample();
        List<byte[]> cases = new ArrayList<>();
        Random r = new Random(SEED + 1);
        for (int i = 0; i < 2000; i++) {
            byte[] copy = original.clone();
            int flips = 1 + r.nextInt(8);
            for (int f = 0; f < flips; f++) {
                copy[r.nextInt(copy.length)] ^= (byte) (1 << r.nextInt(8));
            }
            cases.add(copy);
        }
        run("byte flip", cases);
    }

    /** The same flips over Kiln's own core library (when it is built), which the type system treats as core. */
    @Test
    void flippedBytesInACoreLibraryFailCleanly() throws IOException {
        Path corelib = Path.of(System.getProperty("kiln.home", "..")).resolve("corelib/target/System.Private.CoreLib.dll");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(corelib), "corelib not built yet");
        byte[] original = Files.readAllBytes(corelib);
        List<byte[]> cases = new ArrayList<>();
        Random r = new Random(SEED + 3);
        for (int i = 0; i < 1500; i++) {
            byte[] copy = original.clone();
            int flips = 1 + r.nextInt(8);
            for (int f = 0; f < flips; f++) {
                copy[r.nextInt(copy.length)] ^= (byte) (1 << r.nextInt(8));
            }
            cases.add(copy);
        }
        run("core library byte flip", cases);
    }

    @Test
    void damagedMetadataHeadersFailCleanly() throws IOException {
        byte[] original = sample();
        MetadataFile md = MetadataFile.read("sample", original);
        int tables = locate(original, new byte[] {'#', '~', 0});
        List<byte[]> cases = new ArrayList<>();
        Random r = new Random(SEED + 2);
        // Overwrite words in the first 4 KiB after the metadata root and stream headers: row counts, heap
        // sizes, stream offsets and the first rows all live there.
        int root = locate(original, new byte[] {'B', 'S', 'J', 'B'});
        for (int i = 0; i < 1500; i++) {
            byte[] copy = original.clone();
            int base = root + r.nextInt(4096);
            int value = switch (r.nextInt(4)) {
                case 0 -> 0xFFFFFFFF;
                case 1 -> 0x7FFFFFFF;
                case 2 -> r.nextInt(0x10000);
                default -> 0x00FFFFFF;
            };
            for (int b = 0; b < 4 && base + b < copy.length; b++) {
                copy[base + b] = (byte) (value >>> (8 * b));
            }
            cases.add(copy);
        }
        if (tables < 0 || md.rowCount(TableId.TypeDef) == 0) {
            fail("sample has no tables");
        }
        run("header damage", cases);
    }

    private static int locate(byte[] data, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= data.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
