package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.kiln.il.StackKind;
import dev.kiln.il.ConstrainedCalls;
import dev.kiln.il.DelegateMethods;
import dev.kiln.il.Intrinsics;
import dev.kiln.il.StringFactories;
import dev.kiln.il.ThrowingMethods;
import dev.kiln.il.CallSite;
import dev.kiln.il.NewObjectSite;
import dev.kiln.typesystem.GenericContext;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeCategory;
import dev.kiln.typesystem.TypeDesc;
import dev.kiln.typesystem.WellKnownType;
import java.util.List;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/** call, callvirt and newobj: direct calls, vtable dispatch, object allocation and string construction. */
final class CallEmitter {
    private final MethodCodegen g;
    private final LlvmModule m;
    private final NativeModuleBuilder ctx;
    private final ObjectEmitter objects;

    CallEmitter(MethodCodegen g) {
        this.g = g;
        this.m = g.m;
        this.ctx = g.ctx;
        this.objects = new ObjectEmitter(g);
    }

    /** ldftn (the function itself) or ldvirtftn (the implementation for the object on the stack). */
    void functionPointer(CallSite site) {
        MethodDesc target = site.target();
        if (!site.callvirt()) {
            LLVMValueRef raw = LLVMBuildPtrToInt(m.builder, directFunction(target).value(), m.i64, "");
            g.functionPointerSources.put(raw, target);
            g.push(StackKind.NATIVE_INT, raw);
            return;
        }
        LLVMValueRef fn = virtualFunctionPointer(site, g.objectOperand(g.pop(), "ldvirtftn"));
        g.push(StackKind.NATIVE_INT, LLVMBuildPtrToInt(m.builder, fn, m.i64, ""));
    }

    /** calli: call through a function pointer with the given signature. */
    void indirectCall(dev.kiln.typesystem.MethodSignature sig) {
        LLVMValueRef fn = g.coerce(g.pop(), m.ptr, false);
        java.util.List<TypeDesc> params = sig.parameters();
        int thisCount = sig.hasThis() ? 1 : 0;
        LLVMValueRef[] args = new LLVMValueRef[params.size() + thisCount];
        org.bytedeco.llvm.LLVM.LLVMTypeRef[] types = new org.bytedeco.llvm.LLVM.LLVMTypeRef[args.length];
        for (int i = params.size() - 1; i >= 0; i--) {
            args[i + thisCount] = g.toStorage(g.pop(), params.get(i));
            types[i + thisCount] = ctx.types.storageType(params.get(i));
        }
        if (thisCount == 1) {
            args[0] = g.coerce(g.pop(), m.ptr, false);
            types[0] = m.ptr;
        }
        var fnType = m.functionType(ctx.types.storageType(sig.returnType()), types);
        LLVMValueRef result = g.callMayThrow(fnType, fn, args);
        if (sig.returnType().category() != dev.kiln.typesystem.TypeCategory.VOID) {
            g.push(g.toStack(sig.returnType(), result));
        }
    }

    /** jmp: leave this method and continue in another with the same arguments (a guaranteed tail call). */
    void jump(CallSite site) {
        MethodDesc target = site.target();
        if (g.isAsyncVariant()) {
            throw g.unsupported("jmp in an async method");
        }
        LlvmFunction self = ctx.functions.get(g.method);
        int count = LLVMCountParams(self.value());
        LLVMValueRef[] args = new LLVMValueRef[count];
        for (int i = 0; i < count; i++) {
            args[i] = g.loadArgumentForJmp(i);
        }
        LlvmFunction f = directFunction(target);
        LLVMValueRef call = m.call(f.type(), f.value(), args);
        LLVMSetTailCallKind(call, LLVMTailCallKindMustTail);
        if (LLVMGetTypeKind(LLVMGetReturnType(f.type())) == LLVMVoidTypeKind) {
            LLVMBuildRetVoid(m.builder);
        } else {
            LLVMBuildRet(m.builder, call);
        }
        g.markTerminated();
    }

