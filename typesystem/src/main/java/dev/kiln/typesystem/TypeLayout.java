package dev.kiln.typesystem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a type's fields live. For reference types, offsets count from the start of the object (the 8-byte type
 * pointer header included); for value types, from the start of the value. Fields are laid out in declaration order
 * with natural alignment, or at the offsets of an explicit layout.
 */
public final class TypeLayout {
    public static final int OBJECT_HEADER_SIZE = 8;
    private static final int POINTER_SIZE = 8;

    private final int size;
    private final int alignment;
    private final int instanceByteCount;
    private final boolean hasReferences;
    private final Map<FieldDesc, Integer> offsets;
    private final List<Integer> referenceOffsets;

    private TypeLayout(int size, int alignment, int instanceByteCount, boolean hasReferences,
                       Map<FieldDesc, Integer> offsets, List<Integer> referenceOffsets) {
        this.size = size;
        this.alignment = alignment;
        this.instanceByteCount = instanceByteCount;
        this.hasReferences = hasReferences;
        this.offsets = offsets;
        this.referenceOffsets = referenceOffsets;
    }

    /** Bytes a value of this type takes in a field, local or array element (8 for references). */
    public int size() {
        return size;
    }

    public int alignment() {
        return alignment;
    }

    /** Reference types: bytes of a heap instance incl. header. Value types: same as size(). */
    public int instanceByteCount() {
        return instanceByteCount;
    }

    /** Whether an instance (heap object for classes, the value for structs) contains object references. */
    public boolean hasReferences() {
        return hasReferences;
    }

    /** Offsets of object references inside an instance (GC map). */
    public List<Integer> referenceOffsets() {
        return referenceOffsets;
    }

    public int offsetOf(FieldDesc field) {
        Integer o = offsets.get(field);
        if (o == null) {
            throw new IllegalArgumentException(field + " is not an instance field of this layout");
        }
        return o;
    }

    static TypeLayout compute(TypeDesc type) {
        TypeCategory c = type.category();
        if (c == TypeCategory.VOID) {
            return primitive(0, false);
        }
        if (c.isPrimitiveNumeric() || c == TypeCategory.POINTER || c == TypeCategory.FNPTR) {
            return primitiveStruct(type, c.primitiveSize());
        }
        if (c == TypeCategory.BYREF) {
            return primitive(POINTER_SIZE, true);
        }
        if (type.containsGenericParameters()) {
            throw new TypeLoadException("cannot lay out open generic type " + type.fullName());
        }
        if (c == TypeCategory.STRUCT) {
            return computeStruct(type);
        }
        if (c == TypeCategory.GENERIC_PARAMETER) {
            throw new TypeLoadException("cannot lay out open generic parameter " + type.fullName());
        }
        return computeClass(type);
    }

    /** System.Int32 and friends (and enums): their single instance field (m_value, value__) sits at offset 0. */
    private static TypeLayout primitiveStruct(TypeDesc type, int size) {
        Map<FieldDesc, Integer> offsets = new IdentityHashMap<>();
        for (FieldDesc f : type.fields()) {
            if (!f.isStatic()) {
                offsets.put(f, 0);
            }
        }
        return new TypeLayout(size, Math.max(size, 1), size, false, offsets, List.of());
    }

    private static TypeLayout primitive(int size, boolean reference) {
        return new TypeLayout(size, Math.max(size, 1), size, reference, Map.of(),
                reference ? List.of(0) : List.of());
    }

    private static TypeLayout computeClass(TypeDesc type) {
        TypeSystem ts = type.typeSystem();
        EcmaType ecma = definitionOf(type);
        if (ecma == null) {
            // arrays: the fixed part is described by the runtime ABI, not by fields
            return new TypeLayout(POINTER_SIZE, POINTER_SIZE, 16, true, Map.of(), List.of());
        }
        int start = OBJECT_HEADER_SIZE;
        boolean refs = false;
        List<Integer> refOffsets = new ArrayList<>();
        TypeDesc base = type.baseType();
        if (base != null) {
            TypeLayout baseLayout = ts.layoutOf(base);
            start = baseLayout.instanceByteCount();
            refs = baseLayout.hasReferences();
            refOffsets.addAll(baseLayout.referenceOffsets());
        }
        FieldPlacer placer = new FieldPlacer(start, ecma.isExplicitLayout(), OBJECT_HEADER_SIZE);
        if (base != null) {
            placer.offsets.putAll(ts.layoutOf(base).offsets); // inherited fields keep their offsets
        }
        for (FieldDesc f : type.fields()) {
            if (!f.isStatic()) {
                placer.place(f, refOffsets);
            }
        }
        refs |= placer.hasReferences;
        int end = placer.end;
        return new TypeLayout(POINTER_SIZE, POINTER_SIZE, Math.max(end, OBJECT_HEADER_SIZE), refs || !refOffsets.isEmpty(),
                Collections.unmodifiableMap(placer.offsets), List.copyOf(refOffsets));
    }

