package dev.kiln.codegen;

import dev.kiln.il.Linkage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The symbols of other images an image's object files use (what the loader must find before it maps the image),
 * sorted: entity symbols (Linkage) that some object references and none defines. Read from the objects rather than
 * from the module, since the partitions are optimized apart (and may come from the cache).
 */
public final class ObjectImports {
    private ObjectImports() {
    }

    public static List<String> of(List<Path> objects) {
        Set<String> defined = new HashSet<>();
        Set<String> undefined = new HashSet<>();
        for (Path o : objects) {
            ObjectFileSymbols.read(o, (name, size, isDefined) -> (isDefined ? defined : undefined).add(name));
        }
        TreeSet<String> imports = new TreeSet<>();
        for (String name : undefined) {
            if (!defined.contains(name) && Linkage.isEntitySymbol(name)) {
                imports.add(name);
            }
        }
        return new ArrayList<>(imports);
    }
}
