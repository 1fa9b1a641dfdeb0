package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.kiln.il.OperandTables;
import dev.kiln.il.StackKind;
import dev.kiln.il.ILCompileException;
import dev.kiln.typesystem.metadata.Instruction;
import dev.kiln.typesystem.metadata.OpCode;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/** Arithmetic, bitwise, comparison, compare-and-branch and conversion opcodes (ECMA-335 III.1.5 operand tables). */
final class ArithmeticEmitter {
    private final MethodCodegen g;
    private final LlvmModule m;

    ArithmeticEmitter(MethodCodegen g) {
        this.g = g;
        this.m = g.m;
    }

    /** Arithmetic, comparisons, compare-and-branch and conversions; false for any other instruction. */
    boolean tryEmit(Instruction insn) {
        OpCode op = insn.opcode();
        switch (op) {
            case ADD: case SUB: case MUL: case DIV: case DIV_UN: case REM: case REM_UN: case AND: case OR: case XOR:
                binary(op);
                return true;
            case ADD_OVF: case ADD_OVF_UN: case SUB_OVF: case SUB_OVF_UN: case MUL_OVF: case MUL_OVF_UN:
                checkedBinary(op);
                return true;
            case SHL: case SHR: case SHR_UN:
                shift(op);
                return true;
            case NEG: case NOT: {
                StackValue v = g.pop();
                StackKind kind = OperandTables.unary(op, v.kind());
                if (kind == null) {
                    throw g.error(g.currentOffset,
                            op.mnemonic() + " of " + v.kind().ecmaName() + " (ECMA-335 III.1.5 Table 3)");
                }
                LLVMValueRef x = integerValue(v);
                g.push(kind, kind == StackKind.FLOAT ? LLVMBuildFNeg(m.builder, x, "")
                        : op == OpCode.NEG ? LLVMBuildNeg(m.builder, x, "") : LLVMBuildNot(m.builder, x, ""));
                return true;
            }
            case CEQ: case CGT: case CGT_UN: case CLT: case CLT_UN: {
                StackValue b = g.pop();
                StackValue a = g.pop();
                LLVMValueRef c = compare(op, a, b);
                g.push(StackKind.I32, LLVMBuildZExt(m.builder, c, m.i32, ""));
                return true;
            }
            case CKFINITE: {
                StackValue v = g.pop();
                if (v.kind() != StackKind.FLOAT) {
                    throw g.error(g.currentOffset, "ckfinite of " + v.kind().ecmaName());
                }
                LLVMValueRef abs = LLVMBuildFSub(m.builder, v.value(), v.value(), "");
                // x - x is NaN exactly when x is NaN or infinite
                g.throwIf(LLVMBuildFCmp(m.builder, LLVMRealUNO, abs, abs, ""), RuntimeAbi.EX_ARITHMETIC);
                g.push(v);
                return true;
            }
            case BEQ: case BEQ_S: case BNE_UN: case BNE_UN_S: case BGE: case BGE_S: case BGE_UN: case BGE_UN_S:
            case BGT: case BGT_S: case BGT_UN: case BGT_UN_S: case BLE: case BLE_S: case BLE_UN: case BLE_UN_S:
            case BLT: case BLT_S: case BLT_UN: case BLT_UN_S: {
                StackValue b = g.pop();
                StackValue a = g.pop();
                g.conditionalBranch(compare(op, a, b), (int) insn.operand(), insn.nextOffset());
                return true;
            }
            case CONV_I1: case CONV_I2: case CONV_I4: case CONV_I8: case CONV_R4: case CONV_R8: case CONV_U4: case CONV_U8:
            case CONV_U2: case CONV_U1: case CONV_I: case CONV_U: case CONV_R_UN:
            case CONV_OVF_I1: case CONV_OVF_U1: case CONV_OVF_I2: case CONV_OVF_U2: case CONV_OVF_I4: case CONV_OVF_U4:
            case CONV_OVF_I8: case CONV_OVF_U8: case CONV_OVF_I: case CONV_OVF_U:
            case CONV_OVF_I1_UN: case CONV_OVF_I2_UN: case CONV_OVF_I4_UN: case CONV_OVF_I8_UN: case CONV_OVF_U1_UN:
            case CONV_OVF_U2_UN: case CONV_OVF_U4_UN: case CONV_OVF_U8_UN: case CONV_OVF_I_UN: case CONV_OVF_U_UN:
                new ConversionEmitter(g).convert(op);
                return true;
            default:
                return false;
        }
    }