    /** The implementation a virtual or interface method has for an object (ldvirtftn). */
    private LLVMValueRef virtualFunctionPointer(CallSite site, LLVMValueRef object) {
        MethodDesc target = site.target();
        g.nullCheck(object);
        if (site.kind() == CallSite.Kind.DIRECT) {
            return ctx.delegates.functionPointer(target);
        }
        LLVMValueRef type = m.load(m.ptr, object);
        if (site.kind() == CallSite.Kind.GENERIC_VIRTUAL) {
            dev.kiln.typesystem.InstantiatedMethod im = (dev.kiln.typesystem.InstantiatedMethod) target;
            // generic virtual methods have no slot: the instantiation's dispatcher finds the override
            LlvmFunction dispatcher = ctx.genericVirtuals.dispatcher(im);
            LLVMValueRef fn = m.call(dispatcher.type(), dispatcher.value(), type);
            g.throwIf(LLVMBuildICmp(m.builder, LLVMIntEQ, fn, m.nullPtr(), ""), RuntimeAbi.EX_INVALID_CAST);
            return fn;
        }
        if (site.kind() == CallSite.Kind.INTERFACE) {
            LlvmFunction lookup = ctx.interfaceLookup();
            return m.call(lookup.type(), lookup.value(), type, ctx.descriptors.get(target.owningType()),
                    m.constI32(dev.kiln.typesystem.InterfaceResolution.slotOf(target)));
        }
        int slot = ctx.typeSystem.vtableOf(target.owningType()).slotOf(target);
        return m.load(m.ptr, m.offset(type, RuntimeAbi.TYPE_VTABLE_OFFSET + 8L * slot));
    }

    /** Pops the arguments of a call to target (this first), converted to the callee's parameter types. */
    private LLVMValueRef[] popArguments(MethodDesc target, LLVMValueRef thisValue) {
        List<TypeDesc> params = target.signature().parameters();
        int thisCount = target.isStatic() ? 0 : 1;
        LLVMValueRef[] args = new LLVMValueRef[params.size() + thisCount];
        for (int i = params.size() - 1; i >= 0; i--) {
            args[i + thisCount] = g.toStorage(g.pop(), params.get(i));
        }
        if (thisCount == 1) {
            if (thisValue != null) {
                args[0] = thisValue;
            } else {
                StackValue self = g.pop();
                // a struct value as `this` (ldfld-like use of a method on an rvalue) needs an address
                args[0] = self.kind() == StackKind.VALUE ? g.addressOf(self) : g.coerce(self, m.ptr, false);
            }
        }
        return args;
    }

    private void checkCallable(MethodDesc target) {
        if (target instanceof dev.kiln.typesystem.ArrayMethod) {
            return;
        }
        if (target.isGenericMethodDefinition()) {
            throw g.error(g.currentOffset, "call to uninstantiated generic method " + target.fullName());
        }
        if (!target.hasIL() && !target.isInternalCall() && !target.isAbstract() && !target.isVirtual()
                && !DelegateMethods.isRuntimeImplemented(target) && ThrowingMethods.unsupportedRuntimeMethod(target) == null
                && !(target.typicalDefinition() instanceof dev.kiln.typesystem.EcmaMethod e && e.isPInvoke())) {
            throw g.error(g.currentOffset, "cannot call " + target.fullName()
                    + ": it has no IL body and is neither an internal call nor a P/Invoke method");
        }
    }

