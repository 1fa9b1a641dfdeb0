package dev.kiln.il;

import dev.kiln.typesystem.EcmaMethod;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeDesc;

/** Delegate types and the methods the runtime implements for them (no IL: the compiler provides their code). */
public final class DelegateMethods {
    private DelegateMethods() {
    }

    public static boolean isDelegate(TypeDesc type) {
        TypeDesc multicast = type.typeSystem().coreLibraryModule().findType("System", "MulticastDelegate");
        return type.baseType() == multicast && multicast != null;
    }

    /** Invoke (and the constructor) of a delegate type: code the compiler provides. */
    public static boolean isRuntimeImplemented(MethodDesc method) {
        MethodDesc def = method.typicalDefinition();
        return def instanceof EcmaMethod e && e.isRuntimeImplemented() && isDelegate(method.owningType());
    }

    public static boolean isInvoke(MethodDesc method) {
        return isRuntimeImplemented(method) && method.name().equals("Invoke");
    }

}
