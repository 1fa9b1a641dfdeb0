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

    private PartitionCacheLocation() {
    }

    static PartitionCache forRequest(CompileRequest request) {
        if (request.noCache()) {
            return PartitionCache.none();
        }
        return PartitionCache.at(directory(), KILN_VERSION + " " + NativeTarget.TRIPLE, PartitionCache.DEFAULT_LIMIT);
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
}