    /** call or callvirt, as the importer decided it. */
    void call(CallSite site) {
        MethodDesc target = site.target();
        switch (site.kind()) {
            case ARRAY_ACCESS -> {
                new MdArrays(g).access((dev.kiln.typesystem.ArrayMethod) target);
                return;
            }
            case CREATE_INSTANCE -> {
                if (site.callee() == null) {
                    TypeDesc type = site.createdType();
                    g.push(g.toStack(type, LLVMConstNull(ctx.types.storageType(type))));
                } else {
                    newObject(NewObjectSite.of(site.callee()));
                }
                return;
            }
            case INITIALIZE_ARRAY -> {
                initializeArray();
                return;
            }
            case FIELD_OFFSETS -> {
                TypeDesc type = ((dev.kiln.typesystem.InstantiatedMethod) target).arguments().get(0);
                LLVMValueRef text = FieldOffsetText.of(ctx, type);
                g.push(StackKind.NATIVE_INT, LLVMBuildPtrToInt(m.builder, text, m.i64, ""));
                return;
            }
            case LAMBDA_STUB -> {
                TypeDesc delegateType = ((dev.kiln.typesystem.InstantiatedMethod) target).arguments().get(0);
                LLVMValueRef stub = ctx.lambdaStubs.stubFor(delegateType);
                g.push(StackKind.NATIVE_INT, LLVMBuildPtrToInt(m.builder, stub, m.i64, ""));
                return;
            }
            case EXECUTING_ASSEMBLY -> {
                g.push(new StackValue(StackKind.OBJECT, ctx.strings.get(dev.kiln.il.Intrinsics.assemblyOf(g.method)),
                        ctx.typeSystem.wellKnown(dev.kiln.typesystem.WellKnownType.STRING)));
                call(CallSite.call(site.callee(), false, null, site.tail()));
                return;
            }
            default -> {
                if (Intrinsics.isEnumHasFlag(target) && objects.tryInlineHasFlag(site.constrained())) {
                    return;
                }
                if (Intrinsics.isInterlocked(target) && new AtomicIntrinsics(g).tryEmit(target)
                        || Intrinsics.isVolatile(target) && new AtomicIntrinsics(g).tryEmitVolatile(target)) {
                    return;
                }
            }
        }
        checkCallable(target);
        if (site.initializesType()) {
            // precise-init types are initialized before their static methods and constructors run, including a
            // base-class or struct constructor reached by `call`
            objects.ensureClassConstructorRan(target.owningType(), false);
        }
        LLVMValueRef varargs = target.isVararg() ? new VarargCalls(g, ctx).argumentBlock(site.varargs()) : null;
        LLVMValueRef[] args = popArguments(target, null);
        if (varargs != null) {
            args = java.util.Arrays.copyOf(args, args.length + 1);
            args[args.length - 1] = varargs;
        }
        if (site.kind() == CallSite.Kind.CONSTRAINED_DIRECT) {
            LlvmFunction f = directFunction(site.callee());
            pushResult(target, g.callMayThrow(f.type(), f.value(), args));
            return;
        }
        if (site.constrained() != null) {
            // reference type: dereference the managed pointer; value type without its own implementation: box it
            args[0] = site.boxesReceiver() ? objects.boxAddress(site.constrained(), args[0]) : m.load(m.ptr, args[0]);
        }
        LLVMValueRef result;
        switch (site.kind()) {
            case GENERIC_VIRTUAL -> result = genericVirtualCall((dev.kiln.typesystem.InstantiatedMethod) target, args);
            case INTERFACE -> result = interfaceCall(target, args);
            case VIRTUAL -> result = virtualCall(target, args);
            default -> {
                if (site.callvirt()) {
                    g.nullCheck(args[0]);
                }
                if (target.isAbstract()) {
                    throw g.error(g.currentOffset, "non-virtual call to abstract method " + target.fullName());
                }
                LlvmFunction f = directFunction(site.callee());
                result = g.callMayThrow(f.type(), f.value(), args);
                if (site.tail() && LLVMGetInstructionOpcode(result) == LLVMCall) {
                    LLVMSetTailCall(result, 1); // `tail.`: the callee may reuse this frame
                }
            }
        }
        pushResult(target, result);
    }

    /** The function a direct call goes to; the dependency graph must have given it a body (checked as we emit). */
    LlvmFunction directFunction(MethodDesc callee) {
        ctx.checkCompiled(callee, g.method, g.currentOffset);
        return ctx.functions.get(callee);
    }

    /**
     * Pops the arguments of a call to a task-returning target and calls its async variant instead — through the
     * variant's own vtable or interface slot when the call dispatches — with no resume continuation. Returns the
     * variant's {result, continuation} pair.
     */
    LLVMValueRef callAsyncVariant(MethodDesc target, boolean dispatch, boolean callvirt) {
        if (target.isStatic()) {
            objects.ensureClassConstructorRan(target.owningType(), false);
        }
        LLVMValueRef[] args = popArguments(target, null);
        dev.kiln.typesystem.AsyncVariant variant = ctx.typeSystem.asyncVariantOf(target);
        LLVMValueRef[] withResume = java.util.Arrays.copyOf(args, args.length + 1);
        withResume[args.length] = m.nullPtr();
        if (dispatch) {
            return target.owningType().isInterface() ? interfaceCall(variant, withResume) : virtualCall(variant, withResume);
        }
        if (callvirt) {
            g.nullCheck(args[0]);
        }
        LlvmFunction f = directFunction(variant);
        return g.callMayThrow(f.type(), f.value(), withResume);
    }