    /** brtrue/brfalse condition: value != 0 (or != null). */
    LLVMValueRef truth(StackValue v, boolean whenTrue) {
        if (v.kind() == StackKind.VALUE) {
            throw g.error(g.currentOffset, "a branch condition cannot be a value type");
        }
        LLVMValueRef zero = LLVMConstNull(LLVMTypeOf(v.value()));
        if (v.kind() == StackKind.FLOAT) {
            return LLVMBuildFCmp(m.builder, whenTrue ? LLVMRealUNE : LLVMRealOEQ, v.value(), zero, "");
        }
        return LLVMBuildICmp(m.builder, whenTrue ? LLVMIntNE : LLVMIntEQ, v.value(), zero, "");
    }

    /**
     * Brings two operands the tables accept to one LLVM type: int32 widens to 64 bits beside a native int
     * (sign- or zero-extended by the instruction's signedness); pointers stay pointers when both are, otherwise
     * become native ints.
     */
    private LLVMValueRef[] unify(StackValue a, StackValue b, boolean unsigned) {
        if (a.kind() == StackKind.FLOAT && b.kind() == StackKind.FLOAT) {
            return floatOperands(a, b);
        }
        if (a.kind() == b.kind()) {
            return new LLVMValueRef[] {a.value(), b.value()};
        }
        return new LLVMValueRef[] {nativeValue(a, unsigned), nativeValue(b, unsigned)};
    }

    /** A native-sized operand as an i64 (pointers by their address). */
    private LLVMValueRef nativeValue(StackValue v, boolean unsigned) {
        return v.kind() == StackKind.POINTER ? LLVMBuildPtrToInt(m.builder, v.value(), m.i64, "") : g.coerce(v, m.i64, unsigned);
    }

    /** Two integer operands as integers of one width (pointers by their address). */
    private LLVMValueRef[] integerOperands(StackValue a, StackValue b, boolean unsigned) {
        if (a.kind() == b.kind()) {
            return new LLVMValueRef[] {integerValue(a), integerValue(b)};
        }
        return new LLVMValueRef[] {nativeValue(a, unsigned), nativeValue(b, unsigned)};
    }

    /** An integer operand as an integer (a pointer as its address, i64). */
    private LLVMValueRef integerValue(StackValue v) {
        return v.kind() == StackKind.POINTER ? LLVMBuildPtrToInt(m.builder, v.value(), m.i64, "") : v.value();
    }

    private ILCompileException invalidOperands(OpCode op, StackValue a, StackValue b, String table) {
        return g.error(g.currentOffset, op.mnemonic() + " of " + a.kind().ecmaName() + " and " + b.kind().ecmaName()
                + " (ECMA-335 III.1.5 " + table + ")");
    }

    /** Two floating-point operands at one precision: float32 when both are, otherwise both widened to double. */
    private LLVMValueRef[] floatOperands(StackValue a, StackValue b) {
        LLVMTypeRef type = LLVMTypeOf(a.value()).equals(LLVMTypeOf(b.value())) ? LLVMTypeOf(a.value()) : m.f64;
        return new LLVMValueRef[] {g.coerce(a, type, false), g.coerce(b, type, false)};
    }

