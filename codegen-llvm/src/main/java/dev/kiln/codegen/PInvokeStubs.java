package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.kiln.il.ILCompileException;
import dev.kiln.il.PInvokeSignature;
import dev.kiln.il.ThrowingMethods;
import dev.kiln.il.PInvokeSignature.Kind;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.PInvokeMetadata;
import dev.kiln.typesystem.TypeCategory;
import dev.kiln.typesystem.TypeDesc;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.llvm.LLVM.LLVMAttributeRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * The code of a P/Invoke method: a function with the managed signature that binds the native function at its first
 * call (runtime-c/pinvoke.c; a failure throws DllNotFoundException or EntryPointNotFoundException there and then),
 * marshals the arguments (PInvokeSignature), calls it with the C calling convention, saves errno when the method
 * asks for SetLastError, frees the strings it made and converts the result. StringBuilders and SafeHandles go
 * through the core library's managed helpers (PInvokeObjectMarshalling), before and after the native call.
 */
final class PInvokeStubs {
    private static final int MAX_INTEGER_REGISTERS = 6;
    private static final int MAX_SSE_REGISTERS = 8;

    private final NativeModuleBuilder ctx;
    private final LlvmModule m;
    private final PInvokeObjectMarshalling objects;

    PInvokeStubs(NativeModuleBuilder ctx) {
        this.ctx = ctx;
        this.m = ctx.m;
        this.objects = new PInvokeObjectMarshalling(ctx);
    }

    /** The native argument list being built, with the attributes its call needs and the strings to free. */
    private final class NativeCall {
        final List<LLVMTypeRef> types = new ArrayList<>();
        final List<LLVMValueRef> values = new ArrayList<>();
        final List<TypeAttribute> attributes = new ArrayList<>();
        final List<LLVMValueRef> toFree = new ArrayList<>();
        /** What runs after the call: StringBuilders read back, SafeHandles released or filled. */
        final List<Runnable> after = new ArrayList<>();
        /** The sbyte and short arguments, sign-extended by the caller as C expects (others are zero-extended). */
        final java.util.Set<Integer> signedSmall = new java.util.HashSet<>();
        int integerRegisters;
        int sseRegisters;

        void add(LLVMTypeRef type, LLVMValueRef value) {
            types.add(type);
            values.add(value);
            if (LLVMGetTypeKind(type) == LLVMFloatTypeKind || LLVMGetTypeKind(type) == LLVMDoubleTypeKind) {
                sseRegisters++;
            } else {
                integerRegisters++;
            }
        }

        /** A type attribute (byval, sret) of the argument added last. */
        void attribute(String name, LLVMTypeRef type) {
            attributes.add(new TypeAttribute(values.size() - 1, name, type));
        }
    }

    private record TypeAttribute(int argument, String name, LLVMTypeRef type) {
    }

    void emit(MethodDesc method, PInvokeSignature signature) {
        LlvmFunction fn = ctx.functions.get(method);
        ctx.functions.markDefined(method);
        var saved = LLVMGetInsertBlock(m.builder);
        LLVMValueRef f = fn.value();
        LLVMPositionBuilderAtEnd(m.builder, LLVMAppendBasicBlockInContext(m.context, f, "entry"));
        java.util.function.Function<LLVMTypeRef, LLVMValueRef> target;
        if (ctx.directPInvokes.matches(signature.metadata().library())) {
            target = type -> directFunction(signature.metadata().entryPoint(), type);
        } else {
            LLVMValueRef bound = boundFunction(method, signature.metadata(), f);
            target = type -> bound;
        }
        emitCall(f, target, method.signature(), signature, method.isStatic() ? 0 : 1);
        if (saved != null && !saved.isNull()) {
            LLVMPositionBuilderAtEnd(m.builder, saved);
        }
    }

