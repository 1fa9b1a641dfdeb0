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
        if (from.isSubclassOf(to) || to == to.typeSystem().wellKnown(WellKnownType.OBJECT)) {
            return true; // every reference type, interfaces too, converts to object
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
        return isArrayElementCompatible(fe, te);
    }

    /**
     * Whether an array of `from` elements may be used as an array of `to` elements (ECMA-335 I.8.7.1, as CoreCLR
     * decides it): reference elements by assignability (string[] is an object[]); value elements only when equal,
     * or integers of one size (int[] is a uint[], an int-based enum's array an int[]) — never bool or char, never
     * floating point with integers.
     */
    public static boolean isArrayElementCompatible(TypeDesc from, TypeDesc to) {
        if (from == to) {
            return true;
        }
        TypeCategory f = from.category();
        TypeCategory t = to.category();
        if (f.isReference() && t.isReference()) {
            return isAssignable(from, to);
        }
        if (!isAliasableInteger(f) || !isAliasableInteger(t)) {
            return false;
        }
        return f == t || integerSize(f) == integerSize(t);
    }

    /** Element categories whose arrays alias arrays of other element types (isArrayElementCompatible). */
    public static boolean isAliasableInteger(TypeCategory c) {
        return c.ordinal() >= TypeCategory.INT8.ordinal() && c.ordinal() <= TypeCategory.UINTPTR.ordinal();
    }

    private static int integerSize(TypeCategory c) {
        switch (c) {
            case INT8: case UINT8: return 1;
            case INT16: case UINT16: return 2;
            case INT32: case UINT32: return 4;
            default: return 8;
        }
    }

    /**
     * When `type` is an array that is an instance of the array interface `used` only through array covariance
     * (Derived[] as an IList&lt;Base&gt;, int[] as an IReadOnlyList&lt;uint&gt;): the array type U[] of used's
     * element U, whose interface implementations (SZArrayHelper&lt;U&gt;) serve it, as .NET instantiates them over
     * the interface's type argument. Otherwise null.
     */
    public static TypeDesc arrayInterfaceSource(TypeDesc type, TypeDesc used) {
        if (!(type instanceof ArrayType array) || !InterfaceResolution.isArrayInterface(used)) {
            return null;
        }
        TypeDesc element = ((InstantiatedType) used).arguments().get(0);
        if (element == array.elementType() || !isArrayElementCompatible(array.elementType(), element)) {
            return null;
        }
        return element.makeArrayType();
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