    /** A comparison instruction (ceq, cgt, ...) or compare-and-branch (beq, blt.s, ...) as an i1. */
    LLVMValueRef compare(OpCode instruction, StackValue a, StackValue b) {
        OpCode branch = longBranch(instruction);
        if (!OperandTables.comparable(branch, a.kind(), b.kind())) {
            throw invalidOperands(instruction, a, b, "Table 4");
        }
        boolean unsigned = switch (branch) {
            case BNE_UN, BGE_UN, BGT_UN, BLE_UN, BLT_UN -> true;
            default -> false;
        };
        LLVMValueRef[] v = unify(a, b, unsigned);
        if (a.kind() == StackKind.FLOAT) {
            int predicate = switch (branch) {
                case BEQ -> LLVMRealOEQ;
                case BNE_UN -> LLVMRealUNE;
                case BGE -> LLVMRealOGE;
                case BGE_UN -> LLVMRealUGE;
                case BGT -> LLVMRealOGT;
                case BGT_UN -> LLVMRealUGT;
                case BLE -> LLVMRealOLE;
                case BLE_UN -> LLVMRealULE;
                case BLT -> LLVMRealOLT;
                case BLT_UN -> LLVMRealULT;
                default -> throw g.error(g.currentOffset, "bad comparison " + branch.mnemonic());
            };
            return LLVMBuildFCmp(m.builder, predicate, v[0], v[1], "");
        }
        int predicate = switch (branch) {
            case BEQ -> LLVMIntEQ;
            case BNE_UN -> LLVMIntNE;
            case BGE -> LLVMIntSGE;
            case BGE_UN -> LLVMIntUGE;
            case BGT -> LLVMIntSGT;
            case BGT_UN -> LLVMIntUGT;
            case BLE -> LLVMIntSLE;
            case BLE_UN -> LLVMIntULE;
            case BLT -> LLVMIntSLT;
            case BLT_UN -> LLVMIntULT;
            default -> throw g.error(g.currentOffset, "bad comparison " + branch.mnemonic());
        };
        return LLVMBuildICmp(m.builder, predicate, v[0], v[1], "");
    }

    /** The long-form branch that compares as op does: ceq as beq, cgt.un as bgt.un, blt.s as blt. */
    private static OpCode longBranch(OpCode op) {
        return switch (op) {
            case CEQ, BEQ_S -> OpCode.BEQ;
            case CGT, BGT_S -> OpCode.BGT;
            case CGT_UN, BGT_UN_S -> OpCode.BGT_UN;
            case CLT, BLT_S -> OpCode.BLT;
            case CLT_UN, BLT_UN_S -> OpCode.BLT_UN;
            case BNE_UN_S -> OpCode.BNE_UN;
            case BGE_S -> OpCode.BGE;
            case BGE_UN_S -> OpCode.BGE_UN;
            case BLE_S -> OpCode.BLE;
            case BLE_UN_S -> OpCode.BLE_UN;
            default -> op;
        };
    }

    private void binary(OpCode op) {
        StackValue b = g.pop();
        StackValue a = g.pop();
        boolean integerOnly = switch (op) {
            case ADD, SUB, MUL, DIV, REM -> false;
            default -> true;
        };
        StackKind kind = integerOnly ? OperandTables.integer(a.kind(), b.kind()) : OperandTables.binaryNumeric(op, a.kind(), b.kind());
        if (kind == null) {
            throw invalidOperands(op, a, b, integerOnly ? "Table 5" : "Table 2");
        }
        if (kind == StackKind.FLOAT) {
            LLVMValueRef[] v = floatOperands(a, b);
            LLVMValueRef r = switch (op) {
                case ADD -> LLVMBuildFAdd(m.builder, v[0], v[1], "");
                case SUB -> LLVMBuildFSub(m.builder, v[0], v[1], "");
                case MUL -> LLVMBuildFMul(m.builder, v[0], v[1], "");
                case DIV -> LLVMBuildFDiv(m.builder, v[0], v[1], "");
                default -> LLVMBuildFRem(m.builder, v[0], v[1], "");
            };
            g.push(StackKind.FLOAT, r);
            return;
        }
        if (kind == StackKind.POINTER) {
            pointerOffset(op, a, b);
            return;
        }
        LLVMValueRef[] v = integerOperands(a, b, false);
        LLVMValueRef x = v[0];
        LLVMValueRef y = v[1];
        LLVMValueRef r = switch (op) {
            case ADD -> LLVMBuildAdd(m.builder, x, y, "");
            case SUB -> LLVMBuildSub(m.builder, x, y, "");
            case MUL -> LLVMBuildMul(m.builder, x, y, "");
            case AND -> LLVMBuildAnd(m.builder, x, y, "");
            case OR -> LLVMBuildOr(m.builder, x, y, "");
            case XOR -> LLVMBuildXor(m.builder, x, y, "");
            default -> division(op, x, y);
        };
        g.push(kind, r);
    }

