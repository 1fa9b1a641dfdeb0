package dev.kiln.compiler.deps;

import dev.kiln.typesystem.InstantiatedMethod;
import dev.kiln.typesystem.InterfaceResolution;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeDesc;

/** Resolution of a generic virtual method instantiation on an exact type (shared by the graph and codegen). */
public final class GenericVirtualMethods {
    private GenericVirtualMethods() {
    }

    public static boolean isGenericVirtualCall(MethodDesc target, boolean dispatch) {
        return dispatch && target instanceof InstantiatedMethod im && im.genericMethod().isVirtual()
                && !im.genericMethod().isFinal() && !im.owningType().isSealed();
    }

    /** The override of method's generic definition in type, instantiated over the same method arguments; or null. */
    public static MethodDesc resolve(TypeDesc type, InstantiatedMethod method) {
        return dev.kiln.il.GenericVirtualResolution.resolve(type, method);
    }
}
