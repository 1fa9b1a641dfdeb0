package dev.kiln.codegen;

import dev.kiln.typesystem.ArrayType;
import dev.kiln.typesystem.EcmaType;
import dev.kiln.typesystem.InstantiatedType;
import dev.kiln.typesystem.MdArrayType;
import dev.kiln.typesystem.TypeDesc;

/**
 * A type's TypeAttributes (ECMA-335 II.23.1.15) packed into the free bits of its descriptor's flags, so that
 * {@code Type.Attributes} answers for every type the program can see, also one without a reflection table, at no
 * cost in size. The packing is kiln.h's KTYPE_ATTRIBUTES_*; runtime-c object.c unpacks it. HasSecurity and
 * CustomFormat are not kept: C# cannot set the one on a type .NET still honours, nor the other at all.
 */
final class DescriptorTypeAttributes {
    /** TypeAttributes of .NET's arrays (CoreCLR's array MethodTables): Public | Sealed | Serializable. */
    static final int ARRAY = 0x0001 | 0x0100 | 0x2000;
    /** What .NET answers for a generic parameter, a pointer, and anything else without a TypeDef: Public. */
    static final int NO_DEFINITION = 0x0001;

    private static final int LOW_BITS = 0xFFFF;
    private static final int STRING_FORMAT_MASK = 0x30000;
    private static final int BEFORE_FIELD_INIT = 0x100000;

    private DescriptorTypeAttributes() {
    }

    static int of(TypeDesc type) {
        if (type instanceof EcmaType e) {
            return e.flags();
        }
        if (type instanceof InstantiatedType it) {
            return it.definition().flags();
        }
        if (type instanceof ArrayType || type instanceof MdArrayType) {
            return ARRAY;
        }
        return NO_DEFINITION;
    }

    /** The descriptor flag bits that carry {@code attributes}. */
    static int pack(int attributes) {
        int packed = (attributes & LOW_BITS) << RuntimeAbi.KTYPE_ATTRIBUTES_SHIFT;
        packed |= ((attributes & STRING_FORMAT_MASK) >>> 16) << RuntimeAbi.KTYPE_STRING_FORMAT_SHIFT;
        if ((attributes & BEFORE_FIELD_INIT) != 0) {
            packed |= RuntimeAbi.KTYPE_BEFORE_FIELD_INIT;
        }
        return packed;
    }
}
