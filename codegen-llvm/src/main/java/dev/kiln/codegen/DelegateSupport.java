package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.kiln.il.ILCompileException;
import dev.kiln.typesystem.EcmaMethod;
import dev.kiln.typesystem.FieldDesc;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeDesc;
import dev.kiln.typesystem.WellKnownType;
import java.util.HashMap;
import java.util.Map;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Delegates. A delegate object holds {_target, _methodPtr, _invocationList} (System.Delegate's fields); the method
 * pointer always receives the target first, so `ldftn` of a static method yields a small thunk that drops it —
 * unless the delegate is closed over the method's first argument, which is then the target.
 * The runtime-implemented members — the (object, IntPtr) constructor and Invoke — are generated here: the
 * constructor inline at `newobj`, Invoke as a function that calls the single target or walks the invocation list.
 */
public final class DelegateSupport {
    private final NativeModuleBuilder ctx;
    private final LlvmModule m;
    private final Map<MethodDesc, LlvmFunction> staticThunks = new HashMap<>();

    DelegateSupport(NativeModuleBuilder ctx) {
        this.ctx = ctx;
        this.m = ctx.m;
    }

    private FieldDesc field(String name) {
        TypeDesc delegate = ctx.typeSystem.coreLibraryModule().findType("System", "Delegate");
        FieldDesc f = delegate == null ? null : delegate.findField(name);
        if (f == null) {
            throw new ILCompileException("the core library's System.Delegate lacks the field " + name);
        }
        return f;
    }

    int targetOffset() {
        return field("_target").offset();
    }

    int methodPtrOffset() {
        return field("_methodPtr").offset();
    }

    int invocationListOffset() {
        return field("_invocationList").offset();
    }

    /** What `ldftn method` pushes: the function itself, a target-dropping thunk (static) or an unboxing stub. */
    LLVMValueRef functionPointer(MethodDesc method) {
        if (method.isStatic()) {
            return staticThunk(method).value();
        }
        if (method.owningType().isValueType()) {
            return ctx.functions.unboxingStub(method).value();
        }
        return ctx.functions.get(method).value();
    }

    /**
     * The method pointer a delegate of delegateType made from method stores. A static method with one parameter
     * more than Invoke is closed over its first argument (an extension method bound to its receiver): the target
     * is that argument, so the method itself is the pointer; otherwise as {@link #functionPointer}.
     */
    LLVMValueRef functionPointer(MethodDesc method, TypeDesc delegateType) {
        if (method.isStatic() && isClosedOverFirstArgument(method, delegateType)) {
            return ctx.functions.get(method).value();
        }
        return functionPointer(method);
    }

    private static boolean isClosedOverFirstArgument(MethodDesc method, TypeDesc delegateType) {
        for (MethodDesc candidate : delegateType.methods()) {
            if (candidate.name().equals("Invoke") && !candidate.isStatic()) {
                return method.signature().parameters().size() == candidate.signature().parameters().size() + 1;
            }
        }
        return false;
    }

    /** The target-dropping thunk of a static method if some delegate uses it, else null (Delegate.Method's lookup). */
    LLVMValueRef existingStaticThunk(MethodDesc method) {
        LlvmFunction thunk = staticThunks.get(method);
        return thunk == null ? null : thunk.value();
    }

    LlvmFunction staticThunk(MethodDesc method) {
        LlvmFunction thunk = staticThunks.get(method);
        if (thunk != null) {
            return thunk;
        }
        LlvmFunction target = ctx.functions.get(method);
        int params = LLVMCountParamTypes(target.type());
        LLVMTypeRef[] types = new LLVMTypeRef[params + 1];
        types[0] = m.ptr;
        if (params > 0) {
            var pp = new org.bytedeco.javacpp.PointerPointer<LLVMTypeRef>(params);
            LLVMGetParamTypes(target.type(), pp);
            for (int i = 0; i < params; i++) {
                types[i + 1] = pp.get(LLVMTypeRef.class, i);
            }
        }
        LLVMTypeRef type = m.functionType(LLVMGetReturnType(target.type()), types);
        LLVMValueRef fn = LLVMAddFunction(m.module, ctx.symbols.nameFor(java.util.List.of("delegate thunk", method),
                "delegate thunk " + method.fullName()), type);
        LLVMSetLinkage(fn, LLVMInternalLinkage);
        m.addEnumAttribute(fn, LLVMAttributeFunctionIndex, "uwtable", 2);
        var saved = LLVMGetInsertBlock(m.builder);
        LLVMPositionBuilderAtEnd(m.builder, LLVMAppendBasicBlockInContext(m.context, fn, "entry"));
        LLVMValueRef[] args = new LLVMValueRef[params];
        for (int i = 0; i < params; i++) {
            args[i] = LLVMGetParam(fn, i + 1);
        }
        LLVMValueRef result = m.call(target.type(), target.value(), args);
        if (LLVMGetTypeKind(LLVMGetReturnType(type)) == LLVMVoidTypeKind) {
            LLVMBuildRetVoid(m.builder);
        } else {
            LLVMBuildRet(m.builder, result);
        }
        if (saved != null && !saved.isNull()) {
            LLVMPositionBuilderAtEnd(m.builder, saved);
        }
        thunk = new LlvmFunction(fn, type);
        staticThunks.put(method, thunk);
        return thunk;
    }

    /** The function type of a delegate's method pointer: (target, Invoke's parameters) → Invoke's return. */
    private LLVMTypeRef targetFunctionType(MethodDesc invoke) {
        return ctx.functions.functionType(invoke); // Invoke is an instance method: (this, params)
    }

    /**
     * The body of D::Invoke(args): with no invocation list, tail-call _methodPtr(_target, args); otherwise hand over
     * to the list walk, a separate function: kept out of Invoke, the common single-target path saves no registers
     * and is small enough to inline at call sites.
     */
    void emitInvoke(MethodDesc invoke) {
        LlvmFunction self = ctx.functions.get(invoke);
        ctx.functions.markDefined(invoke);
        LLVMValueRef walk = emitInvocationListWalk(invoke, self);
        LLVMValueRef fn = self.value();
        int count = LLVMCountParams(fn);
        LLVMBasicBlockRef entry = LLVMAppendBasicBlockInContext(m.context, fn, "entry");
        LLVMBasicBlockRef single = LLVMAppendBasicBlockInContext(m.context, fn, "single");
        LLVMBasicBlockRef multi = LLVMAppendBasicBlockInContext(m.context, fn, "multi");
        LLVMPositionBuilderAtEnd(m.builder, entry);
        LLVMValueRef me = LLVMGetParam(fn, 0);
        LLVMValueRef list = m.load(m.ptr, m.offset(me, invocationListOffset()));
        LLVMBuildCondBr(m.builder, LLVMBuildICmp(m.builder, LLVMIntEQ, list, m.nullPtr(), ""), single, multi);
        boolean isVoid = LLVMGetTypeKind(LLVMGetReturnType(self.type())) == LLVMVoidTypeKind;

        LLVMPositionBuilderAtEnd(m.builder, single);
        LLVMValueRef[] args = new LLVMValueRef[count];
        args[0] = m.load(m.ptr, m.offset(me, targetOffset()));
        for (int i = 1; i < count; i++) {
            args[i] = LLVMGetParam(fn, i);
        }
        LLVMValueRef target = m.load(m.ptr, m.offset(me, methodPtrOffset()));
        returnResult(m.call(targetFunctionType(invoke), target, args), isVoid);

        LLVMPositionBuilderAtEnd(m.builder, multi);
        LLVMValueRef[] all = new LLVMValueRef[count];
        for (int i = 0; i < count; i++) {
            all[i] = LLVMGetParam(fn, i);
        }
        returnResult(m.call(self.type(), walk, all), isVoid);
    }

    private void returnResult(LLVMValueRef result, boolean isVoid) {
        if (isVoid) {
            LLVMBuildRetVoid(m.builder);
        } else {
            LLVMBuildRet(m.builder, result);
        }
    }

    /** Invoke's multicast part: each listed delegate's Invoke in order, returning the last result. */
    private LLVMValueRef emitInvocationListWalk(MethodDesc invoke, LlvmFunction self) {
        LLVMValueRef fn = LLVMAddFunction(m.module, ctx.symbols.nameFor(java.util.List.of("delegate invocation list", invoke),
                "delegate invocation list " + invoke.fullName()), self.type());
        LLVMSetLinkage(fn, LLVMInternalLinkage);
        m.addEnumAttribute(fn, LLVMAttributeFunctionIndex, "uwtable", 2);
        m.addEnumAttribute(fn, LLVMAttributeFunctionIndex, "noinline");
        int count = LLVMCountParams(fn);
        boolean isVoid = LLVMGetTypeKind(LLVMGetReturnType(self.type())) == LLVMVoidTypeKind;
        LLVMBasicBlockRef entry = LLVMAppendBasicBlockInContext(m.context, fn, "entry");
        LLVMBasicBlockRef loop = LLVMAppendBasicBlockInContext(m.context, fn, "loop");
        LLVMBasicBlockRef body = LLVMAppendBasicBlockInContext(m.context, fn, "body");
        LLVMBasicBlockRef done = LLVMAppendBasicBlockInContext(m.context, fn, "done");
        LLVMPositionBuilderAtEnd(m.builder, entry);
        LLVMValueRef list = m.load(m.ptr, m.offset(LLVMGetParam(fn, 0), invocationListOffset()));
        LLVMValueRef length = m.load(m.i32, m.offset(list, RuntimeAbi.ARRAY_LENGTH_OFFSET));
        LLVMBuildBr(m.builder, loop);
        LLVMPositionBuilderAtEnd(m.builder, loop);
        LLVMValueRef i = LLVMBuildPhi(m.builder, m.i32, "i");
        LLVMValueRef last = isVoid ? null : LLVMBuildPhi(m.builder, LLVMGetReturnType(self.type()), "last");
        LLVMBuildCondBr(m.builder, LLVMBuildICmp(m.builder, LLVMIntSLT, i, length, ""), body, done);
        LLVMPositionBuilderAtEnd(m.builder, body);
        LLVMValueRef element = m.load(m.ptr, m.offset(list, LLVMBuildAdd(m.builder, m.constI64(RuntimeAbi.ARRAY_DATA_OFFSET),
                LLVMBuildMul(m.builder, LLVMBuildZExt(m.builder, i, m.i64, ""), m.constI64(8), ""), "")));
        LLVMValueRef[] inner = new LLVMValueRef[count];
        inner[0] = element;
        for (int k = 1; k < count; k++) {
            inner[k] = LLVMGetParam(fn, k);
        }
        LLVMValueRef r = m.call(self.type(), self.value(), inner);
        LLVMValueRef next = LLVMBuildAdd(m.builder, i, m.constI32(1), "");
        LLVMBasicBlockRef bodyEnd = LLVMGetInsertBlock(m.builder);
        LLVMBuildBr(m.builder, loop);
        LLVMAddIncoming(i, LlvmModule.array(m.constI32(0), next), LlvmModule.array(entry, bodyEnd), 2);
        if (!isVoid) {
            LLVMAddIncoming(last, LlvmModule.array(LLVMConstNull(LLVMGetReturnType(self.type())), r),
                    LlvmModule.array(entry, bodyEnd), 2);
        }
        LLVMPositionBuilderAtEnd(m.builder, done);
        returnResult(last, isVoid);
        return fn;
    }

    /** Stores target and method pointer into a new delegate (the runtime-implemented constructor). */
    void initialize(LLVMValueRef delegate, LLVMValueRef target, LLVMValueRef methodPtr) {
        m.store(target, m.offset(delegate, targetOffset()));
        m.store(methodPtr, m.offset(delegate, methodPtrOffset()));
    }

    TypeDesc objectType() {
        return ctx.typeSystem.wellKnown(WellKnownType.OBJECT);
    }
}
