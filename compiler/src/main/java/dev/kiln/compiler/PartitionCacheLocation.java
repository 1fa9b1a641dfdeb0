package dev.kiln.compiler;

import dev.kiln.codegen.NativeTarget;
import dev.kiln.codegen.PartitionCache;
import java.nio.file.Path;

/**
 * Where the cache of compiled partitions lives: the system property kiln.cache.dir (for tests that run Kiln in
 * their own JVM), else $KILN_CACHE_DIR, else $XDG_CACHE_HOME/kiln, else ~/.cache/kiln. Holds at most
 * PartitionCache.DEFAULT_LIMIT bytes (1 GiB; the least recently used entries go first).
 */
final class PartitionCacheLocation {
    /**
     * Kiln's version, part of every cache key with the target (NativeTarget adds the CPU, the pipeline and LLVM's
     * version); what Kiln generates is covered by the key's bitcode.
     */
    private static final String KILN_VERSION = "kiln 0.1.0";

    /**
     * A digest of the back end's own code (the codegen-llvm jar, or its class files when run from a build tree): a
     * Kiln that turns the same bitcode into other objects — another pass list or target option — never reads the
     * objects an earlier one wrote, even at the same version.
     */
    private static final String BACK_END = backEndDigest();

    private PartitionCacheLocation() {
    }

    static PartitionCache forRequest(CompileRequest request) {
        if (request.noCache()) {
            return PartitionCache.none();
        }
        return PartitionCache.at(directory(), KILN_VERSION + " " + BACK_END + " " + NativeTarget.TRIPLE, PartitionCache.DEFAULT_LIMIT);
    }

    static Path directory() {
        String property = System.getProperty("kiln.cache.dir");
        if (property != null && !property.isEmpty()) {
            return Path.of(property);
        }
        String kiln = System.getenv("KILN_CACHE_DIR");
        if (kiln != null && !kiln.isEmpty()) {
            return Path.of(kiln);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isEmpty()) {
            return Path.of(xdg, "kiln");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "kiln");
    }

    private static String backEndDigest() {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            Path code = Path.of(NativeTarget.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (java.nio.file.Files.isDirectory(code)) {
                try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(code)) {
                    for (Path f : (Iterable<Path>) files.filter(java.nio.file.Files::isRegularFile).sorted()::iterator) {
                        sha.update(code.relativize(f).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        sha.update(java.nio.file.Files.readAllBytes(f));
                    }
                }
            } else {
                sha.update(java.nio.file.Files.readAllBytes(code));
            }
            return java.util.HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (java.io.IOException | java.net.URISyntaxException | java.security.NoSuchAlgorithmException
                 | RuntimeException e) {
            return "unknown-back-end"; // no digest: the version alone, as before
        }
    }
}
