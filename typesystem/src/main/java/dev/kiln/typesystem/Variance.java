package dev.kiln.typesystem;

import java.util.List;

/**
 * Generic variance (ECMA-335 II.9.11): an object implementing IEnumerable&lt;string&gt; may be used as an
 * IEnumerable&lt;object&gt; because T is declared `out`; `in` parameters convert the other way.
 */
public final class Variance {
    private Variance() {
    }

    /** Whether a value of type `from` can be used where `to` is expected (identity, base class, interface, variance). */
    public static boolean isAssignable(TypeDesc from, TypeDesc to) {
        if (from == to) {
            return true;
        }
        if (from.isValueType() || to.isValueType()) {
            return false;
        }
        if (from.isSubclassOf(to)) {
            return true;
        }
        if (isCovariantArray(from, to)) {
            return true;
        }
        if (to.isInterface()) {
            for (TypeDesc i : InterfaceResolution.allInterfaces(from)) {
                if (i == to || isVariantConvertible(i, to)) {
                    return true;
                }
            }
            if (from.isInterface() && isVariantConvertible(from, to)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Array covariance (ECMA-335 I.8.7.1): an array of references converts to an array of the same rank whose
     * element type the elements convert to (string[] is an object[], Dog[][] an Animal[][]).
     */
    private static boolean isCovariantArray(TypeDesc from, TypeDesc to) {
        TypeDesc fe, te;
        if (from instanceof ArrayType f && to instanceof ArrayType t) {
            fe = f.elementType();
            te = t.elementType();
        } else if (from instanceof MdArrayType f && to instanceof MdArrayType t && f.rank() == t.rank()) {
            fe = f.elementType();
            te = t.elementType();
        } else {
            return false;
        }
        return !fe.isValueType() && !te.isValueType() && fe.category() != TypeCategory.POINTER && isAssignable(fe, te);
    }

    /** Whether generic interface `from` converts to `to` through the variance of its parameters (not identity). */
    public static boolean isVariantConvertible(TypeDesc from, TypeDesc to) {
        if (from == to || !(from instanceof InstantiatedType f) || !(to instanceof InstantiatedType t)
                || f.definition() != t.definition()) {
            return false;
        }
        List<GenericParameterInfo> params = f.definition().genericParameters();
        for (int i = 0; i < params.size(); i++) {
            TypeDesc a = f.arguments().get(i);
            TypeDesc b = t.arguments().get(i);
            if (a == b) {
                continue;
            }
            GenericParameterInfo p = params.get(i);
            if (p.isCovariant() ? !isAssignable(a, b) : p.isContravariant() ? !isAssignable(b, a) : true) {
                return false;
            }
        }
        return true;
    }

    public static boolean hasVariance(TypeDesc type) {
        if (!(type instanceof InstantiatedType i)) {
            return false;
        }
        for (GenericParameterInfo p : i.definition().genericParameters()) {
            if (p.isCovariant() || p.isContravariant()) {
                return true;
            }
        }
        return false;
    }
}