    /**
     * The rest of a function f with a managed signature (its parameters from index first on) that calls the native
     * function target gives for the native function type: marshals the arguments, calls, converts the result and
     * returns it. Also the body of the forward stub of a delegate type (DelegateMarshalling), where the target comes
     * from the delegate.
     */
    void emitCall(LLVMValueRef f, java.util.function.Function<LLVMTypeRef, LLVMValueRef> target,
                  dev.kiln.typesystem.MethodSignature sig, PInvokeSignature signature, int first) {
        NativeCall call = new NativeCall();
        TypeDesc returnType = sig.returnType();
        LLVMValueRef sret = null;
        List<LLVMTypeRef> returnRegisters = null;
        if (signature.returnKind() == Kind.STRUCT) {
            returnRegisters = SysVStructPassing.registers(m, returnType);
            if (returnRegisters == null) {
                sret = LLVMBuildAlloca(m.builder, ctx.types.storageType(returnType), "sret");
                LLVMSetAlignment(sret, 8);
                call.add(m.ptr, sret);
                call.attribute("sret", ctx.types.storageType(returnType));
            }
        }
        // as .NET, a returned SafeHandle exists before the call, so that the handle cannot be lost afterwards
        LLVMValueRef createdResult = signature.returnKind() == Kind.SAFEHANDLE ? objects.create(returnType) : null;
        for (int i = 0; i < sig.parameters().size(); i++) {
            Kind kind = signature.parameters().get(i);
            LLVMValueRef value = LLVMGetParam(f, first + i);
            if (isObjectKind(kind)) {
                LLVMValueRef nativeValue = objects.argument(kind, sig.parameters().get(i), value, signature.copiesIn(i),
                        signature.copiesOut(i), call.after);
                call.add(LLVMTypeOf(nativeValue), nativeValue);
            } else {
                marshalArgument(call, kind, sig.parameters().get(i), value);
            }
        }
        LLVMTypeRef nativeReturn = nativeReturnType(signature.returnKind(), returnType, returnRegisters, sret != null);
        LLVMTypeRef nativeType = m.functionType(nativeReturn, call.types.toArray(new LLVMTypeRef[0]));
        boolean lastError = signature.metadata().setLastError();
        if (lastError) {
            callRuntime("kiln_pinvoke_clear_errno", m.functionType(m.voidType));
        }
        LLVMValueRef result = m.call(nativeType, target.apply(nativeType), call.values.toArray(new LLVMValueRef[0]));
        addCallAttributes(result, call);
        if (lastError) {
            callRuntime("kiln_pinvoke_save_errno", m.functionType(m.voidType));
        }
        for (Runnable r : call.after) {
            r.run();
        }
        if (createdResult != null) {
            objects.set(createdResult, result);
            result = createdResult;
        }
        for (LLVMValueRef copy : call.toFree) {
            callRuntime("kiln_pinvoke_free", m.functionType(m.voidType, m.ptr), copy);
        }
        if (signature.returnKind() == Kind.STRING_UTF8 || signature.returnKind() == Kind.STRING_UTF16) {
            String taker = signature.returnKind() == Kind.STRING_UTF8 ? "kiln_pinvoke_take_utf8" : "kiln_pinvoke_take_utf16";
            result = callRuntime(taker, m.functionType(m.ptr, m.ptr), result);
        }
        emitReturn(signature.returnKind(), returnType, result, returnRegisters, sret);
    }

    /**
     * --direct-pinvoke: the entry point as an external symbol the linker resolves (NativeAOT's DirectPInvoke),
     * declared with the native type of its first call (each call names its own type).
     */
    private LLVMValueRef directFunction(String entryPoint, LLVMTypeRef type) {
        LLVMValueRef fn = LLVMGetNamedFunction(m.module, entryPoint);
        if (fn == null || fn.isNull()) {
            fn = LLVMAddFunction(m.module, entryPoint, type);
        }
        return fn;
    }

    private static boolean isObjectKind(Kind kind) {
        return kind == Kind.STRINGBUILDER_UTF8 || kind == Kind.STRINGBUILDER_UTF16 || kind == Kind.SAFEHANDLE
                || kind == Kind.SAFEHANDLE_OUT || kind == Kind.SAFEHANDLE_REF;
    }

