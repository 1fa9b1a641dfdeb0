package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.kiln.il.PInvokeHelpers;
import dev.kiln.il.PInvokeSignature.Kind;
import dev.kiln.typesystem.ByRefType;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeDesc;
import java.util.List;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * The parts of a P/Invoke stub that call managed code (the core library's PInvokeMarshalling, see PInvokeHelpers):
 * StringBuilder buffers made before the call and read back after it, SafeHandles referenced for the call, and
 * SafeHandles created for a returned or out handle.
 */
final class PInvokeObjectMarshalling {
    private final NativeModuleBuilder ctx;
    private final LlvmModule m;

    PInvokeObjectMarshalling(NativeModuleBuilder ctx) {
        this.ctx = ctx;
        this.m = ctx.m;
    }

    private LLVMValueRef call(MethodDesc method, LLVMValueRef... args) {
        LlvmFunction fn = ctx.functions.get(method);
        return m.call(fn.type(), fn.value(), args);
    }

    private LLVMValueRef call(String helper, LLVMValueRef... args) {
        return call(PInvokeHelpers.helper(ctx.typeSystem, helper), args);
    }

    /**
     * The native value of a StringBuilder or SafeHandle argument (value is the managed one); what must happen after
     * the native call is added to after. As .NET, a StringBuilder's text goes in unless it is [Out] only, and comes
     * back unless it is [In] only (its buffer is freed either way).
     */
    LLVMValueRef argument(Kind kind, TypeDesc type, LLVMValueRef value, boolean copiesIn, boolean copiesOut, List<Runnable> after) {
        switch (kind) {
            case STRINGBUILDER_UTF8:
            case STRINGBUILDER_UTF16: {
                boolean utf8 = kind == Kind.STRINGBUILDER_UTF8;
                LLVMValueRef buffer = call(utf8 ? PInvokeHelpers.TO_UTF8 : PInvokeHelpers.TO_UTF16, value, m.constI32(copiesIn ? 1 : 0));
                after.add(() -> call(utf8 ? PInvokeHelpers.FROM_UTF8 : PInvokeHelpers.FROM_UTF16, value, buffer,
                        m.constI32(copiesOut ? 1 : 0)));
                return LLVMBuildIntToPtr(m.builder, buffer, m.ptr, "");
            }
            case SAFEHANDLE: {
                LLVMValueRef handle = call(PInvokeHelpers.ADD_REF, value);
                after.add(() -> call(PInvokeHelpers.RELEASE, value));
                return handle;
            }
            case SAFEHANDLE_OUT: {
                LLVMValueRef created = create(((ByRefType) type).elementType());
                LLVMValueRef slot = LLVMBuildAlloca(m.builder, m.i64, "handle");
                m.store(LLVMConstInt(m.i64, 0, 0), slot);
                after.add(() -> {
                    set(created, m.load(m.i64, slot));
                    m.store(created, value);
                });
                return slot;
            }
            case SAFEHANDLE_REF: {
                // as .NET: the handle is referenced for the call, and only a handle the native code changed becomes
                // a new instance (made before the call); the original keeps its place otherwise
                LLVMValueRef original = m.load(m.ptr, value);
                LLVMValueRef handle = call(PInvokeHelpers.ADD_REF, original);
                LLVMValueRef created = create(((ByRefType) type).elementType());
                LLVMValueRef slot = LLVMBuildAlloca(m.builder, m.i64, "handle");
                m.store(handle, slot);
                after.add(() -> {
                    m.store(call(PInvokeHelpers.REF_RESULT, original, created, handle, m.load(m.i64, slot)), value);
                    call(PInvokeHelpers.RELEASE, original);
                });
                return slot;
            }
            default:
                throw new IllegalArgumentException(kind.toString());
        }
    }

    /** A new instance of a SafeHandle class, made before the call that fills it. */
    LLVMValueRef create(TypeDesc safeHandle) {
        return call(PInvokeHelpers.creator(ctx.typeSystem, safeHandle));
    }

    /** Stores the native handle in a SafeHandle the stub created. */
    void set(LLVMValueRef safeHandle, LLVMValueRef nativeValue) {
        call(PInvokeHelpers.SET, safeHandle, nativeValue);
    }
}
