package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.kiln.il.DelegateMethods;
import dev.kiln.il.Intrinsics;
import dev.kiln.il.PInvokeSignature;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeDesc;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * The delegate methods of compiled expression trees, one per delegate type (Intrinsics.isLambdaStub): a function
 * with the managed signature of the type's Invoke, target first, that stores each argument in a slot of its own
 * storage type, passes the slots' addresses and a result slot to the core library's LambdaStubs.Enter(closure,
 * arguments, result) — which boxes them, interprets the lambda's body and writes the result — and returns the
 * result slot. The reverse of reflection's invoke stubs (InvokeStubs); exceptions unwind through it to the caller.
 */
final class LambdaStubs {
    private final NativeModuleBuilder ctx;
    private final LlvmModule m;
    private final Map<TypeDesc, LLVMValueRef> stubs = new HashMap<>();

    LambdaStubs(NativeModuleBuilder ctx) {
        this.ctx = ctx;
        this.m = ctx.m;
    }

    /** The stub of delegateType, defined on first use. */
    synchronized LLVMValueRef stubFor(TypeDesc delegateType) {
        LLVMValueRef stub = stubs.get(delegateType);
        if (stub == null) {
            if (!DelegateMethods.isDelegate(delegateType)) {
                throw new dev.kiln.il.ILCompileException(delegateType.fullName() + " is not a delegate type");
            }
            // made in the middle of the calling method's code: its insertion point and debug location come back after
            var saved = LLVMGetInsertBlock(m.builder);
            var savedLocation = LLVMGetCurrentDebugLocation2(m.builder);
            LLVMSetCurrentDebugLocation2(m.builder, null);
            stub = emit(delegateType, PInvokeSignature.invokeOf(delegateType));
            LLVMSetCurrentDebugLocation2(m.builder, savedLocation);
            if (saved != null && !saved.isNull()) {
                LLVMPositionBuilderAtEnd(m.builder, saved);
            }
            stubs.put(delegateType, stub);
        }
        return stub;
    }

    private LLVMValueRef emit(TypeDesc delegateType, MethodDesc invoke) {
        LLVMTypeRef fnType = ctx.functions.functionType(invoke);
        LLVMValueRef fn = LLVMAddFunction(m.module, ctx.symbols.nameFor(List.of("lambda stub", delegateType),
                "lambda stub " + delegateType.fullName()), fnType);
        LLVMSetLinkage(fn, LLVMInternalLinkage);
        m.addEnumAttribute(fn, LLVMAttributeFunctionIndex, "uwtable", 2);
        var sig = invoke.signature();
        for (int i = 0; i < sig.parameters().size(); i++) {
            String ext = TypeMapper.extensionAttribute(sig.parameters().get(i));
            if (ext != null) {
                m.addEnumAttribute(fn, i + 2, ext);
            }
        }
        String retExt = TypeMapper.extensionAttribute(sig.returnType());
        if (retExt != null) {
            m.addEnumAttribute(fn, LLVMAttributeReturnIndex, retExt);
        }
        LLVMPositionBuilderAtEnd(m.builder, LLVMAppendBasicBlockInContext(m.context, fn, "entry"));
        int count = sig.parameters().size();
        LLVMValueRef addresses = LLVMBuildArrayAlloca(m.builder, m.ptr, m.constI64(Math.max(count, 1)), "arguments");
        for (int i = 0; i < count; i++) {
            LLVMValueRef value = LLVMGetParam(fn, i + 1);
            // a by-ref parameter is already an address: the interpreter reads (and may write) through it
            LLVMValueRef address = value;
            if (!(sig.parameters().get(i) instanceof dev.kiln.typesystem.ByRefType)) {
                address = LLVMBuildAlloca(m.builder, LLVMTypeOf(value), "argument");
                m.store(value, address);
            }
            m.store(address, m.offset(addresses, 8L * i));
        }
        LLVMTypeRef returnType = LLVMGetReturnType(fnType);
        boolean returns = LLVMGetTypeKind(returnType) != LLVMVoidTypeKind;
        LLVMValueRef result = null;
        if (returns) {
            result = LLVMBuildAlloca(m.builder, returnType, "result");
            m.store(LLVMConstNull(returnType), result);
        }
        LlvmFunction enter = ctx.functions.get(Intrinsics.lambdaStubEntry(ctx.typeSystem));
        PointerPointer<LLVMValueRef> args = new PointerPointer<>(3);
        args.put(0, LLVMGetParam(fn, 0));
        args.put(1, LLVMBuildPtrToInt(m.builder, addresses, m.i64, ""));
        args.put(2, returns ? LLVMBuildPtrToInt(m.builder, result, m.i64, "") : m.constI64(0));
        LLVMBuildCall2(m.builder, enter.type(), enter.value(), args, 3, "");
        if (returns) {
            LLVMBuildRet(m.builder, m.load(returnType, result));
        } else {
            LLVMBuildRetVoid(m.builder);
        }
        return fn;
    }
}
