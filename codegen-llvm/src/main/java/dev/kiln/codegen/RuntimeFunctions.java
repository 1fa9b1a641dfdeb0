package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.HashMap;
import java.util.Map;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/** Declarations of the C runtime's entry points (kiln.h) and of LLVM intrinsics, created on first use. */
public final class RuntimeFunctions {
    private final LlvmModule m;
    private final Map<String, LlvmFunction> declared = new HashMap<>();

    public RuntimeFunctions(LlvmModule m) {
        this.m = m;
    }

    public LlvmFunction gcAlloc() {
        LlvmFunction f = declare("kiln_gc_alloc", m.functionType(m.ptr, m.ptr), false, true);
        // a fresh object nothing else points to, which LLVM may delete when nothing reads it (a box whose value is
        // used without it); its contents are not described (the runtime writes the header), so nothing is folded
        m.addEnumAttribute(f.value(), LLVMAttributeFunctionIndex, "allockind", ALLOC_KIND_ALLOC);
        m.addEnumAttribute(f.value(), LLVMAttributeReturnIndex, "noalias");
        return f;
    }

    /**
     * The allocation of a class with a finalizer (il Finalizers): it also registers the object with the collector, so
     * that only these allocations pay for it and kiln_gc_alloc stays as it was.
     */
    public LlvmFunction gcAllocFinalizable() {
        LlvmFunction f = declare("kiln_gc_alloc_finalizable", m.functionType(m.ptr, m.ptr), false, true);
        m.addEnumAttribute(f.value(), LLVMAttributeReturnIndex, "noalias");
        return f;
    }

    /** llvm::AllocFnKind::Alloc: the function returns new memory (no Uninitialized/Zeroed: contents unknown). */
    private static final long ALLOC_KIND_ALLOC = 1;

    public LlvmFunction gcAllocArray() {
        return declare("kiln_gc_alloc_array", m.functionType(m.ptr, m.ptr, m.i32), false, true);
    }

    public LlvmFunction throwException() {
        return throwSite(declare("kiln_ex_throw", m.functionType(m.voidType, m.ptr), true, true));
    }

    /** IL rethrow: the exception's trace goes on from its throw. */
    public LlvmFunction rethrowException() {
        return throwSite(declare("kiln_ex_rethrow", m.functionType(m.voidType, m.ptr), true, true));
    }

    /** A throw where a failure is awaited: a new leg of the exception's trace, after its earlier ones. */
    public LlvmFunction throwDispatched() {
        return throwSite(declare("kiln_ex_throw_dispatched", m.functionType(m.voidType, m.ptr), true, true));
    }

    public LlvmFunction throwBuiltin() {
        return throwSite(declare("kiln_ex_throw_builtin", m.functionType(m.voidType, m.i32), true, true));
    }

    private boolean throwSitesApart;

    /**
     * With debug information: calls that throw are never merged (`nomerge`), so that each keeps the line of its own
     * throw — LLVM gives one call made of two `throw`s line 0, and the frame would show no line.
     */
    public void keepThrowSitesApart() {
        throwSitesApart = true;
    }

    private LlvmFunction throwSite(LlvmFunction f) {
        if (throwSitesApart) {
            m.addEnumAttribute(f.value(), LLVMAttributeFunctionIndex, "nomerge");
        }
        return f;
    }

    public LlvmFunction gcAllocMdArray() {
        return declare("kiln_gc_alloc_mdarray", m.functionType(m.ptr, m.ptr, m.i32, m.ptr, m.ptr), false, true);
    }

    public LlvmFunction newContinuation() {
        return declare("kiln_async_new_continuation", m.functionType(m.ptr, m.i32), false, true);
    }

    /** In an image: the override of a generic virtual method instantiation (its key) another image compiled for a type. */
    public LlvmFunction genericVirtualFind() {
        return declare("kiln_gvm_find", m.functionType(m.ptr, m.ptr, m.ptr), false, false);
    }

    public LlvmFunction isAssignable() {
        return declare("kiln_cast_is_assignable", m.functionType(m.i32, m.ptr, m.ptr), false, false);
    }

    public LlvmFunction unboxCompatible() {
        return declare("kiln_cast_unbox_compatible", m.functionType(m.i32, m.ptr, m.ptr, m.i32), false, false);
    }

    public LlvmFunction checkArrayStore() {
        return declare("kiln_cast_check_array_store", m.functionType(m.voidType, m.ptr, m.ptr), false, true);
    }

    /** kiln_typeinit_begin(flag) → KILN_TYPEINIT_*: whether this thread runs a class constructor (typeinit.c). */
    public LlvmFunction typeInitBegin() {
        return declare("kiln_typeinit_begin", m.functionType(m.i32, m.ptr), false, false);
    }

    /** kiln_typeinit_end(flag, state): publishes a class constructor's outcome and wakes the waiting threads. */
    public LlvmFunction typeInitEnd() {
        return declare("kiln_typeinit_end", m.functionType(m.voidType, m.ptr, m.i32), false, false);
    }

    /** kiln_thread_static_address(slot, size): this thread's block of a [ThreadStatic] field (threadstatics.c). */
    public LlvmFunction threadStaticAddress() {
        return declare("kiln_thread_static_address", m.functionType(m.ptr, m.ptr, m.i32), false, true);
    }

    /** The personality routine (runtime-c/src/exceptions.c) that the unwinder calls for Kiln frames. */
    public LlvmFunction personality() {
        return declare(RuntimeAbi.PERSONALITY, m.functionType(m.i32, m.i32, m.i32, m.i64, m.ptr, m.ptr), false, false);
    }

    public LlvmFunction declare(String name, LLVMTypeRef type, boolean noReturn) {
        return declare(name, type, noReturn, false);
    }

    /** Declares a runtime function; mayThrow keeps LLVM from assuming it never unwinds. */
    public LlvmFunction declare(String name, LLVMTypeRef type, boolean noReturn, boolean mayThrow) {
        LlvmFunction f = declared.get(name);
        if (f == null) {
            LLVMValueRef fn = LLVMGetNamedFunction(m.module, name);
            if (fn == null || fn.isNull()) {
                fn = LLVMAddFunction(m.module, name, type);
                if (noReturn) {
                    m.addEnumAttribute(fn, LLVMAttributeFunctionIndex, "noreturn");
                    m.addEnumAttribute(fn, LLVMAttributeFunctionIndex, "cold");
                }
                if (!mayThrow) {
                    m.addEnumAttribute(fn, LLVMAttributeFunctionIndex, "nounwind");
                }
            }
            f = new LlvmFunction(fn, type);
            declared.put(name, f);
        }
        return f;
    }

    /** An overloaded LLVM intrinsic such as llvm.sadd.with.overflow for the given operand type. */
    public LlvmFunction intrinsic(String name, LLVMTypeRef... overloadTypes) {
        int id = LLVMLookupIntrinsicID(name, name.length());
        if (id == 0) {
            throw new IllegalStateException("unknown LLVM intrinsic " + name);
        }
        LLVMValueRef fn = LLVMGetIntrinsicDeclaration(m.module, id, LlvmModule.array((Object[]) overloadTypes), overloadTypes.length);
        LLVMTypeRef type = LLVMIntrinsicGetType(m.context, id, LlvmModule.array((Object[]) overloadTypes), overloadTypes.length);
        return new LlvmFunction(fn, type);
    }
}
