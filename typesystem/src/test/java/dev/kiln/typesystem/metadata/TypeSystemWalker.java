package dev.kiln.typesystem.metadata;

import dev.kiln.typesystem.AssemblyResolver;
import dev.kiln.typesystem.EcmaModule;
import dev.kiln.typesystem.EcmaType;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeSystem;

/** Loads a (possibly damaged) core library into a type system and resolves every type's base, layout and vtable. */
final class TypeSystemWalker {
    private TypeSystemWalker() {
    }

    /** The core library the damaged module is resolved against (Mono's, read once). */
    private static final java.nio.file.Path MSCORLIB = java.nio.file.Path.of("/usr/lib/mono/4.5/mscorlib.dll");
    private static MetadataFile mscorlib;

    static void walk(MetadataFile md) {
        TypeSystem ts;
        EcmaModule module;
        if (md.assembly() != null && md.assembly().name().equals("mscorlib") || !java.nio.file.Files.isRegularFile(MSCORLIB)) {
            ts = TypeSystem.forCoreLibrary(md, new AssemblyResolver());
            module = ts.coreLibraryModule();
        } else {
            synchronized (TypeSystemWalker.class) {
                if (mscorlib == null) {
                    mscorlib = MetadataFile.open(MSCORLIB);
                }
            }
            ts = TypeSystem.forCoreLibrary(mscorlib, new AssemblyResolver().addDirectory(MSCORLIB.getParent()));
            module = ts.load(md, null);
        }
        for (EcmaType t : module.allTypes()) {
            t.baseType();
            for (MethodDesc m : t.methods()) {
                m.signature();
            }
            if (!t.isInterface() && t.genericParameterCount() == 0) {
                ts.layoutOf(t);
                ts.vtableOf(t);
            }
        }
    }
}
