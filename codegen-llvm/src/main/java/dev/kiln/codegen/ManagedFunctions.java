package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.kiln.il.ILCompileException;
import dev.kiln.il.Linkage;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeDesc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * LLVM functions for managed methods. Calling convention: `this` (ptr) first for instance methods, then the
 * parameters in their storage types; small integers are widened per the C ABI (zeroext/signext) so that internal
 * calls can bind directly to C functions.
 */
public final class ManagedFunctions {
    private final LlvmModule m;
    private final TypeMapper types;
    private final Symbols symbols;
    private final Map<MethodDesc, LlvmFunction> functions = new LinkedHashMap<>();
    private final Map<MethodDesc, LlvmFunction> unboxingStubs = new LinkedHashMap<>();
    private final Map<MethodDesc, Boolean> defined = new LinkedHashMap<>();
    private final Map<MethodDesc, String> symbolNames = new LinkedHashMap<>();

    private final Linkage linkage;

    public ManagedFunctions(LlvmModule m, TypeMapper types, Symbols symbols, Linkage linkage) {
        this.m = m;
        this.types = types;
        this.symbols = symbols;
        this.linkage = linkage;
    }

    public LLVMTypeRef functionType(MethodDesc method) {
        var sig = method.signature();
        List<LLVMTypeRef> params = new ArrayList<>();
        if (!method.isStatic()) {
            params.add(m.ptr);
        }
        for (TypeDesc p : sig.parameters()) {
            params.add(types.storageType(p));
        }
        if (method.isVararg()) {
            params.add(m.ptr); // the call's extra arguments (VarargCalls: a count and a TypedReference per argument)
        }
        if (method instanceof dev.kiln.typesystem.AsyncVariant) {
            // the async calling convention: a resume continuation in, {result, suspend continuation} out
            params.add(m.ptr);
            return m.functionType(asyncResultType(sig.returnType()), params.toArray(new LLVMTypeRef[0]));
        }
        return m.functionType(types.storageType(sig.returnType()), params.toArray(new LLVMTypeRef[0]));
    }

    /** {result (i8 for void), suspend continuation}: what async variants return (kiln.h, runtime async). */
    public LLVMTypeRef asyncResultType(TypeDesc result) {
        LLVMTypeRef value = result.category() == dev.kiln.typesystem.TypeCategory.VOID ? m.i8 : types.storageType(result);
        return m.structType(value, m.ptr);
    }

    /** The function for a method, declared on first use. Internal calls bind to their C symbol. */
    public synchronized LlvmFunction get(MethodDesc method) {
        LlvmFunction f = functions.get(method);
        if (f == null) {
            LLVMTypeRef type = functionType(method);
            String name = method.isInternalCall()
                    ? RuntimeAbi.internalCallSymbol(method.owningType().fullName(), method.name())
                    : symbols.nameFor(method, linkage.of(method) == Linkage.Kind.LOCAL ? method.fullName() : Linkage.methodSymbol(method));
            LLVMValueRef fn = LLVMGetNamedFunction(m.module, name);
            if (fn == null || fn.isNull()) {
                fn = LLVMAddFunction(m.module, name, type);
            } else if (method.isInternalCall()) {
                throw new ILCompileException(method + ": internal call " + name + " is declared twice (overloads of an "
                        + "internal call are not allowed)");
            }
            addParameterAttributes(method, fn);
            addInliningAttribute(method, fn);
            f = new LlvmFunction(fn, type);
            functions.put(method, f);
            symbolNames.put(method, name);
        }
        return f;
    }

    /** MethodImplOptions.NoInlining, as .NET: the method keeps its own frame (stack traces, GC.KeepAlive patterns). */
    private static final int IMPL_NO_INLINING = 0x0008;
    /** MethodImplOptions.AggressiveInlining: a hint to LLVM's inliner (.NET's JIT treats it as a strong hint too). */
    private static final int IMPL_AGGRESSIVE_INLINING = 0x0100;

    private void addInliningAttribute(MethodDesc method, LLVMValueRef fn) {
        if (method.isInternalCall() || method instanceof dev.kiln.typesystem.AsyncVariant
                || !(method.typicalDefinition() instanceof dev.kiln.typesystem.EcmaMethod e)) {
            return;
        }
        if ((e.implFlags() & IMPL_NO_INLINING) != 0) {
            m.addEnumAttribute(fn, LLVMAttributeFunctionIndex, "noinline");
        } else if ((e.implFlags() & IMPL_AGGRESSIVE_INLINING) != 0) {
            m.addEnumAttribute(fn, LLVMAttributeFunctionIndex, "inlinehint");
        }
    }

    private void addParameterAttributes(MethodDesc method, LLVMValueRef fn) {
        var sig = method.signature();
        int first = method.isStatic() ? 1 : 2;
        for (int i = 0; i < sig.parameters().size(); i++) {
            String ext = TypeMapper.extensionAttribute(sig.parameters().get(i));
            if (ext != null) {
                m.addEnumAttribute(fn, first + i, ext);
            }
        }
        String retExt = method instanceof dev.kiln.typesystem.AsyncVariant ? null : TypeMapper.extensionAttribute(sig.returnType());
        if (retExt != null) {
            m.addEnumAttribute(fn, LLVMAttributeReturnIndex, retExt);
        }
    }