    /** RuntimeHelpers.InitializeArray(array, ldtoken field): copy the field's RVA bytes into the array's elements. */
    private void initializeArray() {
        StackValue data = g.pop();
        StackValue array = g.pop();
        if (data.kind() != StackKind.POINTER) {
            throw g.unsupported("InitializeArray without a preceding ldtoken of an RVA field");
        }
        g.nullCheck(array.value());
        LLVMValueRef length = m.load(m.i32, m.offset(array.value(), RuntimeAbi.ARRAY_LENGTH_OFFSET));
        TypeDesc arrayType = array.type();
        TypeDesc element;
        long dataOffset;
        if (arrayType instanceof dev.kiln.typesystem.ArrayType at) {
            element = at.elementType();
            dataOffset = RuntimeAbi.ARRAY_DATA_OFFSET;
        } else if (arrayType instanceof dev.kiln.typesystem.MdArrayType md) {
            element = md.elementType();
            dataOffset = 16L + 8L * md.rank();
        } else {
            throw g.unsupported("InitializeArray on an array whose element type is not known statically");
        }
        int elementSize = ctx.typeSystem.layoutOf(element).size();
        LLVMValueRef bytes = LLVMBuildMul(m.builder, LLVMBuildZExt(m.builder, length, m.i64, ""), m.constI64(elementSize), "");
        LLVMBuildMemCpy(m.builder, m.offset(array.value(), dataOffset), 8, data.value(), 1, bytes);
    }

    /** Asks the instantiation's dispatcher for the override on the object's exact type, then calls it. */
    private LLVMValueRef genericVirtualCall(dev.kiln.typesystem.InstantiatedMethod target, LLVMValueRef[] args) {
        g.nullCheck(args[0]);
        LlvmFunction dispatcher = ctx.genericVirtuals.dispatcher(target);
        LLVMValueRef fn = m.call(dispatcher.type(), dispatcher.value(), m.load(m.ptr, args[0]));
        g.throwIf(LLVMBuildICmp(m.builder, LLVMIntEQ, fn, m.nullPtr(), ""), RuntimeAbi.EX_INVALID_CAST);
        LLVMValueRef result = g.callMayThrow(ctx.functions.functionType(target), fn, args);
        copyParameterAttributes(target, result);
        return result;
    }

    /** Finds the implementation in the object type's interface map, then calls it. */
    private LLVMValueRef interfaceCall(MethodDesc target, LLVMValueRef[] args) {
        LLVMValueRef object = args[0];
        g.nullCheck(object);
        int slot = dev.kiln.typesystem.InterfaceResolution.slotOf(target);
        LLVMValueRef type = m.load(m.ptr, object);
        LlvmFunction lookup = ctx.interfaceLookup();
        LLVMValueRef fn = m.call(lookup.type(), lookup.value(), type, ctx.descriptors.get(target.owningType()), m.constI32(slot));
        // a missing entry means the object does not implement the interface (only possible with bad IL)
        g.throwIf(LLVMBuildICmp(m.builder, LLVMIntEQ, fn, m.nullPtr(), ""), RuntimeAbi.EX_INVALID_CAST);
        LLVMValueRef result = g.callMayThrow(ctx.functions.functionType(target), fn, args);
        copyParameterAttributes(target, result);
        return result;
    }

    private LLVMValueRef virtualCall(MethodDesc target, LLVMValueRef[] args) {
        LLVMValueRef object = args[0];
        g.nullCheck(object);
        int slot = ctx.typeSystem.vtableOf(target.owningType()).slotOf(target);
        LLVMValueRef type = m.load(m.ptr, object);
        LLVMValueRef entry = m.load(m.ptr, m.offset(type, RuntimeAbi.TYPE_VTABLE_OFFSET + 8L * slot));
        LLVMValueRef result = g.callMayThrow(ctx.functions.functionType(target), entry, args);
        copyParameterAttributes(target, result);
        return result;
    }

    private void copyParameterAttributes(MethodDesc target, LLVMValueRef call) {
        var params = target.signature().parameters();
        int first = target.isStatic() ? 1 : 2;
        for (int i = 0; i < params.size(); i++) {
            String ext = TypeMapper.extensionAttribute(params.get(i));
            if (ext != null) {
                int kind = LLVMGetEnumAttributeKindForName(ext, ext.length());
                LLVMAddCallSiteAttribute(call, first + i, LLVMCreateEnumAttribute(m.context, kind, 0));
            }
        }
    }

