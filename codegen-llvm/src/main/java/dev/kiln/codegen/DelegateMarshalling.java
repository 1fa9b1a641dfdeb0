package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.kiln.il.ILCompileException;
import dev.kiln.il.PInvokeSignature;
import dev.kiln.il.PInvokeSignature.Kind;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeDesc;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Delegates crossing to native code, per delegate type the dependency graph marshals (runtime-c/callbacks.c):
 * <ul>
 * <li>the reverse stub: a function with the native signature of the delegate's Invoke and the delegate in the
 * static-chain register (a `nest` parameter, r10) where a trampoline put it; it converts the native arguments, calls
 * Invoke and converts the result back (first registering the calling thread with the collector, for threads the
 * runtime did not start). A managed exception escaping Invoke fails fast in its landing pad: it cannot
 * unwind through the native frames between.</li>
 * <li>the forward stub: a delegate method (target first) whose target is a boxed IntPtr holding a native function
 * pointer, which it calls with the P/Invoke marshalling (PInvokeStubs) — what GetDelegateForFunctionPointer makes.</li>
 * </ul>
 * Each module lists the types it made stubs for (kiln_marshalled_delegates in an executable, kiln.marshalled_delegates
 * in an image) for the Marshal methods that find them at run time from a delegate or a Type.
 */
final class DelegateMarshalling {
    private static final int MAX_INTEGER_REGISTERS = 6;
    private static final int MAX_SSE_REGISTERS = 8;

    private final NativeModuleBuilder ctx;
    private final LlvmModule m;
    private final Map<TypeDesc, LlvmFunction> reverseStubs = new HashMap<>();
    private final Map<TypeDesc, LlvmFunction> forwardStubs = new HashMap<>();
    private final List<TypeDesc> emitted = new ArrayList<>();

    DelegateMarshalling(NativeModuleBuilder ctx) {
        this.ctx = ctx;
        this.m = ctx.m;
    }

    private static PInvokeSignature signatureOf(TypeDesc delegateType) {
        PInvokeSignature signature = PInvokeSignature.ofDelegate(delegateType);
        if (signature == null || !signature.isSupported()) {
            throw new ILCompileException(delegateType.fullName() + " is not a delegate type Kiln can marshal"
                    + (signature == null ? "" : ": " + signature.unsupportedReason()));
        }
        return signature;
    }

    /** The native function pointer for a delegate value (null for null): its trampoline to the reverse stub. */
    LLVMValueRef nativePointer(TypeDesc delegateType, LLVMValueRef delegate) {
        LlvmFunction toNative = ctx.runtime.declare("kiln_delegate_to_native", m.functionType(m.ptr, m.ptr, m.ptr), false);
        return m.call(toNative.type(), toNative.value(), delegate, reverseStub(delegateType).value());
    }

    /** The delegate of delegateType a P/Invoke method returns for a native function pointer (Marshal.DelegateForReturn). */
    LLVMValueRef managedDelegate(TypeDesc delegateType, LLVMValueRef pointer) {
        LlvmFunction factory = ctx.functions.get(PInvokeSignature.delegateFactory(ctx.typeSystem));
        // IntPtr parameters are i64 in managed signatures
        return m.call(factory.type(), factory.value(), LLVMBuildPtrToInt(m.builder, pointer, m.i64, ""),
                LLVMBuildPtrToInt(m.builder, ctx.descriptors.get(delegateType), m.i64, ""),
                LLVMBuildPtrToInt(m.builder, forwardStub(delegateType).value(), m.i64, ""));
    }

    /** Defines both stubs of delegateType and lists it for the run-time lookups. */
    synchronized void emit(TypeDesc delegateType) {
        PInvokeSignature signature = signatureOf(delegateType);
        MethodDesc invoke = PInvokeSignature.invokeOf(delegateType);
        var saved = LLVMGetInsertBlock(m.builder);
        emitReverse(delegateType, invoke, signature);
        LlvmFunction forward = forwardStub(delegateType);
        LLVMPositionBuilderAtEnd(m.builder, LLVMAppendBasicBlockInContext(m.context, forward.value(), "entry"));
        LLVMValueRef box = LLVMGetParam(forward.value(), 0);
        LLVMValueRef target = m.load(m.ptr, m.offset(box, RuntimeAbi.OBJECT_HEADER_SIZE));
        new PInvokeStubs(ctx).emitCall(forward.value(), type -> target, invoke.signature(), signature, 1);
        if (saved != null && !saved.isNull()) {
            LLVMPositionBuilderAtEnd(m.builder, saved);
        }
        emitted.add(delegateType);
    }

