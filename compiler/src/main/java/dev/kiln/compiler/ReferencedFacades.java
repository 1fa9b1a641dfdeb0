package dev.kiln.compiler;

import dev.kiln.typesystem.metadata.BadImageFormatException;
import dev.kiln.typesystem.metadata.MetadataFile;
import dev.kiln.typesystem.metadata.TableId;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The facades mcs needs to compile against given references: those named by the references' AssemblyRef rows
 * (mscorlib, netstandard, System.Runtime, ...), for which Kiln has a facade. Names the references satisfy among
 * themselves are left to them.
 */
final class ReferencedFacades {
    private ReferencedFacades() {
    }

    static List<Path> of(List<Path> references, Path facadesDirectory) {
        Set<String> provided = new HashSet<>();
        Set<String> named = new TreeSet<>(); // sorted: the same command line every time
        for (Path r : references) {
            MetadataFile md;
            try {
                md = MetadataFile.open(r);
            } catch (BadImageFormatException | UncheckedIOException e) {
                continue; // mcs reports what is wrong with it
            }
            if (md.rowCount(TableId.Assembly) > 0) {
                provided.add(md.assembly().name());
            }
            for (int rid = 1; rid <= md.rowCount(TableId.AssemblyRef); rid++) {
                named.add(md.assemblyRef(rid).name());
            }
        }
        List<Path> facades = new ArrayList<>();
        for (String name : named) {
            Path facade = facadesDirectory.resolve(name + ".dll");
            if (!provided.contains(name) && Files.isRegularFile(facade)) {
                facades.add(facade);
            }
        }
        return facades;
    }
}
