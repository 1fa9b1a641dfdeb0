package dev.kiln.compiler.cli;

import dev.kiln.compiler.KilnUserException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/** -r arguments: a file, or a glob in the file name (`-r 'lib/*.dll'`) that must match at least one file. */
final class ReferencePatterns {
    private ReferencePatterns() {
    }

    static List<Path> expand(List<Path> references) {
        List<Path> files = new ArrayList<>();
        for (Path r : references) {
            String name = r.getFileName() == null ? "" : r.getFileName().toString();
            if (!name.contains("*") && !name.contains("?") && !name.contains("[")) {
                files.add(r);
                continue;
            }
            Path dir = r.getParent() == null ? Path.of(".") : r.getParent();
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + name);
            List<Path> matches = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path p : entries) {
                    if (matcher.matches(p.getFileName()) && Files.isRegularFile(p)) {
                        matches.add(p);
                    }
                }
            } catch (IOException e) {
                throw new KilnUserException("-r " + r + ": cannot list " + dir + ": " + e.getMessage());
            }
            if (matches.isEmpty()) {
                throw new KilnUserException("-r " + r + ": no file matches");
            }
            matches.sort(null);
            files.addAll(matches);
        }
        return files;
    }
}
