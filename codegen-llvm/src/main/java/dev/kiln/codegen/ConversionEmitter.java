package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.kiln.il.StackKind;
import dev.kiln.typesystem.metadata.OpCode;
import java.math.BigInteger;
import java.util.EnumMap;
import java.util.Map;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * conv.*, conv.ovf.* and conv.ovf.*.un. Overflow checks compare the source, widened to i128 with the signedness
 * the opcode gives it, against the target's range; floating-point sources are truncated and range-checked.
 * Unchecked float-to-integer conversions saturate (as .NET 9+ does on x64), so NaN converts to 0.
 */
final class ConversionEmitter {
    private final MethodCodegen g;
    private final LlvmModule m;

    ConversionEmitter(MethodCodegen g) {
        this.g = g;
        this.m = g.m;
    }

    /** A conversion target: width in bits, signedness, and resulting stack kind. */
    private record Target(int bits, boolean signed, StackKind kind) {
    }

    /** A conversion to an integer: its target, whether it checks for overflow, whether it reads the source unsigned. */
    private record IntegerConversion(Target target, boolean checked, boolean sourceUnsigned) {
    }

    private static final Map<OpCode, IntegerConversion> INTEGER_CONVERSIONS = new EnumMap<>(OpCode.class);

    static {
        to(new Target(8, true, StackKind.I32), OpCode.CONV_I1, OpCode.CONV_OVF_I1, OpCode.CONV_OVF_I1_UN);
        to(new Target(8, false, StackKind.I32), OpCode.CONV_U1, OpCode.CONV_OVF_U1, OpCode.CONV_OVF_U1_UN);
        to(new Target(16, true, StackKind.I32), OpCode.CONV_I2, OpCode.CONV_OVF_I2, OpCode.CONV_OVF_I2_UN);
        to(new Target(16, false, StackKind.I32), OpCode.CONV_U2, OpCode.CONV_OVF_U2, OpCode.CONV_OVF_U2_UN);
        to(new Target(32, true, StackKind.I32), OpCode.CONV_I4, OpCode.CONV_OVF_I4, OpCode.CONV_OVF_I4_UN);
        to(new Target(32, false, StackKind.I32), OpCode.CONV_U4, OpCode.CONV_OVF_U4, OpCode.CONV_OVF_U4_UN);
        to(new Target(64, true, StackKind.I64), OpCode.CONV_I8, OpCode.CONV_OVF_I8, OpCode.CONV_OVF_I8_UN);
        to(new Target(64, false, StackKind.I64), OpCode.CONV_U8, OpCode.CONV_OVF_U8, OpCode.CONV_OVF_U8_UN);
        to(new Target(64, true, StackKind.NATIVE_INT), OpCode.CONV_I, OpCode.CONV_OVF_I, OpCode.CONV_OVF_I_UN);
        to(new Target(64, false, StackKind.NATIVE_INT), OpCode.CONV_U, OpCode.CONV_OVF_U, OpCode.CONV_OVF_U_UN);
    }

    /** conv.X, conv.ovf.X and conv.ovf.X.un for one target X. */
    private static void to(Target target, OpCode unchecked, OpCode checked, OpCode checkedFromUnsigned) {
        INTEGER_CONVERSIONS.put(unchecked, new IntegerConversion(target, false, false));
        INTEGER_CONVERSIONS.put(checked, new IntegerConversion(target, true, false));
        INTEGER_CONVERSIONS.put(checkedFromUnsigned, new IntegerConversion(target, true, true));
    }

    /** A conv.* opcode: conv.r4, conv.r8 and conv.r.un to floating point, the others to an integer. */
    void convert(OpCode op) {
        IntegerConversion conversion = INTEGER_CONVERSIONS.get(op);
        boolean floating = op == OpCode.CONV_R4 || op == OpCode.CONV_R8 || op == OpCode.CONV_R_UN;
        if (conversion == null && !floating) {
            throw g.error(g.currentOffset, "unknown conversion " + op.mnemonic());
        }
        StackValue v = g.pop();
        checkSource(op, conversion, v.kind());
        if (floating) {
            g.push(StackKind.FLOAT, toFloat(v, op));
            return;
        }
        Target t = conversion.target();
        LLVMValueRef narrow = v.kind() == StackKind.FLOAT ? fromFloat(v, t, conversion.checked())
                : fromInteger(v, t, conversion.checked(), conversion.sourceUnsigned());
        g.push(t.kind(), widen(narrow, t));
    }

    /**
     * ECMA-335 III.1.5 Table 8: value types do not convert; an object reference converts only to an integer as
     * wide as an address (its address, untracked: `fixed` over a string takes conv.i of the pinned string).
     */
    private void checkSource(OpCode op, IntegerConversion conversion, StackKind source) {
        // i, u, i8 and u8: the 64-bit targets
        boolean addressSized = conversion != null && conversion.target().bits() == 64;
        if (source == StackKind.VALUE || source == StackKind.OBJECT && !addressSized) {
            throw g.error(g.currentOffset, op.mnemonic() + " of " + source.ecmaName() + " (ECMA-335 III.1.5 Table 8)");
        }
    }

