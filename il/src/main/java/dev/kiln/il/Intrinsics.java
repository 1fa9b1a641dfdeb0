package dev.kiln.il;

import dev.kiln.typesystem.MethodDesc;

/** Core-library methods the compiler implements itself instead of calling. */
public final class Intrinsics {
    private Intrinsics() {
    }

    /** Activator.CreateInstance<T>() instantiated: compiled as `new T()` when {@link #createsInline} says so. */
    public static boolean isCreateInstance(MethodDesc m) {
        return m instanceof dev.kiln.typesystem.InstantiatedMethod im && m.name().equals("CreateInstance")
                && m.owningType().fullName().equals("System.Activator") && im.arguments().size() == 1;
    }

    /**
     * Whether Activator.CreateInstance<T>() for this T is compiled inline: default(T) for value types, `new T()` for
     * classes with a parameterless constructor. Otherwise (abstract classes, interfaces, no such constructor) it is
     * an ordinary call of the core library's body, which throws MissingMethodException at run time as .NET does.
     */
    public static boolean createsInline(dev.kiln.typesystem.TypeDesc type) {
        return type.isValueType() || defaultConstructor(type) != null;
    }

    /** The parameterless constructor `new T()` runs, or null for value types and types that cannot be created. */
    public static MethodDesc defaultConstructor(dev.kiln.typesystem.TypeDesc type) {
        if (type.isValueType() || type.isAbstract() || type.isInterface()) {
            return null;
        }
        for (MethodDesc m : type.methods()) {
            if (m.isConstructor() && !m.isStatic() && m.signature().parameters().isEmpty()) {
                return m;
            }
        }
        return null;
    }

    /**
     * Marshal.FieldOffsets&lt;T&gt;() instantiated over a value type: the address of constant text naming each instance
     * field of T with its offset ("X:0\nY:4\n"), from which Marshal.OffsetOf&lt;T&gt; answers without reflection.
     */
    public static boolean isFieldOffsets(MethodDesc m) {
        return m instanceof dev.kiln.typesystem.InstantiatedMethod im && m.name().equals("FieldOffsets")
                && m.owningType().fullName().equals("System.Runtime.InteropServices.Marshal") && im.arguments().size() == 1
                && im.arguments().get(0).isValueType();
    }

    public static boolean isInitializeArray(MethodDesc m) {
        return m.name().equals("InitializeArray") && m.isStatic()
                && m.owningType().fullName().equals("System.Runtime.CompilerServices.RuntimeHelpers");
    }

    /** Enum.HasFlag(Enum): on two boxes of the same enum type, the code generator tests the bits without them. */
    public static boolean isEnumHasFlag(MethodDesc m) {
        return m.name().equals("HasFlag") && !m.isStatic() && m.signature().parameters().size() == 1
                && m.owningType().fullName().equals("System.Enum");
    }
}