    /** For each function symbol of a method, the method (a copy: safe to read on any thread). */
    public synchronized Map<String, MethodDesc> methodsBySymbol() {
        Map<String, MethodDesc> methods = new java.util.HashMap<>();
        symbolNames.forEach((method, name) -> methods.put(name, method));
        return methods;
    }

    /** The symbol name given to a method's function (valid after optimization removed or inlined it). */
    public synchronized String symbolName(MethodDesc method) {
        get(method);
        return symbolNames.get(method);
    }

    public synchronized void markDefined(MethodDesc method) {
        defined.put(method, Boolean.TRUE);
        Linkage.Kind kind = linkage.of(method);
        if (kind == Linkage.Kind.IMPORTED) {
            throw new ILCompileException(method.location() + ": compiled here but owned by another image");
        }
        LinkageKinds.apply(get(method).value(), kind);
        // asynchronous unwind tables: exceptions unwind through every managed frame
        m.addEnumAttribute(get(method).value(), LLVMAttributeFunctionIndex, "uwtable", 2);
    }

    /**
     * "TOKEN[.async] Type::Method(Params)" for every method this image exports, sorted: the names its stack traces
     * print, since its exported symbols are made of tokens (kiln.names, read by runtime-c/stacktrace.c).
     */
    public synchronized String exportedMethodNames() {
        java.util.TreeMap<String, String> lines = new java.util.TreeMap<>();
        for (MethodDesc method : defined.keySet()) {
            if (linkage.of(method) != Linkage.Kind.EXPORTED) {
                continue;
            }
            boolean async = method instanceof dev.kiln.typesystem.AsyncVariant;
            MethodDesc named = async ? ((dev.kiln.typesystem.AsyncVariant) method).taskReturningMethod() : method;
            if (named instanceof dev.kiln.typesystem.EcmaMethod e) {
                lines.put(String.format("%08x%s", e.token(), async ? ".async" : ""), named.fullName());
            }
        }
        StringBuilder sb = new StringBuilder();
        lines.forEach((key, name) -> sb.append(key).append(' ').append(name.replace('\n', ' ')).append('\n'));
        return sb.toString();
    }

    /** The methods compiled into this module so far (a copy). */
    public synchronized List<MethodDesc> definedMethods() {
        return new ArrayList<>(defined.keySet());
    }

    public synchronized boolean isDefined(MethodDesc method) {
        return defined.containsKey(method) || method.isInternalCall();
    }

    /** Managed methods that were referenced but never compiled (a dependency-analysis bug if not empty). */
    public synchronized List<MethodDesc> undefinedReferences() {
        List<MethodDesc> missing = new ArrayList<>();
        for (MethodDesc method : functions.keySet()) {
            if (!isDefined(method) && linkage.owns(method) && LLVMGetFirstUse(functions.get(method).value()) != null
                    && !LLVMGetFirstUse(functions.get(method).value()).isNull()) {
                missing.add(method);
            }
        }
        return missing;
    }

    /**
     * For a value type's virtual method: the vtable entry receives the boxed object and must pass the address of
     * the value inside it (object + 8) as `this`.
     */
    public synchronized LlvmFunction unboxingStub(MethodDesc method) {
        LlvmFunction stub = unboxingStubs.get(method);
        if (stub != null) {
            return stub;
        }
        LlvmFunction target = get(method);
        String name = symbols.nameFor(java.util.List.of("unboxing stub", method), "unbox " + method.fullName());
        LLVMValueRef fn = LLVMAddFunction(m.module, name, target.type());
        LLVMSetLinkage(fn, LLVMInternalLinkage);
        var savedBlock = LLVMGetInsertBlock(m.builder);
        LLVMPositionBuilderAtEnd(m.builder, LLVMAppendBasicBlockInContext(m.context, fn, "entry"));
        int count = LLVMCountParams(fn);
        LLVMValueRef[] args = new LLVMValueRef[count];
        for (int i = 0; i < count; i++) {
            args[i] = LLVMGetParam(fn, i);
        }
        args[0] = m.offset(args[0], RuntimeAbi.OBJECT_HEADER_SIZE);
        LLVMValueRef result = m.call(target.type(), target.value(), args);
        if (LLVMGetTypeKind(LLVMGetReturnType(target.type())) == LLVMVoidTypeKind) {
            LLVMBuildRetVoid(m.builder);
        } else {
            LLVMBuildRet(m.builder, result);
        }
        if (savedBlock != null && !savedBlock.isNull()) {
            LLVMPositionBuilderAtEnd(m.builder, savedBlock);
        }
        stub = new LlvmFunction(fn, target.type());
        unboxingStubs.put(method, stub);
        return stub;
    }
}
