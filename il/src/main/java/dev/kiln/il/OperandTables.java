package dev.kiln.il;

import dev.kiln.typesystem.metadata.OpCode;

/**
 * ECMA-335 III.1.5's operand tables: which stack kinds an arithmetic, comparison or shift instruction accepts and
 * what it pushes (null: invalid IL). Kiln's POINTER is both a managed pointer (&) and an unmanaged one; an
 * unmanaged pointer is a native int (III.1.1.2), so wherever the two rows differ a POINTER gets the native int's
 * row, except that adding or subtracting an integer keeps it a pointer.
 */
public final class OperandTables {
    private OperandTables() {
    }

    /** Table 2 (add, sub, mul, div, rem). */
    public static StackKind binaryNumeric(OpCode op, StackKind a, StackKind b) {
        if (a == StackKind.FLOAT && b == StackKind.FLOAT) {
            return StackKind.FLOAT;
        }
        if (a == StackKind.POINTER && b.isNativeSized() && b != StackKind.POINTER
                && (op == OpCode.ADD || op == OpCode.SUB)
                || b == StackKind.POINTER && a.isNativeSized() && a != StackKind.POINTER && op == OpCode.ADD) {
            return StackKind.POINTER;
        }
        return integer(a, b);
    }

    /** Table 5 (and, or, xor, div.un, rem.un) and Table 7 (add.ovf, sub.ovf, mul.ovf and their .un forms). */
    public static StackKind integer(StackKind a, StackKind b) {
        if (a == StackKind.I32 && b == StackKind.I32) {
            return StackKind.I32;
        }
        if (a == StackKind.I64 && b == StackKind.I64) {
            return StackKind.I64;
        }
        if (a.isNativeSized() && b.isNativeSized()) {
            return StackKind.NATIVE_INT;
        }
        return null;
    }

    /**
     * Table 4 (ceq, cgt, clt and their .un forms; beq, bne.un, bge, bgt, ble, blt and theirs), branch as the
     * long-form branch that compares alike (ceq as beq, blt.s as blt). Object references compare only for equality
     * and cgt.un (`x != null` as C# compilers write it).
     */
    public static boolean comparable(OpCode branch, StackKind a, StackKind b) {
        if (a == StackKind.OBJECT && b == StackKind.OBJECT) {
            return branch == OpCode.BEQ || branch == OpCode.BNE_UN || branch == OpCode.BGT_UN;
        }
        return a == b && (a == StackKind.I64 || a == StackKind.FLOAT) || a.isNativeSized() && b.isNativeSized();
    }

    /** Table 6 (shl, shr, shr.un): the shifted value's kind decides the result (a pointer shifts as native int). */
    public static StackKind shift(StackKind value, StackKind amount) {
        if (amount != StackKind.I32 && amount != StackKind.NATIVE_INT) {
            return null;
        }
        switch (value) {
            case I32: case I64: case NATIVE_INT: return value;
            case POINTER: return StackKind.NATIVE_INT;
            default: return null;
        }
    }

    /** Table 3 (neg; not takes integers only). */
    public static StackKind unary(OpCode op, StackKind v) {
        switch (v) {
            case I32: case I64: case NATIVE_INT: return v;
            case POINTER: return StackKind.NATIVE_INT;
            case FLOAT: return op == OpCode.NEG ? v : null;
            default: return null;
        }
    }
}
