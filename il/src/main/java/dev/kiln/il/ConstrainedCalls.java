package dev.kiln.il;

import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeDesc;

/**
 * The `constrained. T callvirt M` rule (ECMA-335 III.2.1): when T is a value type that implements M itself, call
 * that implementation directly with the managed pointer as `this`; otherwise a value type is boxed and a reference
 * type dereferenced, and the call dispatches normally.
 */
public final class ConstrainedCalls {
    private ConstrainedCalls() {
    }

    /** T's own implementation of the virtual method, or null when the call must box or dereference. */
    public static MethodDesc directTarget(TypeDesc constraint, MethodDesc method) {
        if (!constraint.isValueType()) {
            return null;
        }
        if (method instanceof dev.kiln.typesystem.InstantiatedMethod im && im.genericMethod().isVirtual()) {
            // a generic virtual method: T's override of its definition, instantiated over the same arguments
            MethodDesc impl = GenericVirtualResolution.resolve(constraint, im);
            return impl != null && impl.owningType() == constraint ? impl : null;
        }
        if (!method.isVirtual()) {
            return method.owningType() == constraint ? method : null;
        }
        if (method.owningType().isInterface()) {
            MethodDesc impl = dev.kiln.typesystem.InterfaceResolution.resolve(constraint, method);
            return impl != null && impl.owningType() == constraint ? impl : null;
        }
        MethodDesc impl = constraint.typeSystem().vtableOf(constraint).resolve(method);
        return impl.owningType() == constraint ? impl : null;
    }
}
