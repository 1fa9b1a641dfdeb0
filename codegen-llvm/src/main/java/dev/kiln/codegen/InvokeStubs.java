package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeDesc;
import java.util.HashMap;
import java.util.Map;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Reflection's invoke stubs (kiln.h KReflectionMethod.invoke), one per signature shape — the function type with its
 * small-integer extensions — not per method: {@code void stub(ptr entry, ptr this, ptr arguments, ptr result)} loads
 * each argument in its storage type from the address arguments[i] holds (a by-ref argument is that address),
 * calls entry, and stores the result at result. Boxing, unboxing and argument checks are the core library's
 * (System.Reflection.RuntimeMethodInfo); exceptions unwind through the stub to its caller.
 */
final class InvokeStubs {
    private final NativeModuleBuilder ctx;
    private final LlvmModule m;
    private final Map<String, LLVMValueRef> stubs = new HashMap<>();

    InvokeStubs(NativeModuleBuilder ctx) {
        this.ctx = ctx;
        this.m = ctx.llvm();
    }

    /** Whether reflection can call the method through a stub (no varargs, pointers or async calling convention). */
    static boolean canInvoke(MethodDesc method) {
        if (method.isVararg() || method instanceof dev.kiln.typesystem.AsyncVariant) {
            return false;
        }
        for (TypeDesc p : method.signature().parameters()) {
            if (p instanceof dev.kiln.typesystem.PointerType || p instanceof dev.kiln.typesystem.FunctionPointerType) {
                return false;
            }
        }
        TypeDesc ret = method.signature().returnType();
        return !(ret instanceof dev.kiln.typesystem.PointerType || ret instanceof dev.kiln.typesystem.FunctionPointerType
                || ret instanceof dev.kiln.typesystem.ByRefType);
    }

    LLVMValueRef stubFor(MethodDesc method) {
        LLVMTypeRef fnType = ctx.functions.functionType(method);
        StringBuilder key = new StringBuilder(LLVMPrintTypeToString(fnType).getString());
        for (TypeDesc p : method.signature().parameters()) {
            key.append(' ').append(p instanceof dev.kiln.typesystem.ByRefType ? "byref" : TypeMapper.extensionAttribute(p));
        }
        key.append(" -> ").append(TypeMapper.extensionAttribute(method.signature().returnType()));
        return stubs.computeIfAbsent(key.toString(), k -> emit(method, fnType));
    }

    private LLVMValueRef emit(MethodDesc method, LLVMTypeRef fnType) {
        LLVMValueRef fn = LLVMAddFunction(m.module, "kiln.invoke." + stubs.size(),
                m.functionType(m.voidType, m.ptr, m.ptr, m.ptr, m.ptr));
        LLVMSetLinkage(fn, LLVMInternalLinkage);
        LLVMPositionBuilderAtEnd(m.builder, LLVMAppendBasicBlockInContext(m.context, fn, "entry"));
        int count = LLVMCountParamTypes(fnType);
        PointerPointer<LLVMTypeRef> paramTypes = new PointerPointer<>(Math.max(count, 1));
        LLVMGetParamTypes(fnType, paramTypes);
        PointerPointer<LLVMValueRef> args = new PointerPointer<>(Math.max(count, 1));
        int first = method.isStatic() ? 0 : 1;
        if (first == 1) {
            args.put(0, LLVMGetParam(fn, 1));
        }
        for (int i = first; i < count; i++) {
            LLVMValueRef slot = m.offset(LLVMGetParam(fn, 2), 8L * (i - first));
            LLVMValueRef address = m.load(m.ptr, slot);
            boolean byRef = method.signature().parameters().get(i - first) instanceof dev.kiln.typesystem.ByRefType;
            // a by-ref parameter takes the address itself (the core library's copy, written back after the call)
            args.put(i, byRef ? address : m.load(paramTypes.get(LLVMTypeRef.class, i), address));
        }
        LLVMValueRef call = LLVMBuildCall2(m.builder, fnType, LLVMGetParam(fn, 0), args, count, "");
        var sig = method.signature();
        for (int i = 0; i < sig.parameters().size(); i++) {
            String ext = TypeMapper.extensionAttribute(sig.parameters().get(i));
            if (ext != null) {
                LLVMAddCallSiteAttribute(call, first + i + 1, LLVMCreateEnumAttribute(m.context, LLVMGetEnumAttributeKindForName(ext, ext.length()), 0));
            }
        }
        String retExt = TypeMapper.extensionAttribute(sig.returnType());
        if (retExt != null) {
            LLVMAddCallSiteAttribute(call, LLVMAttributeReturnIndex,
                    LLVMCreateEnumAttribute(m.context, LLVMGetEnumAttributeKindForName(retExt, retExt.length()), 0));
        }
        if (LLVMGetTypeKind(LLVMGetReturnType(fnType)) != LLVMVoidTypeKind) {
            m.store(call, LLVMGetParam(fn, 3));
        }
        LLVMBuildRetVoid(m.builder);
        return fn;
    }
}
