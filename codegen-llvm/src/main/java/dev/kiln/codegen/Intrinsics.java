package dev.kiln.codegen;

import dev.kiln.typesystem.MethodDesc;

/** Core-library methods the compiler implements itself instead of calling. */
public final class Intrinsics {
    private Intrinsics() {
    }

    public static boolean isInitializeArray(MethodDesc m) {
        return m.name().equals("InitializeArray") && m.isStatic()
                && m.owningType().fullName().equals("System.Runtime.CompilerServices.RuntimeHelpers");
    }
}
