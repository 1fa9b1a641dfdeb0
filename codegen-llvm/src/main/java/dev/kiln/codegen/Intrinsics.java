package dev.kiln.codegen;

import dev.kiln.typesystem.MethodDesc;

/** Core-library methods the compiler implements itself instead of calling. */
public final class Intrinsics {
    private Intrinsics() {
    }

    /** Activator.CreateInstance<T>() instantiated: compiled as `new T()`. */
    public static boolean isCreateInstance(MethodDesc m) {
        return m instanceof dev.kiln.typesystem.InstantiatedMethod im && m.name().equals("CreateInstance")
                && m.owningType().fullName().equals("System.Activator") && im.arguments().size() == 1;
    }

    /** The parameterless constructor Activator.CreateInstance<T> runs, or null for value types. */
    public static MethodDesc defaultConstructor(dev.kiln.typesystem.TypeDesc type) {
        if (type.isValueType()) {
            return null;
        }
        for (MethodDesc m : type.methods()) {
            if (m.isConstructor() && m.signature().parameters().isEmpty()) {
                return m;
            }
        }
        throw new CodegenException("new " + type.fullName() + "() needs a public parameterless constructor");
    }

    public static boolean isInitializeArray(MethodDesc m) {
        return m.name().equals("InitializeArray") && m.isStatic()
                && m.owningType().fullName().equals("System.Runtime.CompilerServices.RuntimeHelpers");
    }
}
