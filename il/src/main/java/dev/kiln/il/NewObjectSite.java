package dev.kiln.il;

import dev.kiln.typesystem.MdArrayType;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeCategory;
import dev.kiln.typesystem.TypeDesc;

/**
 * How a newobj compiles, decided once for the scanner and the code generator.
 *
 * @param constructor the constructor the instruction names
 * @param kind        what is created
 * @param callee      the method called: the constructor, or for a string the static factory that replaces it
 */
public record NewObjectSite(MethodDesc constructor, Kind kind, MethodDesc callee) {
    public enum Kind {
        /** A multi-dimensional array (its constructor is an ArrayMethod: the runtime allocates). */
        MD_ARRAY,
        /** A string: newobj String::.ctor(args) is call String::Ctor(args), a static factory (CoreCLR's convention). */
        STRING,
        /** A struct constructed in a zeroed temporary. */
        VALUE,
        /** A delegate: allocate and store target and function pointer (the runtime implements its constructor). */
        DELEGATE,
        /** An object: allocate, then call the constructor. */
        OBJECT
    }

    public static NewObjectSite of(MethodDesc ctor) {
        TypeDesc type = ctor.owningType();
        if (type instanceof MdArrayType) {
            return new NewObjectSite(ctor, Kind.MD_ARRAY, null);
        }
        if (type.category() == TypeCategory.STRING) {
            return new NewObjectSite(ctor, Kind.STRING, StringFactories.factoryFor(ctor));
        }
        if (type.isValueType()) {
            return new NewObjectSite(ctor, Kind.VALUE, ctor);
        }
        if (DelegateMethods.isRuntimeImplemented(ctor)) {
            return new NewObjectSite(ctor, Kind.DELEGATE, null);
        }
        return new NewObjectSite(ctor, Kind.OBJECT, ctor);
    }

    public TypeDesc type() {
        return constructor.owningType();
    }
}
