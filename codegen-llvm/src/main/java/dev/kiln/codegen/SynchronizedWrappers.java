package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.kiln.il.SynchronizedMethods;
import dev.kiln.typesystem.MethodDesc;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * A synchronized method ([MethodImpl(MethodImplOptions.Synchronized)]) is two functions: its IL compiled as usual into
 * an internal body function, and, under the method's own symbol, a wrapper that takes the lock — `this`, or the
 * RuntimeType of the owning type for a static method, as .NET — calls the body, and releases the lock on return and,
 * from a cleanup landing pad, when an exception leaves the body. Keeping the body apart leaves its own exception
 * handling, returns and `jmp` untouched; LLVM inlines it back into the wrapper.
 */
final class SynchronizedWrappers {
    private SynchronizedWrappers() {
    }

    /** Emits method's wrapper and returns the function its IL is to be compiled into. */
    static LlvmFunction wrap(NativeModuleBuilder ctx, MethodDesc method) {
        LlvmModule m = ctx.m;
        LlvmFunction wrapper = ctx.functions.get(method);
        String name = LLVMGetValueName(wrapper.value()).getString();
        // stack traces (runtime-c stacktrace.c) leave out frames of functions with this suffix: the wrapper's names the call
        LLVMValueRef bodyFn = LLVMAddFunction(m.module, name + "$synchronized", wrapper.type());
        LLVMSetLinkage(bodyFn, LLVMInternalLinkage);
        ctx.registerFunclet(LLVMGetValueName(bodyFn).getString(), name); // compiled in the method's partition
        LlvmFunction body = new LlvmFunction(bodyFn, wrapper.type());

        LLVMValueRef fn = wrapper.value();
        LLVMSetPersonalityFn(fn, ctx.runtime.personality().value());
        LLVMBasicBlockRef entry = LLVMAppendBasicBlockInContext(m.context, fn, "entry");
        LLVMBasicBlockRef returned = LLVMAppendBasicBlockInContext(m.context, fn, "returned");
        LLVMBasicBlockRef unwinding = LLVMAppendBasicBlockInContext(m.context, fn, "unwinding");
        LLVMPositionBuilderAtEnd(m.builder, entry);
        LLVMValueRef lock = lockedObject(ctx, method, fn);
        LlvmFunction enter = ctx.functions.get(SynchronizedMethods.enter(ctx.typeSystem));
        LlvmFunction exit = ctx.functions.get(SynchronizedMethods.exit(ctx.typeSystem));
        m.call(enter.type(), enter.value(), lock); // if Enter throws, the lock was not taken: nothing to release

        int count = LLVMCountParams(fn);
        LLVMValueRef[] args = new LLVMValueRef[count];
        for (int i = 0; i < count; i++) {
            args[i] = LLVMGetParam(fn, i);
        }
        LLVMValueRef result = LLVMBuildInvoke2(m.builder, body.type(), bodyFn, LlvmModule.array((Object[]) args), count,
                returned, unwinding, "");

        LLVMPositionBuilderAtEnd(m.builder, returned);
        m.call(exit.type(), exit.value(), lock);
        if (LLVMGetTypeKind(LLVMGetReturnType(wrapper.type())) == LLVMVoidTypeKind) {
            LLVMBuildRetVoid(m.builder);
        } else {
            LLVMBuildRet(m.builder, result);
        }

        LLVMPositionBuilderAtEnd(m.builder, unwinding);
        LLVMValueRef pad = LLVMBuildLandingPad(m.builder, m.structType(m.ptr, m.i32), null, 0, "");
        LLVMSetCleanup(pad, 1);
        m.call(exit.type(), exit.value(), lock);
        LLVMBuildResume(m.builder, pad);
        return body;
    }

    /** `this` for an instance method; typeof(owning type) for a static one. */
    private static LLVMValueRef lockedObject(NativeModuleBuilder ctx, MethodDesc method, LLVMValueRef fn) {
        if (!method.isStatic()) {
            return LLVMGetParam(fn, 0);
        }
        LlvmModule m = ctx.m;
        LlvmFunction typeOf = ctx.functions.get(SynchronizedMethods.typeOfDescriptor(ctx.typeSystem));
        LLVMValueRef descriptor = ctx.descriptors.get(method.owningType());
        var handleType = LLVMTypeOf(LLVMGetParam(typeOf.value(), 0));
        LLVMValueRef handle = LLVMGetTypeKind(handleType) == LLVMPointerTypeKind ? descriptor
                : LLVMBuildPtrToInt(m.builder, descriptor, handleType, "");
        return m.call(typeOf.type(), typeOf.value(), handle);
    }
}
