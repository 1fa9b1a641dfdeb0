package dev.kiln.compiler.deps;

import dev.kiln.typesystem.EcmaMethod;
import dev.kiln.typesystem.EcmaModule;
import dev.kiln.typesystem.EcmaType;
import dev.kiln.typesystem.InstantiatedMethod;
import dev.kiln.typesystem.InstantiatedType;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeDesc;

/**
 * The tokens that identify a member of another module: the method's definition token, and — when the method
 * belongs to a generic type — the owning type's definition token as well, since an image must be able to name the
 * type before it can name the method (the bug the seed pull request fixed in crossgen2).
 */
final class ExternalTokens {
    private ExternalTokens() {
    }

    static void method(EcmaModule referencing, MethodDesc target, DependencySink sink, String reason) {
        MethodDesc definition = target instanceof InstantiatedMethod im ? im.genericMethod().typicalDefinition()
                : target.typicalDefinition();
        if (!(definition instanceof EcmaMethod def) || def.module() == referencing) {
            return;
        }
        sink.externalToken(def.module().assemblyName(), def.token(), def.fullName(), reason);
        TypeDesc owner = target.owningType();
        if (owner instanceof InstantiatedType it) {
            EcmaType typeDef = it.definition();
            sink.externalToken(typeDef.module().assemblyName(), typeDef.token(), typeDef.fullName(),
                    "owning generic type of " + def.fullName());
        }
    }
}
