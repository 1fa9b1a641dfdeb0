package dev.kiln.typesystem.metadata;

import java.util.ArrayList;
import java.util.List;

/** Decodes an IL byte stream into instructions, checking operands and branch targets against the code's bounds. */
public final class ILReader {
    private ILReader() {
    }

    public static List<Instruction> decode(byte[] code) {
        List<Instruction> out = new ArrayList<>(code.length / 2 + 1);
        int pos = 0;
        while (pos < code.length) {
            OpCode op = OpCode.decode(code, pos);
            int p = pos + op.size();
            long operand = 0;
            double f = 0;
            int[] targets = null;
            switch (op.operandKind()) {
                case NONE: break;
                case INT8: need(code, pos, p, 1); operand = code[p]; p += 1; break;
                case UINT8: case VAR8: need(code, pos, p, 1); operand = code[p] & 0xFF; p += 1; break;
                case VAR16: need(code, pos, p, 2); operand = u16(code, p); p += 2; break;
                case INT32: case TOKEN: need(code, pos, p, 4); operand = i32(code, p); p += 4; break;
                case INT64: need(code, pos, p, 8); operand = (i32(code, p) & 0xFFFFFFFFL) | (long) i32(code, p + 4) << 32; p += 8; break;
                case FLOAT32: need(code, pos, p, 4); f = Float.intBitsToFloat(i32(code, p)); p += 4; break;
                case FLOAT64: need(code, pos, p, 8);
                    f = Double.longBitsToDouble((i32(code, p) & 0xFFFFFFFFL) | (long) i32(code, p + 4) << 32); p += 8; break;
                case BRANCH8: need(code, pos, p, 1); operand = p + 1 + code[p]; p += 1; break;
                case BRANCH32: need(code, pos, p, 4); operand = (long) p + 4 + i32(code, p); p += 4; break;
                case SWITCH: {
                    need(code, pos, p, 4);
                    long n = i32(code, p) & 0xFFFFFFFFL;
                    p += 4;
                    if (n > (code.length - p) / 4) {
                        throw new BadImageFormatException("IL_" + hex(pos) + ": switch with " + n + " targets overruns the code");
                    }
                    targets = new int[(int) n];
                    int base = p + 4 * (int) n;
                    for (int i = 0; i < n; i++) {
                        long t = (long) base + i32(code, p + 4 * i);
                        checkTarget(pos, t, code.length);
                        targets[i] = (int) t;
                    }
                    p = base;
                    break;
                }
                default: throw new IllegalStateException(op.operandKind().toString());
            }
            if (op.operandKind() == OpCode.OperandKind.BRANCH8 || op.operandKind() == OpCode.OperandKind.BRANCH32) {
                checkTarget(pos, operand, code.length);
            }
            out.add(new Instruction(pos, op, operand, f, targets, p));
            pos = p;
        }
        return out;
    }

    private static void checkTarget(int pos, long target, int length) {
        if (target < 0 || target >= length) {
            throw new BadImageFormatException("IL_" + hex(pos) + ": branch target " + target + " is outside the method body");
        }
    }

    private static void need(byte[] code, int pos, int p, int n) {
        if (p + n > code.length) {
            throw new BadImageFormatException("IL_" + hex(pos) + ": operand runs past the end of the method body");
        }
    }

    private static String hex(int pos) {
        return String.format("%04x", pos);
    }

    private static int u16(byte[] c, int p) {
        return (c[p] & 0xFF) | (c[p + 1] & 0xFF) << 8;
    }

    private static int i32(byte[] c, int p) {
        return (c[p] & 0xFF) | (c[p + 1] & 0xFF) << 8 | (c[p + 2] & 0xFF) << 16 | (c[p + 3] & 0xFF) << 24;
    }
}