    /** The native function pointer: cached after the first call, resolved (or thrown about) on it. */
    private LLVMValueRef boundFunction(MethodDesc method, PInvokeMetadata md, LLVMValueRef f) {
        String name = ctx.symbols.nameFor(List.of("pinvoke cache", method), "pinvoke " + method.fullName());
        LLVMValueRef cache = LLVMAddGlobal(m.module, m.ptr, name);
        LLVMSetInitializer(cache, m.nullPtr());
        LLVMSetLinkage(cache, LLVMInternalLinkage);
        LLVMSetAlignment(cache, 8);
        var entry = LLVMGetInsertBlock(m.builder);
        var resolve = LLVMAppendBasicBlockInContext(m.context, f, "resolve");
        var fail = LLVMAppendBasicBlockInContext(m.context, f, "fail");
        var ready = LLVMAppendBasicBlockInContext(m.context, f, "ready");
        LLVMValueRef cached = m.load(m.ptr, cache);
        LLVMSetOrdering(cached, LLVMAtomicOrderingAcquire);
        LLVMSetAlignment(cached, 8);
        LLVMBuildCondBr(m.builder, LLVMBuildIsNull(m.builder, cached, ""), resolve, ready);

        LLVMPositionBuilderAtEnd(m.builder, resolve);
        String symbol = ctx.symbols.nameFor(List.of("pinvoke names", method), "pinvoke names " + method.fullName());
        LLVMValueRef library = m.cString(symbol + ".library", md.library());
        LLVMValueRef entryPoint = m.cString(symbol + ".entry", md.entryPoint());
        LLVMValueRef resolved = callRuntime("kiln_pinvoke_resolve", m.functionType(m.ptr, m.ptr, m.ptr, m.ptr),
                cache, library, entryPoint);
        LLVMBuildCondBr(m.builder, LLVMBuildIsNull(m.builder, resolved, ""), fail, ready);

        LLVMPositionBuilderAtEnd(m.builder, fail);
        LLVMValueRef kind = callRuntime("kiln_pinvoke_failure_kind", m.functionType(m.i32));
        LLVMValueRef message = callRuntime("kiln_pinvoke_failure_message", m.functionType(m.ptr));
        LlvmFunction thrower = ctx.functions.get(ThrowingMethods.thrower(ctx.typeSystem));
        m.call(thrower.type(), thrower.value(), kind, message);
        LLVMBuildUnreachable(m.builder);

        LLVMPositionBuilderAtEnd(m.builder, ready);
        LLVMValueRef phi = LLVMBuildPhi(m.builder, m.ptr, "fn");
        LLVMAddIncoming(phi, LlvmModule.array(cached, resolved), LlvmModule.array(entry, resolve), 2);
        return phi;
    }

    private LLVMValueRef callRuntime(String name, LLVMTypeRef type, LLVMValueRef... args) {
        LlvmFunction fn = ctx.runtime.declare(name, type, false, false);
        return m.call(fn.type(), fn.value(), args);
    }

    private void marshalArgument(NativeCall call, Kind kind, TypeDesc type, LLVMValueRef value) {
        switch (kind) {
            case BLITTABLE:
            case ADDRESS:
                if (type.category() == TypeCategory.INT8 || type.category() == TypeCategory.INT16) {
                    call.signedSmall.add(call.values.size());
                }
                call.add(LLVMTypeOf(value), value);
                break;
            case BOOL4:
                call.add(m.i32, LLVMBuildZExt(m.builder, nonZero(value), m.i32, ""));
                break;
            case BOOL1:
                call.add(m.i8, LLVMBuildZExt(m.builder, nonZero(value), m.i8, ""));
                break;
            case STRING_UTF8:
            case STRING_UTF16: {
                String converter = kind == Kind.STRING_UTF8 ? "kiln_pinvoke_string_to_utf8" : "kiln_pinvoke_string_to_utf16";
                LLVMValueRef copy = callRuntime(converter, m.functionType(m.ptr, m.ptr), value);
                call.toFree.add(copy);
                call.add(m.ptr, copy);
                break;
            }
            case ARRAY: {
                LLVMValueRef data = m.offset(value, RuntimeAbi.ARRAY_DATA_OFFSET);
                call.add(m.ptr, LLVMBuildSelect(m.builder, LLVMBuildIsNull(m.builder, value, ""), m.nullPtr(), data, ""));
                break;
            }
            case STRUCT:
                marshalStruct(call, type, value);
                break;
            case DELEGATE:
                call.add(m.ptr, ctx.delegateMarshalling.nativePointer(type, value));
                break;
            case HANDLEREF: {
                // the handle field. .NET keeps the wrapper alive until the call returns so that its finalizer cannot
                // close the handle meanwhile; Kiln runs no finalizers yet (the memory issue), which must add that then
                LLVMValueRef slot = structSlot(ctx.types.storageType(type));
                m.store(value, slot);
                long offset = ctx.typeSystem.layoutOf(type).offsetOf(type.findField("_handle"));
                call.add(m.i64, m.load(m.i64, m.offset(slot, offset)));
                break;
            }
            default:
                throw new ILCompileException("P/Invoke parameter kind " + kind);
        }
    }

