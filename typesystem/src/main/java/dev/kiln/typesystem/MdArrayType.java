package dev.kiln.typesystem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A multi-dimensional (or non-zero-based) array type, T[,]. Its methods are provided by the runtime. */
public final class MdArrayType extends ParameterizedType {
    private final int rank;
    private volatile List<MethodDesc> methods;

    MdArrayType(TypeDesc elementType, int rank) {
        super(elementType);
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    @Override
    public TypeCategory category() {
        return TypeCategory.MDARRAY;
    }

    @Override
    public String fullName() {
        return elementType().fullName() + "[" + (rank == 1 ? "*" : ",".repeat(rank - 1)) + "]";
    }

    @Override
    public TypeDesc baseType() {
        return typeSystem().wellKnown(WellKnownType.ARRAY);
    }

    @Override
    public boolean isSealed() {
        return true;
    }

    @Override
    public TypeDesc substitute(GenericContext context) {
        TypeDesc e = elementType().substitute(context);
        return e == elementType() ? this : typeSystem().makeMdArray(e, rank);
    }

    @Override
    public boolean containsGenericParameters() {
        return elementType().containsGenericParameters();
    }

    /** The runtime-provided members: two constructors, Get, Set and Address (ECMA-335 II.14.2). */
    @Override
    public List<MethodDesc> methods() {
        List<MethodDesc> m = methods;
        if (m == null) {
            synchronized (this) {
                if (methods == null) {
                    List<MethodDesc> list = new ArrayList<>();
                    for (ArrayMethod.Kind kind : ArrayMethod.Kind.values()) {
                        list.add(new ArrayMethod(this, kind));
                    }
                    methods = Collections.unmodifiableList(list);
                }
                m = methods;
            }
        }
        return m;
    }
}
