package dev.kiln.typesystem;

import dev.kiln.typesystem.metadata.MetadataFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;

/**
 * Parsed metadata files shared between compilations in one JVM (the core library is read once for hundreds of
 * test programs). A file is re-read when its size or modification time changes.
 */
public final class ModuleCache {
    private record Entry(long size, FileTime modified, MetadataFile metadata) {
    }

    private final Map<Path, Entry> entries = new HashMap<>();

    public synchronized MetadataFile metadata(Path path) {
        Path key = path.toAbsolutePath().normalize();
        long size;
        FileTime modified;
        try {
            size = Files.size(key);
            modified = Files.getLastModifiedTime(key);
        } catch (IOException e) {
            throw new TypeLoadException("cannot read " + path + ": " + e.getMessage());
        }
        Entry e = entries.get(key);
        if (e == null || e.size != size || !e.modified.equals(modified)) {
            e = new Entry(size, modified, MetadataFile.open(key));
            entries.put(key, e);
        }
        return e.metadata;
    }
}
