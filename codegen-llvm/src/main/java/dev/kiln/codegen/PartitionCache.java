package dev.kiln.codegen;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * Object files of compiled partitions, by content (like ccache): the key is a SHA-256 of what decides the machine
 * code — the compiler's identity (Kiln and LLVM version, pipeline, target) and the partition's unoptimized bitcode,
 * copies of other partitions' bodies included — so a hit is byte-identical to compiling again.
 *
 * Entries are written to a temporary file and renamed into place, so concurrent Kiln processes never see half an
 * entry; a hit refreshes the entry's time, and the oldest entries go once the cache is over its size limit. Any
 * failure to read or write the cache only costs the reuse, never the build.
 */
public final class PartitionCache {
    /** The size the cache is trimmed to (least recently used entries first). */
    public static final long DEFAULT_LIMIT = 1L << 30;

    private final Path dir;
    private final String identity;
    private final long limit;

    private PartitionCache(Path dir, String identity, long limit) {
        this.dir = dir;
        this.identity = identity;
        this.limit = limit;
    }

    /** A cache in dir for a compiler that identity describes (every setting that changes code, beyond the bitcode). */
    public static PartitionCache at(Path dir, String identity, long limit) {
        return new PartitionCache(dir, identity, limit);
    }

    /** No cache: every partition is compiled. */
    public static PartitionCache none() {
        return new PartitionCache(null, "", 0);
    }

    public boolean enabled() {
        return dir != null;
    }

    String key(byte[] bitcode, String pipeline) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((identity + "\n" + pipeline + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update(bitcode);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private Path entry(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key.substring(2) + ".o");
    }

    /** Copies the entry for key to object; false when there is none (or it cannot be read). */
    boolean fetch(String key, Path object) {
        if (!enabled()) {
            return false;
        }
        Path entry = entry(key);
        try {
            Files.copy(entry, object, StandardCopyOption.REPLACE_EXISTING);
            Files.setLastModifiedTime(entry, FileTime.fromMillis(System.currentTimeMillis()));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Adds object under key (temp file + rename: a concurrent writer of the same key writes the same bytes). */
    void store(String key, Path object) {
        if (!enabled()) {
            return;
        }
        Path entry = entry(key);
        Path temp = null;
        try {
            Files.createDirectories(entry.getParent());
            temp = Files.createTempFile(entry.getParent(), ".", ".tmp");
            Files.copy(object, temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, entry, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
        } catch (IOException e) {
            // an unwritable cache only loses the reuse
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a leftover temp file is harmless
                }
            }
        }
    }

    /** Deletes the least recently used entries while the cache is over its limit. */
    void trim() {
        if (!enabled() || !Files.isDirectory(dir)) {
            return;
        }
        record Entry(Path path, long size, long time) {
        }
        List<Entry> entries = new ArrayList<>();
        long total = 0;
        try (DirectoryStream<Path> shards = Files.newDirectoryStream(dir)) {
            for (Path shard : shards) {
                if (!Files.isDirectory(shard)) {
                    continue;
                }
                try (DirectoryStream<Path> files = Files.newDirectoryStream(shard, "*.o")) {
                    for (Path f : files) {
                        var attributes = Files.readAttributes(f, java.nio.file.attribute.BasicFileAttributes.class);
                        entries.add(new Entry(f, attributes.size(), attributes.lastModifiedTime().toMillis()));
                        total += attributes.size();
                    }
                }
            }
        } catch (IOException e) {
            return; // another process may be trimming too; the next build tries again
        }
        if (total <= limit) {
            return;
        }
        entries.sort(Comparator.comparingLong(Entry::time).thenComparing(Entry::path));
        for (Entry e : entries) {
            if (total <= limit * 9 / 10) {
                break;
            }
            try {
                Files.deleteIfExists(e.path());
            } catch (IOException ignored) {
                // in use or gone: skip it
            }
            total -= e.size();
        }
    }
}
