package dev.kiln.typesystem;

import dev.kiln.typesystem.metadata.MetadataFile;
import dev.kiln.typesystem.metadata.TableId;
import java.util.ArrayList;
import java.util.List;

/** The resources embedded in an assembly (mcs -resource), in ManifestResource order; linked ones are not included. */
public final class ManifestResources {
    /** One embedded resource: its manifest name and bytes. */
    public record Resource(String name, byte[] data) {
    }

    private ManifestResources() {
    }

    public static List<Resource> of(EcmaModule module) {
        MetadataFile md = module.metadata();
        List<Resource> resources = new ArrayList<>();
        for (int rid = 1; rid <= md.rowCount(TableId.ManifestResource); rid++) {
            if (md.column(TableId.ManifestResource, rid, 3) != 0) {
                continue; // in another file or assembly
            }
            String name = md.string(md.column(TableId.ManifestResource, rid, 2));
            resources.add(new Resource(name, md.embeddedResource(md.column(TableId.ManifestResource, rid, 0))));
        }
        return resources;
    }
}