    private static EcmaType definitionOf(TypeDesc type) {
        if (type instanceof EcmaType e) {
            return e;
        }
        return type instanceof InstantiatedType i ? i.definition() : null;
    }

    private static TypeLayout computeStruct(TypeDesc type) {
        EcmaType def = definitionOf(type);
        List<Integer> refOffsets = new ArrayList<>();
        FieldPlacer placer = new FieldPlacer(0, def.isExplicitLayout(), 0);
        var classLayout = def.module().metadata().classLayout(def.rid());
        if (classLayout != null && classLayout.packingSize() > 0) {
            // StructLayout.Pack caps each field's alignment, as C's #pragma pack does, so the fields sit where C puts them
            placer.pack = classLayout.packingSize();
        }
        for (FieldDesc f : type.fields()) {
            if (!f.isStatic()) {
                placer.place(f, refOffsets);
            }
        }
        int alignment = placer.maxAlignment;
        int size = Math.max(placer.end, 1);
        if (classLayout != null && classLayout.classSize() > size) {
            size = classLayout.classSize();
        }
        size = align(size, alignment);
        return new TypeLayout(size, alignment, size, placer.hasReferences,
                Collections.unmodifiableMap(placer.offsets), List.copyOf(refOffsets));
    }

    static int align(int value, int alignment) {
        return (value + alignment - 1) / alignment * alignment;
    }

    /** Assigns offsets to fields one at a time. */
    private static final class FieldPlacer {
        final Map<FieldDesc, Integer> offsets = new IdentityHashMap<>();
        final boolean explicit;
        final int explicitBase;
        int end;
        int maxAlignment = 1;
        /** StructLayout.Pack (0: none): the largest alignment a field gets. */
        int pack;
        boolean hasReferences;

        FieldPlacer(int start, boolean explicit, int explicitBase) {
            this.end = start;
            this.explicit = explicit;
            this.explicitBase = explicitBase;
        }

        void place(FieldDesc f, List<Integer> refOffsets) {
            TypeDesc ft = f.fieldType();
            TypeCategory fc = ft.category();
            int fieldSize;
            int fieldAlign;
            boolean fieldRefs;
            List<Integer> inner = List.of();
            if (fc.isReference()) {
                fieldSize = POINTER_SIZE;
                fieldAlign = POINTER_SIZE;
                fieldRefs = true;
            } else if (ft == f.owningType()) {
                // primitive structs (System.Int32 { int m_value; }) contain themselves
                fieldSize = Math.max(fc.primitiveSize(), 1);
                fieldAlign = fieldSize;
                fieldRefs = false;
            } else {
                TypeLayout fl = ft.typeSystem().layoutOf(ft);
                fieldSize = fl.size();
                fieldAlign = fl.alignment();
                fieldRefs = fl.hasReferences() && fc != TypeCategory.BYREF;
                inner = fl.referenceOffsets();
            }
            if (pack > 0 && !fieldRefs && !fc.isReference()) {
                fieldAlign = Math.min(fieldAlign, pack);
            }
            int offset;
            int explicitOffset = f instanceof EcmaField ef ? ef.explicitOffset()
                    : f instanceof FieldOnInstantiatedType fi ? fi.definition().explicitOffset() : -1;
            if (explicit && explicitOffset >= 0) {
                offset = explicitBase + explicitOffset;
            } else {
                offset = align(end, fieldAlign);
            }
            offsets.put(f, offset);
            end = Math.max(end, offset + fieldSize);
            maxAlignment = Math.max(maxAlignment, fieldAlign);
            if (fieldRefs) {
                hasReferences = true;
                if (fc.isReference()) {
                    refOffsets.add(offset);
                } else {
                    for (int o : inner) {
                        refOffsets.add(offset + o);
                    }
                }
            }
        }
    }
}