    private LLVMValueRef division(OpCode op, LLVMValueRef x, LLVMValueRef y) {
        LLVMTypeRef type = LLVMTypeOf(x);
        g.throwIf(LLVMBuildICmp(m.builder, LLVMIntEQ, y, LLVMConstNull(type), ""), RuntimeAbi.EX_DIVIDE_BY_ZERO);
        if (op == OpCode.DIV || op == OpCode.REM) {
            // MinValue / -1 overflows (and traps on x86); .NET throws OverflowException for div and rem alike.
            int width = LLVMGetIntTypeWidth(type);
            LLVMValueRef min = LLVMConstInt(type, 1L << (width - 1), 0);
            LLVMValueRef isMin = LLVMBuildICmp(m.builder, LLVMIntEQ, x, min, "");
            LLVMValueRef isMinusOne = LLVMBuildICmp(m.builder, LLVMIntEQ, y, LLVMConstAllOnes(type), "");
            g.throwIf(LLVMBuildAnd(m.builder, isMin, isMinusOne, ""), RuntimeAbi.EX_OVERFLOW);
        }
        return switch (op) {
            case DIV -> LLVMBuildSDiv(m.builder, x, y, "");
            case DIV_UN -> LLVMBuildUDiv(m.builder, x, y, "");
            case REM -> LLVMBuildSRem(m.builder, x, y, "");
            default -> LLVMBuildURem(m.builder, x, y, "");
        };
    }

    /** A pointer plus or minus an integer (ECMA-335 III.1.5 Table 2): the pointer moved by that many bytes. */
    private void pointerOffset(OpCode op, StackValue a, StackValue b) {
        boolean pointerFirst = a.kind() == StackKind.POINTER;
        StackValue pointer = pointerFirst ? a : b;
        LLVMValueRef bytes = g.coerce(pointerFirst ? b : a, m.i64, false);
        if (op == OpCode.SUB) {
            bytes = LLVMBuildNeg(m.builder, bytes, "");
        }
        g.push(StackKind.POINTER, m.offset(pointer.value(), bytes));
    }

    private void checkedBinary(OpCode op) {
        StackValue b = g.pop();
        StackValue a = g.pop();
        StackKind kind = OperandTables.integer(a.kind(), b.kind());
        if (kind == null) {
            throw invalidOperands(op, a, b, "Table 7");
        }
        boolean unsigned = op == OpCode.ADD_OVF_UN || op == OpCode.SUB_OVF_UN || op == OpCode.MUL_OVF_UN;
        LLVMValueRef[] v = integerOperands(a, b, unsigned);
        String operation = switch (op) {
            case ADD_OVF, ADD_OVF_UN -> "add";
            case SUB_OVF, SUB_OVF_UN -> "sub";
            default -> "mul";
        };
        String name = "llvm." + (unsigned ? "u" : "s") + operation + ".with.overflow";
        LLVMTypeRef type = LLVMTypeOf(v[0]);
        LlvmFunction f = g.ctx.runtime.intrinsic(name, type);
        LLVMValueRef pair = m.call(f.type(), f.value(), v[0], v[1]);
        g.throwIf(LLVMBuildExtractValue(m.builder, pair, 1, ""), RuntimeAbi.EX_OVERFLOW);
        g.push(kind, LLVMBuildExtractValue(m.builder, pair, 0, ""));
    }

    private void shift(OpCode op) {
        StackValue amount = g.pop();
        StackValue value = g.pop();
        StackKind kind = OperandTables.shift(value.kind(), amount.kind());
        if (kind == null) {
            throw invalidOperands(op, value, amount, "Table 6");
        }
        LLVMValueRef shifted = integerValue(value);
        LLVMTypeRef type = LLVMTypeOf(shifted);
        int width = LLVMGetIntTypeWidth(type);
        LLVMValueRef count = g.coerce(amount, type, true);
        // x64 masks the count; LLVM would otherwise produce poison for counts >= width
        count = LLVMBuildAnd(m.builder, count, LLVMConstInt(type, width - 1, 0), "");
        LLVMValueRef r = switch (op) {
            case SHL -> LLVMBuildShl(m.builder, shifted, count, "");
            case SHR -> LLVMBuildAShr(m.builder, shifted, count, "");
            default -> LLVMBuildLShr(m.builder, shifted, count, "");
        };
        g.push(kind, r);
    }
}
