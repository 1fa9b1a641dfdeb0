package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.kiln.il.StackKind;
import dev.kiln.typesystem.TypeDesc;
import java.util.HashSet;
import java.util.Set;

/**
 * The shape of one evaluation-stack entry at a block boundary: its kind, for structs their type, for object
 * references their static type when known (null: unknown), and for floating-point values whether they are float32
 * (kept in single precision, as .NET computes float arithmetic).
 *
 * {@link #merge} is ECMA-335 III.1.8.1.3 as Kiln represents the stack: entries merge when one is assignable to the
 * other, object references to their closest common supertype. int32, native int and pointers (managed or
 * unmanaged; unverifiable code merges them with native int) all merge, to the widest of them: a pointer if any
 * edge brings one (it keeps the pointer's provenance for LLVM), else native int, the int32 sign-extended.
 */
record StackSlot(StackKind kind, TypeDesc type, boolean float32) {
    StackSlot(StackKind kind, TypeDesc type) {
        this(kind, type, false);
    }

    static StackSlot of(StackValue v) {
        boolean single = v.kind() == StackKind.FLOAT && LLVMGetTypeKind(LLVMTypeOf(v.value())) == LLVMFloatTypeKind;
        boolean typed = v.kind() == StackKind.VALUE || v.kind() == StackKind.OBJECT;
        return new StackSlot(v.kind(), typed ? v.type() : null, single);
    }

    /** The slot both a and b fit (ECMA-335 III.1.8.1.3), or null when they do not merge. */
    static StackSlot merge(StackSlot a, StackSlot b) {
        if (a.kind == b.kind) {
            switch (a.kind) {
                case VALUE: return a.type == b.type ? a : null;
                case FLOAT: return a.float32 && b.float32 ? a : new StackSlot(StackKind.FLOAT, null, false);
                case OBJECT: return new StackSlot(StackKind.OBJECT, commonSupertype(a.type, b.type));
                default: return a;
            }
        }
        if (isNativeSized(a.kind) && isNativeSized(b.kind)) {
            boolean pointer = a.kind == StackKind.POINTER || b.kind == StackKind.POINTER;
            return new StackSlot(pointer ? StackKind.POINTER : StackKind.NATIVE_INT, null);
        }
        return null;
    }

    /** int32, native int and pointers: the entries whose merge is one native-sized value. */
    private static boolean isNativeSized(StackKind kind) {
        return kind == StackKind.I32 || kind == StackKind.NATIVE_INT || kind == StackKind.POINTER;
    }

    /**
     * The closest common supertype of two object types along their base-class chains; null (unknown) when either
     * is unknown or they only meet at an interface. `ldnull` pushes an unknown type, so a merge with it forgets
     * the other type: every use of a stack value's type treats null as "could be anything".
     */
    static TypeDesc commonSupertype(TypeDesc a, TypeDesc b) {
        if (a == null || b == null) {
            return null;
        }
        if (a == b) {
            return a;
        }
        Set<TypeDesc> bases = new HashSet<>();
        for (TypeDesc t = a; t != null; t = t.baseType()) {
            bases.add(t);
        }
        for (TypeDesc t = b; t != null; t = t.baseType()) {
            if (bases.contains(t)) {
                return t;
            }
        }
        return null;
    }

    /** The slot with its object type forgotten (blocks that backward branches reach may get any subtype later). */
    StackSlot untyped() {
        return kind == StackKind.OBJECT && type != null ? new StackSlot(kind, null, float32) : this;
    }

    /** Spill slots are shared by every entry of one LLVM representation at one depth. */
    String storageKey() {
        return kind == StackKind.OBJECT ? kind.toString() : toString();
    }

    @Override
    public String toString() {
        if (kind == StackKind.VALUE) {
            return kind + "(" + type.fullName() + ")";
        }
        return float32 ? "FLOAT32" : kind.toString();
    }
}
