package dev.kiln.typesystem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Finds an assembly file by simple name: explicit references first, then the search directories. */
public final class AssemblyResolver {
    private final List<Path> references = new ArrayList<>();
    private final List<Path> directories = new ArrayList<>();

    public AssemblyResolver addReference(Path file) {
        references.add(file);
        return this;
    }

    public AssemblyResolver addDirectory(Path dir) {
        directories.add(dir);
        return this;
    }

    public Path find(String simpleName) {
        for (Path p : references) {
            String file = p.getFileName().toString();
            if (file.equalsIgnoreCase(simpleName + ".dll") || file.equalsIgnoreCase(simpleName + ".exe")) {
                return p;
            }
        }
        for (Path dir : directories) {
            for (String ext : new String[] {".dll", ".exe"}) {
                Path candidate = dir.resolve(simpleName + ext);
                if (Files.isRegularFile(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    public List<Path> references() {
        return List.copyOf(references);
    }
}