    String reverseStubSymbol(TypeDesc delegateType) {
        return LLVMGetValueName(reverseStub(delegateType).value()).getString();
    }

    private synchronized LlvmFunction forwardStub(TypeDesc delegateType) {
        return forwardStubs.computeIfAbsent(delegateType, d -> {
            LLVMTypeRef type = ctx.functions.functionType(PInvokeSignature.invokeOf(d));
            LLVMValueRef fn = LLVMAddFunction(m.module, ctx.symbols.nameFor(List.of("forward delegate stub", d),
                    "native call " + d.fullName()), type);
            LLVMSetLinkage(fn, LLVMInternalLinkage);
            m.addEnumAttribute(fn, LLVMAttributeFunctionIndex, "uwtable", 2);
            return new LlvmFunction(fn, type);
        });
    }

    /** The reverse stub's declaration: (nest delegate, [sret], native parameters) → native return. */
    private synchronized LlvmFunction reverseStub(TypeDesc delegateType) {
        return reverseStubs.computeIfAbsent(delegateType, d -> {
            NativeShape shape = new NativeShape(d, signatureOf(d));
            LLVMTypeRef type = m.functionType(shape.returnType, shape.parameters.toArray(new LLVMTypeRef[0]));
            LLVMValueRef fn = LLVMAddFunction(m.module, ctx.symbols.nameFor(List.of("reverse delegate stub", d),
                    "native callback " + d.fullName()), type);
            LLVMSetLinkage(fn, LLVMInternalLinkage);
            m.addEnumAttribute(fn, LLVMAttributeFunctionIndex, "uwtable", 2);
            addTypeAttribute(fn, 1, "nest", null);
            if (shape.sret != null) {
                addTypeAttribute(fn, 2, "sret", shape.sret);
            }
            for (int i = 0; i < shape.byval.size(); i++) {
                if (shape.byval.get(i) != null) {
                    addTypeAttribute(fn, i + 1, "byval", shape.byval.get(i));
                }
            }
            return new LlvmFunction(fn, type);
        });
    }

    private void addTypeAttribute(LLVMValueRef fn, int index, String name, LLVMTypeRef type) {
        int kind = LLVMGetEnumAttributeKindForName(name, name.length());
        LLVMAddAttributeAtIndex(fn, index, type == null ? LLVMCreateEnumAttribute(m.context, kind, 0)
                : LLVMCreateTypeAttribute(m.context, kind, type));
        if (type != null) {
            int align = LLVMGetEnumAttributeKindForName("align", 5);
            LLVMAddAttributeAtIndex(fn, index, LLVMCreateEnumAttribute(m.context, align, 8));
        }
    }

    /**
     * How the delegate's values sit in the native call, per the System V ABI as the forward marshalling passes them:
     * the param parameter types (the nest delegate first), which are byval structs, the eightbyte registers of
     * each struct passed in registers, and the return.
     */
    private final class NativeShape {
        final List<LLVMTypeRef> parameters = new ArrayList<>();
        final List<LLVMTypeRef> byval = new ArrayList<>();
        /** per managed parameter: its first param parameter index and, for a struct in registers, their types */
        final int[] firstNative;
        final List<List<LLVMTypeRef>> structRegisters = new ArrayList<>();
        final LLVMTypeRef returnType;
        final List<LLVMTypeRef> returnRegisters;
        final LLVMTypeRef sret;