    /** A struct in its eightbyte registers when they are free for all of it, else in memory (byval). */
    private void marshalStruct(NativeCall call, TypeDesc type, LLVMValueRef value) {
        LLVMTypeRef storage = ctx.types.storageType(type);
        LLVMValueRef slot = structSlot(storage);
        m.store(value, slot);
        List<LLVMTypeRef> regs = SysVStructPassing.registers(m, type);
        if (regs != null) {
            int sse = SysVStructPassing.sseCount(m, regs);
            int integer = regs.size() - sse;
            if (call.integerRegisters + integer <= MAX_INTEGER_REGISTERS && call.sseRegisters + sse <= MAX_SSE_REGISTERS) {
                for (int w = 0; w < regs.size(); w++) {
                    LLVMValueRef part = m.load(regs.get(w), m.offset(slot, 8L * w));
                    LLVMSetAlignment(part, 8);
                    call.add(regs.get(w), part);
                }
                return;
            }
        }
        call.values.add(slot);
        call.types.add(m.ptr);
        call.attribute("byval", storage);
    }

    /** Memory for a struct in transit: at least 16 bytes (what its registers cover), 8-aligned. */
    LLVMValueRef structSlot(LLVMTypeRef storage) {
        long size = LLVMABISizeOfType(LLVMGetModuleDataLayout(m.module), storage);
        LLVMTypeRef type = size >= 16 ? storage : LLVMArrayType2(m.i8, 16);
        LLVMValueRef slot = LLVMBuildAlloca(m.builder, type, "struct");
        LLVMSetAlignment(slot, 8);
        return slot;
    }

    LLVMValueRef nonZero(LLVMValueRef value) {
        return LLVMBuildICmp(m.builder, LLVMIntNE, value, LLVMConstNull(LLVMTypeOf(value)), "");
    }

    private LLVMTypeRef nativeReturnType(Kind kind, TypeDesc type, List<LLVMTypeRef> registers, boolean sret) {
        switch (kind) {
            case VOID: return m.voidType;
            case BOOL4: return m.i32;
            case STRING_UTF8: case STRING_UTF16: case DELEGATE: return m.ptr;
            case SAFEHANDLE: return m.i64;
            case BOOL1: return m.i8;
            case STRUCT:
                if (sret) {
                    return m.voidType;
                }
                return registers.size() == 1 ? registers.get(0) : m.structType(registers.toArray(new LLVMTypeRef[0]));
            default: return ctx.types.storageType(type);
        }
    }

    private void emitReturn(Kind kind, TypeDesc type, LLVMValueRef result, List<LLVMTypeRef> registers, LLVMValueRef sret) {
        switch (kind) {
            case VOID:
                LLVMBuildRetVoid(m.builder);
                return;
            case BOOL4:
            case BOOL1:
                LLVMBuildRet(m.builder, LLVMBuildZExt(m.builder, nonZero(result), m.i8, ""));
                return;
            case DELEGATE:
                LLVMBuildRet(m.builder, ctx.delegateMarshalling.managedDelegate(type, result));
                return;
            case STRUCT: {
                LLVMTypeRef storage = ctx.types.storageType(type);
                LLVMValueRef from = sret;
                if (from == null) {
                    from = structSlot(storage);
                    for (int w = 0; w < registers.size(); w++) {
                        LLVMValueRef part = registers.size() == 1 ? result : LLVMBuildExtractValue(m.builder, result, w, "");
                        LLVMValueRef store = LLVMBuildStore(m.builder, part, m.offset(from, 8L * w));
                        LLVMSetAlignment(store, 8);
                    }
                }
                LLVMBuildRet(m.builder, m.load(storage, from));
                return;
            }
            default:
                LLVMBuildRet(m.builder, result);
        }
    }

    /** Type attributes (byval, sret) and the C ABI's widening of small integer arguments. */
    private void addCallAttributes(LLVMValueRef callInst, NativeCall call) {
        for (TypeAttribute a : call.attributes) {
            int index = a.argument() + 1;
            int kind = LLVMGetEnumAttributeKindForName(a.name(), a.name().length());
            LLVMAttributeRef attr = LLVMCreateTypeAttribute(m.context, kind, a.type());
            LLVMAddCallSiteAttribute(callInst, index, attr);
            int align = LLVMGetEnumAttributeKindForName("align", 5);
            LLVMAddCallSiteAttribute(callInst, index, LLVMCreateEnumAttribute(m.context, align, 8));
        }
        for (int i = 0; i < call.values.size(); i++) {
            LLVMTypeRef t = call.types.get(i);
            if (LLVMGetTypeKind(t) == LLVMIntegerTypeKind && LLVMGetIntTypeWidth(t) < 32) {
                String ext = call.signedSmall.contains(i) ? "signext" : "zeroext";
                LLVMAddCallSiteAttribute(callInst, i + 1,
                        LLVMCreateEnumAttribute(m.context, LLVMGetEnumAttributeKindForName(ext, ext.length()), 0));
            }
        }
    }
}
