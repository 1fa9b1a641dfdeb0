package dev.kiln.codegen;

import dev.kiln.typesystem.ArrayType;
import dev.kiln.typesystem.MdArrayType;
import dev.kiln.typesystem.TypeDesc;
import dev.kiln.typesystem.TypeSystem;
import java.util.List;

/**
 * The Boehm mark descriptor of a type's instances (kiln.h KType.gcDescriptor), from Kiln's own layout, so that the
 * collector scans exactly the words that hold references (the precise heap) instead of every word of the object.
 * Objects whose references all lie in their first 62 words get a bitmap, which the collector interprets itself
 * without calling out; arrays (whose length varies) and larger objects get the runtime's mark procedure (gc.c).
 * Pointer-free instances are allocated atomic and never scanned: their descriptor is 0.
 */
final class GcDescriptors {
    /** Bits of a bitmap descriptor: a 64-bit word less the tag bits; the most significant bit is word 0. */
    static final int BITMAP_WORDS = 64 - RuntimeAbi.GC_DS_TAG_BITS;

    private final TypeSystem typeSystem;

    GcDescriptors(TypeSystem typeSystem) {
        this.typeSystem = typeSystem;
    }

    /** The descriptor of an instance of type, given the KTYPE_* flags its descriptor carries. */
    long descriptorOf(TypeDesc type, int flags) {
        if (type instanceof ArrayType || type instanceof MdArrayType) {
            return (flags & RuntimeAbi.KTYPE_ELEM_REFS) != 0 ? markProc(RuntimeAbi.GC_MARK_ENV_ARRAY) : 0;
        }
        if ((flags & RuntimeAbi.KTYPE_HAS_REFS) == 0) {
            return 0;
        }
        List<Integer> offsets = objectReferenceOffsets(type);
        if (referencesFollowHeader(offsets)) {
            // words 1..n all references: a length descriptor over them and the header is as exact (the header points at
            // a KType, static data the collector ignores) and takes the collector's fastest path, which charges marking
            // work by bytes where a bitmap is charged as half a 64-word object
            return RuntimeAbi.GC_DS_LENGTH | (8L * (offsets.size() + 1));
        }
        long bitmap = 0;
        for (int offset : offsets) {
            if (offset % 8 != 0) {
                // a misaligned reference (explicit layout): scanned conservatively, as every object was before
                return RuntimeAbi.GC_DS_LENGTH | instanceBytes(type);
            }
            int word = offset / 8;
            if (word >= BITMAP_WORDS) {
                return markProc(RuntimeAbi.GC_MARK_ENV_OFFSETS);
            }
            bitmap |= 1L << (63 - word);
        }
        return bitmap | RuntimeAbi.GC_DS_BITMAP;
    }

    private static boolean referencesFollowHeader(List<Integer> offsets) {
        java.util.TreeSet<Integer> sorted = new java.util.TreeSet<>(offsets);
        return !sorted.isEmpty() && sorted.size() == offsets.size() && sorted.first() == 8
                && sorted.last() == 8 * sorted.size();
    }

    /** Whether the type's descriptor sends the collector to KType.refOffsets (which must then list the object's). */
    boolean needsObjectOffsets(TypeDesc type, int flags) {
        return !type.isValueType() && descriptorOf(type, flags) == markProc(RuntimeAbi.GC_MARK_ENV_OFFSETS);
    }

    /** Offsets of the references in a heap instance, header included (a boxed value type's value starts at 8). */
    List<Integer> objectReferenceOffsets(TypeDesc type) {
        List<Integer> offsets = typeSystem.layoutOf(type).referenceOffsets();
        if (!type.isValueType()) {
            return offsets;
        }
        return offsets.stream().map(o -> o + RuntimeAbi.OBJECT_HEADER_SIZE).toList();
    }

    private int instanceBytes(TypeDesc type) {
        int bytes = type.isValueType() ? RuntimeAbi.OBJECT_HEADER_SIZE + typeSystem.layoutOf(type).size()
                : typeSystem.layoutOf(type).instanceByteCount();
        return (bytes + 7) & ~7;
    }

    static long markProc(int env) {
        return ((((long) env << RuntimeAbi.GC_LOG_MAX_MARK_PROCS) | RuntimeAbi.GC_MARK_PROC_INDEX) << RuntimeAbi.GC_DS_TAG_BITS)
                | RuntimeAbi.GC_DS_PROC;
    }
}
