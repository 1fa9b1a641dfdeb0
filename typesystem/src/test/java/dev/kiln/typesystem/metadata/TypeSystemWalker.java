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

    static void walk(MetadataFile md) {
        TypeSystem ts = TypeSystem.forCoreLibrary(md, new AssemblyResolver());
        EcmaModule module = ts.coreLibraryModule();
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
