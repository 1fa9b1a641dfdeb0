package dev.kiln.codegen;

import dev.kiln.typesystem.metadata.MetadataFile;
import dev.kiln.typesystem.metadata.TableId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Sets the runtime-async flag (MethodImplAttributes 0x2000) on methods of an assembled file, in place: Mono's
 * ilasm does not know `cil managed async` (tests/ IlAssembler does the same from the keyword, for whole programs).
 */
final class RuntimeAsyncFlags {
    static final int IMPL_ASYNC = 0x2000;

    private RuntimeAsyncFlags() {
    }

    /** methods: "Type::Method" (top-level types, namespace.Name; the name must not be overloaded). */
    static void set(Path assembly, List<String> methods) throws IOException {
        if (methods.isEmpty()) {
            return;
        }
        byte[] bytes = Files.readAllBytes(assembly);
        MetadataFile md = MetadataFile.read(assembly.getFileName().toString(), bytes);
        for (String method : methods) {
            int offset = md.columnFileOffset(TableId.MethodDef, methodRid(md, method), 1); // ImplFlags, a u16
            int flags = ((bytes[offset] & 0xFF) | (bytes[offset + 1] & 0xFF) << 8) | IMPL_ASYNC;
            bytes[offset] = (byte) flags;
            bytes[offset + 1] = (byte) (flags >> 8);
        }
        Files.write(assembly, bytes);
    }

    private static int methodRid(MetadataFile md, String method) {
        int sep = method.indexOf("::");
        String type = method.substring(0, sep);
        String name = method.substring(sep + 2);
        int found = 0;
        for (int typeRid = 1; typeRid <= md.rowCount(TableId.TypeDef); typeRid++) {
            var t = md.typeDef(typeRid);
            String fullName = t.namespace().isEmpty() ? t.name() : t.namespace() + "." + t.name();
            if (!fullName.equals(type)) {
                continue;
            }
            for (int i = t.firstMethod(); i < t.endMethod(); i++) {
                int rid = md.methodRidAt(i);
                if (md.methodDef(rid).name().equals(name)) {
                    if (found != 0) {
                        throw new IllegalArgumentException(method + " is overloaded");
                    }
                    found = rid;
                }
            }
        }
        if (found == 0) {
            throw new IllegalArgumentException("no method " + method + " in " + md.displayName());
        }
        return found;
    }
}
