package dev.kiln.il;

import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeDesc;

/**
 * `newobj String::.ctor(args)` is compiled as `call String::Ctor(args)`, a static factory with the same
 * parameters that the core library defines next to each extern constructor (the CoreCLR convention: a string's
 * size depends on its contents, so it cannot be allocated before its constructor runs).
 */
public final class StringFactories {
    private StringFactories() {
    }

    public static MethodDesc factoryFor(MethodDesc ctor) {
        TypeDesc string = ctor.owningType();
        for (MethodDesc candidate : string.methods()) {
            if (candidate.isStatic() && candidate.name().equals("Ctor")
                    && candidate.signature().parameters().equals(ctor.signature().parameters())
                    && candidate.signature().returnType() == string) {
                return candidate;
            }
        }
        throw new ILCompileException("the core library's System.String has no static Ctor" + ctor.signature()
                + " factory for the constructor " + ctor.fullName());
    }
}