        NativeShape(TypeDesc delegateType, PInvokeSignature signature) {
            MethodDesc invoke = PInvokeSignature.invokeOf(delegateType);
            var sig = invoke.signature();
            add(m.ptr, null); // the delegate, in r10
            int integer = 0;
            int sse = 0;
            TypeDesc ret = sig.returnType();
            List<LLVMTypeRef> regs = signature.returnKind() == Kind.STRUCT ? SysVStructPassing.registers(m, ret) : null;
            if (signature.returnKind() == Kind.STRUCT && regs == null) {
                sret = ctx.types.storageType(ret);
                add(m.ptr, null);
                integer++;
            } else {
                sret = null;
            }
            returnRegisters = regs;
            returnType = nativeReturn(signature.returnKind(), ret, regs);
            firstNative = new int[sig.parameters().size()];
            for (int i = 0; i < sig.parameters().size(); i++) {
                TypeDesc p = sig.parameters().get(i);
                Kind kind = signature.parameters().get(i);
                firstNative[i] = parameters.size();
                List<LLVMTypeRef> inRegisters = null;
                if (kind == Kind.STRUCT) {
                    List<LLVMTypeRef> r = SysVStructPassing.registers(m, p);
                    if (r != null) {
                        int s = SysVStructPassing.sseCount(m, r);
                        if (integer + r.size() - s <= MAX_INTEGER_REGISTERS && sse + s <= MAX_SSE_REGISTERS) {
                            inRegisters = r;
                            integer += r.size() - s;
                            sse += s;
                            r.forEach(t -> add(t, null));
                        }
                    }
                    if (inRegisters == null) {
                        add(m.ptr, ctx.types.storageType(p));
                    }
                } else {
                    LLVMTypeRef t = nativeParameter(kind, p);
                    if (LLVMGetTypeKind(t) == LLVMFloatTypeKind || LLVMGetTypeKind(t) == LLVMDoubleTypeKind) {
                        sse++;
                    } else {
                        integer++;
                    }
                    add(t, null);
                }
                structRegisters.add(inRegisters);
            }
        }

        private void add(LLVMTypeRef type, LLVMTypeRef byvalType) {
            parameters.add(type);
            byval.add(byvalType);
        }
    }

    private LLVMTypeRef nativeParameter(Kind kind, TypeDesc type) {
        switch (kind) {
            case BOOL4: return m.i32;
            case BOOL1: return m.i8;
            case STRING_UTF8: case STRING_UTF16: case ADDRESS: return m.ptr;
            case BLITTABLE: return ctx.types.storageType(type);
            default: throw new ILCompileException("a callback parameter marshalled as " + kind);
        }
    }

    private LLVMTypeRef nativeReturn(Kind kind, TypeDesc type, List<LLVMTypeRef> registers) {
        switch (kind) {
            case VOID: return m.voidType;
            case BOOL4: return m.i32;
            case BOOL1: return m.i8;
            case BLITTABLE: return ctx.types.storageType(type);
            case STRUCT:
                if (registers == null) {
                    return m.voidType;
                }
                return registers.size() == 1 ? registers.get(0) : m.structType(registers.toArray(new LLVMTypeRef[0]));
            default: throw new ILCompileException("a callback returning a value marshalled as " + kind);
        }
    }

    private void emitReverse(TypeDesc delegateType, MethodDesc invoke, PInvokeSignature signature) {
        NativeShape shape = new NativeShape(delegateType, signature);
        LlvmFunction stub = reverseStub(delegateType);
        LLVMValueRef fn = stub.value();
        LLVMSetPersonalityFn(fn, ctx.runtime.personality().value());
        PInvokeStubs values = new PInvokeStubs(ctx);
        LLVMPositionBuilderAtEnd(m.builder, LLVMAppendBasicBlockInContext(m.context, fn, "entry"));
        // the calling thread may be one the runtime never saw (a C library's own pthread): the collector must know it
        // before the arguments are converted (strings allocate)
        LlvmFunction attach = ctx.runtime.declare("kiln_gc_attach_callback_thread", m.functionType(m.voidType), false);
        m.call(attach.type(), attach.value());
        var sig = invoke.signature();
        LLVMValueRef[] args = new LLVMValueRef[sig.parameters().size() + 1];
        args[0] = LLVMGetParam(fn, 0);
        for (int i = 0; i < sig.parameters().size(); i++) {
            args[i + 1] = managedArgument(fn, shape, i, signature.parameters().get(i), sig.parameters().get(i), values);
        }
        LlvmFunction target = ctx.functions.get(invoke);
        var ok = LLVMAppendBasicBlockInContext(m.context, fn, "ok");
        var escaped = LLVMAppendBasicBlockInContext(m.context, fn, "escaped");
        LLVMValueRef result = LLVMBuildInvoke2(m.builder, target.type(), target.value(),
                LlvmModule.array((Object[]) args), args.length, ok, escaped, "");

        LLVMPositionBuilderAtEnd(m.builder, escaped);
        LLVMValueRef lp = LLVMBuildLandingPad(m.builder, m.structType(m.ptr, m.i32), null, 1, "");
        LLVMAddClause(lp, m.nullPtr()); // catches every managed exception
        LlvmFunction fail = ctx.runtime.declare("kiln_ex_escaped_native_callback", m.functionType(m.voidType, m.ptr), true);
        m.call(fail.type(), fail.value(), LLVMBuildExtractValue(m.builder, lp, 0, ""));
        LLVMBuildUnreachable(m.builder);

        LLVMPositionBuilderAtEnd(m.builder, ok);
        emitNativeReturn(signature.returnKind(), sig.returnType(), result, shape, fn, values);
    }

