package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.kiln.il.StackKind;
import dev.kiln.typesystem.ArrayMethod;
import dev.kiln.typesystem.MdArrayType;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Multi-dimensional arrays (kiln.h KMdArray): construction through the runtime, and the runtime-provided Get,
 * Set and Address methods compiled inline as a bounds-checked row-major index computation.
 */
final class MdArrays {
    private final MethodCodegen g;
    private final LlvmModule m;
    private final NativeModuleBuilder ctx;

    MdArrays(MethodCodegen g) {
        this.g = g;
        this.m = g.m;
        this.ctx = g.ctx;
    }

    /** newobj T[,]::.ctor(lengths...) or .ctor(lowerBound, length, ...). */
    void construct(ArrayMethod ctor) {
        MdArrayType type = ctor.owningType();
        int rank = type.rank();
        boolean withBounds = ctor.kind() == ArrayMethod.Kind.CTOR_WITH_BOUNDS;
        LLVMValueRef[] values = new LLVMValueRef[withBounds ? 2 * rank : rank];
        for (int i = values.length - 1; i >= 0; i--) {
            values[i] = g.coerce(g.pop(), m.i32, false);
        }
        var intArray = LLVMArrayType2(m.i32, rank);
        LLVMValueRef lengths = g.entryAlloca(intArray, "lengths");
        LLVMValueRef lowers = withBounds ? g.entryAlloca(intArray, "lowerbounds") : m.nullPtr();
        for (int d = 0; d < rank; d++) {
            LLVMValueRef length = withBounds ? values[2 * d + 1] : values[d];
            m.store(length, m.offset(lengths, 4L * d));
            if (withBounds) {
                m.store(values[2 * d], m.offset(lowers, 4L * d));
            }
        }
        ctx.descriptors.markConstructed(type);
        LlvmFunction alloc = ctx.runtime.gcAllocMdArray();
        LLVMValueRef array = g.callMayThrow(alloc.type(), alloc.value(), ctx.descriptors.get(type), m.constI32(rank), lengths, lowers);
        g.push(new StackValue(StackKind.OBJECT, array, type));
    }

    /** Get, Set or Address on an array already popped with its index arguments. */
    void access(ArrayMethod method) {
        MdArrayType type = method.owningType();
        int rank = type.rank();
        StackValue value = method.kind() == ArrayMethod.Kind.SET ? g.pop() : null;
        LLVMValueRef[] indexes = new LLVMValueRef[rank];
        for (int d = rank - 1; d >= 0; d--) {
            indexes[d] = g.coerce(g.pop(), m.i32, false);
        }
        LLVMValueRef array = g.pop().value();
        g.nullCheck(array);
        LLVMValueRef linear = m.constI64(0);
        for (int d = 0; d < rank; d++) {
            LLVMValueRef length = m.load(m.i32, m.offset(array, 16L + 4L * d));
            LLVMValueRef lower = m.load(m.i32, m.offset(array, 16L + 4L * (rank + d)));
            LLVMValueRef relative = LLVMBuildSub(m.builder, indexes[d], lower, "");
            g.throwIf(LLVMBuildICmp(m.builder, LLVMIntUGE, relative, length, ""), RuntimeAbi.EX_INDEX_OUT_OF_RANGE);
            linear = LLVMBuildAdd(m.builder, LLVMBuildMul(m.builder, linear, LLVMBuildZExt(m.builder, length, m.i64, ""), ""),
                    LLVMBuildZExt(m.builder, relative, m.i64, ""), "");
        }
        int elementSize = ctx.typeSystem.layoutOf(type.elementType()).size();
        LLVMValueRef offset = LLVMBuildAdd(m.builder, m.constI64(16L + 8L * rank),
                LLVMBuildMul(m.builder, linear, m.constI64(elementSize), ""), "");
        LLVMValueRef address = m.offset(array, offset);
        switch (method.kind()) {
            case GET: g.pushLoaded(type.elementType(), address); break;
            case SET: m.store(g.toStorage(value, type.elementType()), address); break;
            default: g.push(StackKind.POINTER, address); break;
        }
    }
}
