package dev.kiln.il;

import dev.kiln.typesystem.InstantiatedMethod;
import dev.kiln.typesystem.InterfaceResolution;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeDesc;

/** Which method a generic virtual method instantiation M&lt;T&gt; runs for an object of a given type. */
public final class GenericVirtualResolution {
    private GenericVirtualResolution() {
    }

    /** type's implementation of method, instantiated over method's arguments, or null (type does not implement it). */
    public static MethodDesc resolve(TypeDesc type, InstantiatedMethod method) {
        MethodDesc generic = method.genericMethod();
        TypeDesc owner = generic.owningType();
        MethodDesc impl;
        if (owner.isInterface()) {
            if (!InterfaceResolution.allInterfaces(type).contains(owner)) {
                return null;
            }
            impl = InterfaceResolution.resolve(type, generic);
        } else {
            if (!type.isSubclassOf(owner) || type.isInterface()) {
                return null;
            }
            impl = type.typeSystem().vtableOf(type).resolve(generic);
        }
        if (impl == null || impl.isAbstract()) {
            return null;
        }
        return type.typeSystem().instantiate(impl, method.arguments());
    }

}