    /** The managed value of parameter i from its param parameters. */
    private LLVMValueRef managedArgument(LLVMValueRef fn, NativeShape shape, int i, Kind kind, TypeDesc type, PInvokeStubs values) {
        int at = shape.firstNative[i];
        LLVMValueRef param = LLVMGetParam(fn, at);
        switch (kind) {
            case BLITTABLE:
            case ADDRESS:
                return param;
            case BOOL4:
            case BOOL1:
                return LLVMBuildZExt(m.builder, values.nonZero(param), m.i8, "");
            case STRING_UTF8:
            case STRING_UTF16: {
                String converter = kind == Kind.STRING_UTF8 ? "kiln_callback_string_from_utf8" : "kiln_callback_string_from_utf16";
                LlvmFunction f = ctx.runtime.declare(converter, m.functionType(m.ptr, m.ptr), false);
                return m.call(f.type(), f.value(), param);
            }
            case STRUCT: {
                LLVMTypeRef storage = ctx.types.storageType(type);
                List<LLVMTypeRef> regs = shape.structRegisters.get(i);
                if (regs == null) {
                    return m.load(storage, param); // byval: the caller's copy
                }
                LLVMValueRef slot = values.structSlot(storage);
                for (int w = 0; w < regs.size(); w++) {
                    LLVMValueRef store = LLVMBuildStore(m.builder, LLVMGetParam(fn, at + w), m.offset(slot, 8L * w));
                    LLVMSetAlignment(store, 8);
                }
                return m.load(storage, slot);
            }
            default:
                throw new ILCompileException("a callback parameter marshalled as " + kind);
        }
    }

    private void emitNativeReturn(Kind kind, TypeDesc type, LLVMValueRef result, NativeShape shape, LLVMValueRef fn,
                                  PInvokeStubs values) {
        switch (kind) {
            case VOID:
                LLVMBuildRetVoid(m.builder);
                return;
            case BOOL4:
                LLVMBuildRet(m.builder, LLVMBuildZExt(m.builder, values.nonZero(result), m.i32, ""));
                return;
            case BOOL1:
                LLVMBuildRet(m.builder, LLVMBuildZExt(m.builder, values.nonZero(result), m.i8, ""));
                return;
            case STRUCT: {
                if (shape.sret != null) {
                    m.store(result, LLVMGetParam(fn, 1));
                    LLVMBuildRetVoid(m.builder);
                    return;
                }
                LLVMValueRef slot = values.structSlot(ctx.types.storageType(type));
                m.store(result, slot);
                List<LLVMTypeRef> regs = shape.returnRegisters;
                LLVMValueRef ret = regs.size() == 1 ? null : LLVMGetUndef(shape.returnType);
                for (int w = 0; w < regs.size(); w++) {
                    LLVMValueRef part = m.load(regs.get(w), m.offset(slot, 8L * w));
                    LLVMSetAlignment(part, 8);
                    ret = regs.size() == 1 ? part : LLVMBuildInsertValue(m.builder, ret, part, w, "");
                }
                LLVMBuildRet(m.builder, ret);
                return;
            }
            default:
                LLVMBuildRet(m.builder, result);
        }
    }

    /**
     * The table of the delegate types marshalled here (runtime-c callbacks.c KMarshalledDelegates): {i32 count, i32 0,
     * [count x {descriptor, reverse stub, forward stub}]}, in a stable order; the executable's, or an image's, which
     * the loader finds by name.
     */
    void defineTable(String name) {
        List<TypeDesc> types = new ArrayList<>(emitted);
        types.sort(Comparator.comparing(TypeDesc::fullName));
        LLVMTypeRef entry = m.structType(m.ptr, m.ptr, m.ptr);
        LLVMValueRef[] entries = new LLVMValueRef[types.size()];
        for (int i = 0; i < entries.length; i++) {
            TypeDesc d = types.get(i);
            entries[i] = m.constStruct(ctx.descriptors.get(d), reverseStub(d).value(), forwardStub(d).value());
        }
        LLVMValueRef table = m.constStruct(m.constI32(entries.length), m.constI32(0), m.constArray(entry, entries));
        LLVMValueRef g = LLVMAddGlobal(m.module, LLVMTypeOf(table), name);
        LLVMSetInitializer(g, table);
        LLVMSetGlobalConstant(g, 1);
    }
}