    /**
     * conv.r4 gives a float32 value (an integer source is rounded once, straight to single precision), conv.r8 and
     * conv.r.un a double; conv.r.un of a floating-point value leaves it as it is.
     */
    private LLVMValueRef toFloat(StackValue v, OpCode op) {
        LLVMTypeRef target = op == OpCode.CONV_R4 ? m.f32 : m.f64;
        if (v.kind() == StackKind.FLOAT) {
            return op == OpCode.CONV_R_UN ? v.value() : g.coerce(v, target, false);
        }
        LLVMValueRef i = v.kind().isPointerLike() ? LLVMBuildPtrToInt(m.builder, v.value(), m.i64, "") : v.value();
        return op == OpCode.CONV_R_UN ? LLVMBuildUIToFP(m.builder, i, target, "") : LLVMBuildSIToFP(m.builder, i, target, "");
    }

    private LLVMValueRef fromInteger(StackValue v, Target t, boolean checked, boolean sourceUnsigned) {
        LLVMValueRef value = v.kind().isPointerLike() ? LLVMBuildPtrToInt(m.builder, v.value(), m.i64, "") : v.value();
        LLVMTypeRef narrowType = LLVMIntTypeInContext(m.context, t.bits());
        if (checked) {
            LLVMTypeRef i128 = LLVMIntTypeInContext(m.context, 128);
            LLVMValueRef wide = sourceUnsigned ? LLVMBuildZExt(m.builder, value, i128, "") : LLVMBuildSExt(m.builder, value, i128, "");
            BigInteger min = t.signed() ? BigInteger.ONE.shiftLeft(t.bits() - 1).negate() : BigInteger.ZERO;
            BigInteger max = t.signed() ? BigInteger.ONE.shiftLeft(t.bits() - 1).subtract(BigInteger.ONE)
                    : BigInteger.ONE.shiftLeft(t.bits()).subtract(BigInteger.ONE);
            LLVMValueRef below = LLVMBuildICmp(m.builder, LLVMIntSLT, wide, constI128(i128, min), "");
            LLVMValueRef above = LLVMBuildICmp(m.builder, LLVMIntSGT, wide, constI128(i128, max), "");
            g.throwIf(LLVMBuildOr(m.builder, below, above, ""), RuntimeAbi.EX_OVERFLOW);
        }
        int width = LLVMGetIntTypeWidth(LLVMTypeOf(value));
        if (width > t.bits()) {
            return LLVMBuildTrunc(m.builder, value, narrowType, "");
        }
        if (width < t.bits()) {
            // widening to 64 bits: the source's signedness decides (conv.u8 of an int32 zero-extends)
            boolean zero = sourceUnsigned || !t.signed() && !checked;
            return zero ? LLVMBuildZExt(m.builder, value, narrowType, "") : LLVMBuildSExt(m.builder, value, narrowType, "");
        }
        return value;
    }

    private LLVMValueRef constI128(LLVMTypeRef i128, BigInteger value) {
        return LLVMConstIntOfString(i128, value.toString(), (byte) 10);
    }

    private LLVMValueRef fromFloat(StackValue single, Target t, boolean checked) {
        // float32 widens exactly, so converting through double gives the same integer
        StackValue v = StackValue.of(StackKind.FLOAT, g.coerce(single, m.f64, false));
        LLVMTypeRef narrowType = LLVMIntTypeInContext(m.context, t.bits());
        if (checked) {
            LlvmFunction trunc = g.ctx.runtime.intrinsic("llvm.trunc", m.f64);
            LLVMValueRef whole = m.call(trunc.type(), trunc.value(), v.value());
            double low = t.signed() ? -Math.pow(2, t.bits() - 1) : 0.0;
            double highExclusive = t.signed() ? Math.pow(2, t.bits() - 1) : Math.pow(2, t.bits());
            LLVMValueRef inRange = LLVMBuildAnd(m.builder,
                    LLVMBuildFCmp(m.builder, LLVMRealOGE, whole, LLVMConstReal(m.f64, low), ""),
                    LLVMBuildFCmp(m.builder, LLVMRealOLT, whole, LLVMConstReal(m.f64, highExclusive), ""), "");
            g.throwIf(LLVMBuildNot(m.builder, inRange, ""), RuntimeAbi.EX_OVERFLOW);
            return t.signed() ? LLVMBuildFPToSI(m.builder, whole, narrowType, "") : LLVMBuildFPToUI(m.builder, whole, narrowType, "");
        }
        // Convert through 64 bits (saturating), then wrap to the target width as .NET does for small targets.
        String name = t.signed() || t.bits() < 64 ? "llvm.fptosi.sat" : "llvm.fptoui.sat";
        LlvmFunction sat = g.ctx.runtime.intrinsic(name, m.i64, m.f64);
        LLVMValueRef wide = m.call(sat.type(), sat.value(), v.value());
        if (t.bits() == 32) {
            LlvmFunction sat32 = g.ctx.runtime.intrinsic(t.signed() ? "llvm.fptosi.sat" : "llvm.fptoui.sat", m.i32, m.f64);
            return m.call(sat32.type(), sat32.value(), v.value());
        }
        return t.bits() < 64 ? LLVMBuildTrunc(m.builder, wide, narrowType, "") : wide;
    }

    /** Widens a narrow result back to its stack width (i8/i16 → i32 by the target's signedness). */
    private LLVMValueRef widen(LLVMValueRef narrow, Target t) {
        LLVMTypeRef stackType = g.llvmType(t.kind());
        int width = LLVMGetIntTypeWidth(LLVMTypeOf(narrow));
        int stackWidth = LLVMGetIntTypeWidth(stackType);
        if (width == stackWidth) {
            return narrow;
        }
        return t.signed() ? LLVMBuildSExt(m.builder, narrow, stackType, "") : LLVMBuildZExt(m.builder, narrow, stackType, "");
    }
}