    private void pushResult(MethodDesc target, LLVMValueRef result) {
        TypeDesc ret = target.signature().returnType();
        if (ret.category() != TypeCategory.VOID) {
            g.push(g.toStack(ret, result));
        }
    }

    /** newobj, as the importer decided it. */
    void newObject(NewObjectSite site) {
        MethodDesc ctor = site.constructor();
        if (site.kind() == NewObjectSite.Kind.MD_ARRAY) {
            new MdArrays(g).construct((dev.kiln.typesystem.ArrayMethod) ctor);
            return;
        }
        TypeDesc type = ctor.owningType();
        checkCallable(ctor);
        switch (site.kind()) {
            case STRING -> {
                newString(site.callee());
                return;
            }
            case VALUE -> {
                newValue(ctor);
                return;
            }
            case DELEGATE -> {
                newDelegate(ctor);
                return;
            }
            default -> {
            }
        }
        if (type.isAbstract()) {
            throw g.error(g.currentOffset, "cannot create an instance of abstract type " + type.fullName());
        }
        objects.ensureClassConstructorRan(type, false);
        LLVMValueRef[] args = popArgumentsForNew(ctor);
        ctx.descriptors.markConstructed(type);
        LlvmFunction alloc = dev.kiln.il.Finalizers.isFinalizable(ctx.typeSystem, type)
                ? ctx.runtime.gcAllocFinalizable() : ctx.runtime.gcAlloc();
        LLVMValueRef object = g.callMayThrow(alloc.type(), alloc.value(), ctx.descriptors.get(type));
        args[0] = object;
        LlvmFunction f = directFunction(ctor);
        g.callMayThrow(f.type(), f.value(), args);
        g.push(new StackValue(StackKind.OBJECT, object, type));
    }

    /** newobj D::.ctor(object target, IntPtr method): allocate the delegate and store both. */
    private void newDelegate(MethodDesc ctor) {
        TypeDesc type = ctor.owningType();
        StackValue method = g.pop();
        StackValue target = g.pop();
        // The delegate always calls its method pointer with the target first: a static method gets a thunk that
        // drops it, a struct method an unboxing stub (ldftn itself pushes the plain function, as calli needs).
        MethodDesc source = g.functionPointerSources.get(method.value());
        LLVMValueRef pointer = source != null ? ctx.delegates.functionPointer(source, type) : g.coerce(method, m.ptr, false);
        ctx.descriptors.markConstructed(type);
        LlvmFunction alloc = ctx.runtime.gcAlloc();
        LLVMValueRef delegate = g.callMayThrow(alloc.type(), alloc.value(), ctx.descriptors.get(type));
        ctx.delegates.initialize(delegate, g.coerce(target, m.ptr, false), pointer);
        g.push(new StackValue(StackKind.OBJECT, delegate, type));
    }

    /** newobj of a struct: construct it in a zeroed temporary, then push its value. */
    private void newValue(MethodDesc ctor) {
        TypeDesc type = ctor.owningType();
        objects.ensureClassConstructorRan(type, false);
        LLVMValueRef[] args = popArgumentsForNew(ctor);
        var storage = ctx.types.storageType(type);
        LLVMValueRef temp = g.entryAlloca(storage, "new");
        m.store(LLVMConstNull(storage), temp);
        args[0] = temp;
        LlvmFunction f = directFunction(ctor);
        g.callMayThrow(f.type(), f.value(), args);
        g.pushLoaded(type, temp);
    }

    private LLVMValueRef[] popArgumentsForNew(MethodDesc ctor) {
        List<TypeDesc> params = ctor.signature().parameters();
        LLVMValueRef[] args = new LLVMValueRef[params.size() + 1];
        for (int i = params.size() - 1; i >= 0; i--) {
            args[i + 1] = g.toStorage(g.pop(), params.get(i));
        }
        return args;
    }

    /** newobj String::.ctor(args) becomes call String::Ctor(args), a static factory (the CoreCLR convention). */
    private void newString(MethodDesc factory) {
        LLVMValueRef[] args = popArguments(factory, null);
        LlvmFunction f = directFunction(factory);
        LLVMValueRef s = g.callMayThrow(f.type(), f.value(), args);
        g.push(new StackValue(StackKind.OBJECT, s, ctx.typeSystem.wellKnown(WellKnownType.STRING)));
    }
}
