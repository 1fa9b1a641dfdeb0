package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.kiln.il.AsyncHelperMethods;
import dev.kiln.il.AwaitSites;
import dev.kiln.il.ImportedBody;
import dev.kiln.il.DelegateMethods;
import dev.kiln.il.ILCompileException;
import dev.kiln.il.Linkage;
import dev.kiln.il.PInvokeSignature;
import dev.kiln.il.RuntimeContract;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeDesc;
import dev.kiln.typesystem.TypeSystem;
import dev.kiln.typesystem.WellKnownType;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * One native module under construction: the compiler adds method bodies, constructed types and the entry point;
 * {@link #finish} defines all descriptors, checks that nothing referenced is missing, and verifies the module.
 */
public final class NativeModuleBuilder implements AutoCloseable {
    final LlvmModule m;
    final TypeSystem typeSystem;
    final TypeMapper types;
    final Symbols symbols = new Symbols();
    final ManagedFunctions functions;
    final TypeDescriptors descriptors;
    final StaticStorage statics;
    final StringLiterals strings;
    final RuntimeFunctions runtime;
    final DelegateSupport delegates;
    final DelegateMarshalling delegateMarshalling;
    final LambdaStubs lambdaStubs;
    private final ReflectionTables reflection;
    /** The libraries whose P/Invoke entry points are linked directly (--direct-pinvoke). */
    DirectPInvokes directPInvokes = DirectPInvokes.NONE;
    final GenericVirtualDispatch genericVirtuals;
    final VariantCasts variantCasts;
    final Continuations continuations;
    final AsyncThunks asyncThunks;
    private LlvmFunction castHelper;
    /** DWARF for the methods with symbols (null: no debug information). */
    private DebugInfo debugInfo;
    private java.util.function.Function<MethodDesc, dev.kiln.typesystem.symbols.MethodSymbols> symbolsOf;

    final Linkage linkage;

    /** What the dependency graph compiles (expectFunctions); null: no check. */
    private java.util.function.Predicate<MethodDesc> expectedFunctions;
    /** Filter funclets by symbol, with the symbol of the function whose frame they read. */
    private final Map<String, String> funcletParents = new java.util.HashMap<>();

    public NativeModuleBuilder(TypeSystem typeSystem, String moduleName) {
        this(typeSystem, moduleName, Linkage.executable());
    }

    public NativeModuleBuilder(TypeSystem typeSystem, String moduleName, Linkage linkage) {
        this.typeSystem = typeSystem;
        this.linkage = linkage;
        this.m = new LlvmModule(moduleName);
        this.types = new TypeMapper(m);
        this.functions = new ManagedFunctions(m, types, symbols, linkage);
        this.descriptors = new TypeDescriptors(m, typeSystem, functions, symbols, linkage);
        this.statics = new StaticStorage(m, types, symbols, linkage);
        this.strings = new StringLiterals(m, descriptors, typeSystem.wellKnown(WellKnownType.STRING));
        this.runtime = new RuntimeFunctions(m);
        this.delegates = new DelegateSupport(this);
        this.delegateMarshalling = new DelegateMarshalling(this);
        this.lambdaStubs = new LambdaStubs(this);
        this.reflection = new ReflectionTables(this);
        this.genericVirtuals = new GenericVirtualDispatch(this);
        this.variantCasts = new VariantCasts(this);
        this.continuations = new Continuations(this);
        this.asyncThunks = new AsyncThunks(this, continuations);
        TypeDesc string = typeSystem.wellKnown(WellKnownType.STRING);
        descriptors.markConstructed(string);
        descriptors.markConstructed(string.makeArrayType());
        TypeDesc runtimeType = RuntimeContract.runtimeType(typeSystem);
        if (runtimeType != null) {
            descriptors.markConstructed(runtimeType);
        }
    }

    /**
     * Emits DWARF (line tables, subprograms) for every method symbolsOf gives symbols for; optimized: the code is
     * optimized (recorded in the compile unit).
     */
    public void emitDebugInfo(java.util.function.Function<MethodDesc, dev.kiln.typesystem.symbols.MethodSymbols> symbolsOf,
                              boolean optimized) {
        this.symbolsOf = symbolsOf;
        runtime.keepThrowSitesApart();
        this.debugInfo = new DebugInfo(m, optimized);
    }

    /** Whether method's code gets debug locations (debug information is on and its symbols have lines for it). */
    boolean hasLines(MethodDesc method) {
        if (debugInfo == null) {
            return false;
        }
        dev.kiln.typesystem.symbols.MethodSymbols symbols = symbolsOf.apply(method.typicalDefinition());
        return symbols != null && symbols.first() != null && symbols.first().document() != null;
    }

    /**
     * Task-returning thunks of runtime-async methods whose variant keeps a frame of its own (a call the optimizer may
     * not inline): their frame is left out of stack traces, the variant's frame shows the method with its lines.
     */
    private final java.util.Set<MethodDesc> thunksBesideVariants = java.util.concurrent.ConcurrentHashMap.newKeySet();

    void thunkBesideVariant(MethodDesc thunk) {
        thunksBesideVariants.add(thunk);
    }

    /** The debug locations of function, compiled from method (or its async variant); null without symbols. */
    DebugInfo.MethodScope debugScope(LLVMValueRef function, MethodDesc method, boolean asyncVariant) {
        if (debugInfo == null) {
            return null;
        }
        MethodDesc definition = method.typicalDefinition();
        dev.kiln.typesystem.symbols.MethodSymbols symbols = symbolsOf.apply(definition);
        String name = method.owningType().fullName() + "." + method.name() + (asyncVariant ? " [async variant]" : "");
        return debugInfo.begin(function, method, name, symbols);
    }

    public LlvmModule llvm() {
        return m;
    }

    /**
     * Notes that the filter funclet named funclet recovers the locals of parent's frame: they must be compiled in the
     * same partition (llvm.localrecover names its parent's frame offsets, symbols local to one object file).
     */
    synchronized void registerFunclet(String funclet, String parent) {
        funcletParents.put(funclet, parent);
    }

    /** Compiles one method's IL into its function. */
    public void compileMethod(MethodDesc method, ImportedBody body) {
        if (DelegateMethods.isInvoke(method)) {
            delegates.emitInvoke(method);
            return;
        }
        if (method.isRuntimeAsync()) {
            // its IL returns the unwrapped result: it is compiled only as its async variant
            throw new ILCompileException(method.location() + ": a runtime-async method has no ordinary body (compile its "
                    + "async variant and task-returning thunk)");
        }
        new MethodCodegen(this, imported(method, body, null)).compile();
    }

    /** The body the scanner imported for method in mode: the generator compiles nothing it did not scan. */
    private static ImportedBody imported(MethodDesc method, ImportedBody body, AwaitSites.Mode mode) {
        if (body == null || body.method() != method || body.mode() != mode) {
            throw new IllegalArgumentException(method.location() + ": compiled without the body the scanner imported for it"
                    + (mode == null ? "" : " as " + mode));
        }
        return body;
    }

    /**
     * Makes every direct reference the generated code makes to a managed function check, as it is emitted, that the
     * dependency graph gave that function code in this output (compiled: the methods, and async variants, it did).
     */
    public void expectFunctions(java.util.function.Predicate<MethodDesc> compiled) {
        this.expectedFunctions = compiled;
    }

    /** Throws when code about to call callee directly would reach a function the graph did not mark. */
    void checkCompiled(MethodDesc callee, MethodDesc caller, int ilOffset) {
        if (expectedFunctions == null || callee.isInternalCall() || linkage.of(callee) == Linkage.Kind.IMPORTED
                || expectedFunctions.test(callee)) {
            return;
        }
        throw new IllegalStateException(caller.location() + " at IL_" + String.format("%04x", ilOffset) + ": calls "
                + callee.fullName() + (callee instanceof dev.kiln.typesystem.AsyncVariant ? " [async variant]" : "")
                + ", which the dependency graph did not mark (the scanner and the code generator disagree)");
    }

    /**
     * A body that only throws (ThrowingBodies): for method's ordinary entry point, or for its async variant when
     * asyncVariant (the variant of a runtime-async method or the async version of an ordinary one).
     */
    public void compileThrowingBody(MethodDesc method, boolean asyncVariant, int kind, String message) {
        MethodDesc function = asyncVariant ? typeSystem.asyncVariantOf(method) : method;
        ThrowingBodies.emit(this, function, kind, message);
    }

    /** A P/Invoke method whose signature Kiln can marshal: binds at its first call, marshals, calls the C function. */
    public void compilePInvokeStub(MethodDesc method) {
        PInvokeSignature signature = PInvokeSignature.of(method);
        if (signature == null || !signature.isSupported()) {
            throw new ILCompileException(method.location() + ": not a P/Invoke method Kiln can marshal");
        }
        new PInvokeStubs(this).emit(method, signature);
    }

    /**
     * The stubs that let delegates of delegateType cross to native code: the reverse stub native code calls through a
     * delegate's function pointer, and the forward stub of a delegate that wraps a native function pointer.
     */
    public void compileDelegateMarshalling(TypeDesc delegateType) {
        delegateMarshalling.emit(delegateType);
    }

    /** The symbol of delegateType's reverse stub (for size reports). */
    public String delegateMarshallingSymbolOf(TypeDesc delegateType) {
        return delegateMarshalling.reverseStubSymbol(delegateType);
    }

    /** Describes type to reflection (kiln.h KReflectionInfo): the dependency graph decided the program needs it. */
    public void addReflectionMetadata(TypeDesc type) {
        reflection.add(type);
    }

    /** A method handle names method: reflection must find it, also when another image describes its type. */
    void methodHandleEmitted(MethodDesc method) {
        reflection.namedByHandle(method);
    }

    /** Calls into these libraries are linked directly instead of bound at the first call (--direct-pinvoke). */
    public void directPInvokes(DirectPInvokes libraries) {
        this.directPInvokes = libraries;
    }

    /** A runtime-async method's IL, compiled as its async variant with suspension points. */
    public void compileAsyncVariant(MethodDesc method, ImportedBody body) {
        new MethodCodegen(this, imported(method, body, AwaitSites.Mode.RUNTIME_ASYNC), runtimeAsyncVariant(method)).compile();
    }

    /** A runtime-async method's task-returning form: calls its async variant and wraps the outcome in a task. */
    public void compileTaskReturningThunk(MethodDesc method) {
        runtimeAsyncVariant(method);
        asyncThunks.emitTaskReturningThunk(method);
    }

    /** The async version of an ordinary task-returning method: its IL compiled as an async variant (tail awaits). */
    public void compileAsyncVersion(MethodDesc method, ImportedBody body) {
        new MethodCodegen(this, imported(method, body, AwaitSites.Mode.ASYNC_VERSION), ordinaryVariant(method)).compile();
    }

    /** The async-callable thunk of an ordinary task-returning method: call it, await the task it returns. */
    public void compileAsyncThunk(MethodDesc method) {
        ordinaryVariant(method);
        asyncThunks.emitAsyncThunk(method);
    }

    private dev.kiln.typesystem.AsyncVariant runtimeAsyncVariant(MethodDesc method) {
        dev.kiln.typesystem.AsyncVariant variant = typeSystem.asyncVariantOf(method);
        if (variant == null) {
            throw new ILCompileException(method.location() + ": a runtime-async method must return Task, Task<T>, ValueTask or ValueTask<T>");
        }
        return variant;
    }

    private dev.kiln.typesystem.AsyncVariant ordinaryVariant(MethodDesc method) {
        dev.kiln.typesystem.AsyncVariant variant = typeSystem.asyncVariantOf(method);
        if (variant == null || method.isRuntimeAsync()) {
            throw new ILCompileException(method.location() + ": not an ordinary task-returning method");
        }
        return variant;
    }

    /** The symbol of a method's async variant (a runtime-async body, an async version or an async-callable thunk). */
    public String asyncVariantSymbolOf(MethodDesc method) {
        return functions.symbolName(typeSystem.asyncVariantOf(method));
    }

    public void markConstructed(TypeDesc type) {
        descriptors.markConstructed(type);
    }

    /** kiln_managed_main(string[] args): calls Main and returns the exit code (0 for void Main). */
    public void defineEntryPoint(MethodDesc main) {
        reflection.entryPoint(main);
        LlvmFunction target = functions.get(main);
        // Main keeps a frame of its own, so stack traces end with it as .NET's do
        m.addEnumAttribute(target.value(), org.bytedeco.llvm.global.LLVM.LLVMAttributeFunctionIndex, "noinline");
        var type = m.functionType(m.i32, m.ptr);
        LLVMValueRef fn = LLVMAddFunction(m.module, RuntimeAbi.MANAGED_MAIN, type);
        LLVMSetLinkage(fn, LLVMInternalLinkage);
        managedMain = fn;
        LLVMPositionBuilderAtEnd(m.builder, LLVMAppendBasicBlockInContext(m.context, fn, "entry"));
        LLVMValueRef[] args = main.signature().parameters().isEmpty() ? new LLVMValueRef[0]
                : new LLVMValueRef[] {LLVMGetParam(fn, 0)};
        dev.kiln.typesystem.MethodDesc cctor = main.owningType().staticConstructor();
        if (cctor != null) {
            // the entry point's type is initialized before Main runs
            LlvmFunction init = classConstructorRunner(main.owningType());
            m.call(init.type(), init.value());
        }
        LLVMValueRef result = m.call(target.type(), target.value(), args);
        var ret = main.signature().returnType().category();
        MethodDesc runner = AsyncHelperMethods.entryPointRunner(typeSystem, main.signature().returnType());
        if (runner != null) {
            // Main returned a task: the run loop drives it to completion; its result (Task<int>) is the exit code
            LlvmFunction run = functions.get(runner);
            LLVMBuildRet(m.builder, m.call(run.type(), run.value(), result));
        } else if (ret == dev.kiln.typesystem.TypeCategory.VOID) {
            // a void Main exits with Environment.ExitCode
            LlvmFunction exitCode = runtime.declare("kiln_rt_exit_code", m.functionType(m.i32), false);
            LLVMBuildRet(m.builder, m.call(exitCode.type(), exitCode.value()));
        } else if (ret == dev.kiln.typesystem.TypeCategory.INT32 || ret == dev.kiln.typesystem.TypeCategory.UINT32) {
            LLVMBuildRet(m.builder, result);
        } else {
            throw new ILCompileException(main.location() + ": Main must return void, int, Task or Task<int>");
        }
    }

    /** kiln_object_equals(a, b): static Object.Equals(object, object), for the runtime's ValueType.Equals. */
    public void defineObjectEquals(java.util.function.Predicate<MethodDesc> compiled) {
        var type = m.functionType(m.i32, m.ptr, m.ptr);
        LLVMValueRef fn = LLVMAddFunction(m.module, "kiln_object_equals", type);
        LLVMSetLinkage(fn, LLVMInternalLinkage);
        objectEquals = fn;
        LLVMPositionBuilderAtEnd(m.builder, LLVMAppendBasicBlockInContext(m.context, fn, "entry"));
        MethodDesc equals = RuntimeContract.staticObjectEquals(typeSystem);
        LLVMValueRef result;
        if (equals != null && compiled.test(equals)) {
            LlvmFunction f = functions.get(equals);
            result = LLVMBuildZExt(m.builder, m.call(f.type(), f.value(), LLVMGetParam(fn, 0), LLVMGetParam(fn, 1)), m.i32, "");
        } else {
            result = LLVMBuildZExt(m.builder, LLVMBuildICmp(m.builder, LLVMIntEQ, LLVMGetParam(fn, 0), LLVMGetParam(fn, 1), ""), m.i32, "");
        }
        LLVMBuildRet(m.builder, result);
    }

    /**
     * kiln_unhandled_exception(exception): calls the core library's hook that raises AppDomain.UnhandledException,
     * when the program has it; the runtime calls it for an exception no frame catches, before reporting it.
     */
    public void defineUnhandledExceptionHook(java.util.function.Predicate<MethodDesc> compiled) {
        defineDescribeExceptionHook(compiled);
        MethodDesc hook = RuntimeContract.unhandledExceptionHook(typeSystem);
        if (hook == null || !compiled.test(hook)) {
            return;
        }
        LLVMValueRef fn = LLVMAddFunction(m.module, "kiln_unhandled_exception", m.functionType(m.voidType, m.ptr));
        LLVMSetLinkage(fn, LLVMInternalLinkage);
        unhandledException = fn;
        LLVMPositionBuilderAtEnd(m.builder, LLVMAppendBasicBlockInContext(m.context, fn, "entry"));
        LlvmFunction f = functions.get(hook);
        m.call(f.type(), f.value(), LLVMGetParam(fn, 0));
        LLVMBuildRetVoid(m.builder);
    }

    /** kiln_describe_exception(exception) → string: the core library's text of an unhandled exception, if compiled. */
    private void defineDescribeExceptionHook(java.util.function.Predicate<MethodDesc> compiled) {
        MethodDesc hook = RuntimeContract.describeExceptionHook(typeSystem);
        if (hook == null || !compiled.test(hook)) {
            return;
        }
        LLVMValueRef fn = LLVMAddFunction(m.module, "kiln_describe_exception", m.functionType(m.ptr, m.ptr));
        LLVMSetLinkage(fn, LLVMInternalLinkage);
        describeException = fn;
        LLVMPositionBuilderAtEnd(m.builder, LLVMAppendBasicBlockInContext(m.context, fn, "entry"));
        LlvmFunction f = functions.get(hook);
        LLVMBuildRet(m.builder, m.call(f.type(), f.value(), LLVMGetParam(fn, 0)));
    }

    /**
     * kiln_ex_create_builtin(i32 code) → a new exception object of the matching core library type, created with its
     * parameterless constructor (which sets .NET's message), or null when that type is not compiled in.
     */
    public void defineBuiltinExceptionFactory(java.util.function.Predicate<MethodDesc> compiled) {
        var type = m.functionType(m.ptr, m.i32);
        LLVMValueRef fn = LLVMAddFunction(m.module, "kiln_ex_create_builtin", type);
        LLVMSetLinkage(fn, LLVMInternalLinkage);
        builtinExceptions = fn;
        var entry = LLVMAppendBasicBlockInContext(m.context, fn, "entry");
        var none = LLVMAppendBasicBlockInContext(m.context, fn, "none");
        LLVMPositionBuilderAtEnd(m.builder, none);
        LLVMBuildRet(m.builder, m.nullPtr());
        LLVMPositionBuilderAtEnd(m.builder, entry);
        LLVMValueRef sw = LLVMBuildSwitch(m.builder, LLVMGetParam(fn, 0), none, RuntimeContract.BUILTIN_EXCEPTIONS.length);
        for (int code = 1; code < RuntimeContract.BUILTIN_EXCEPTIONS.length; code++) {
            MethodDesc ctor = RuntimeContract.builtinExceptionConstructor(typeSystem, code);
            if (ctor == null || !compiled.test(ctor)) {
                continue;
            }
            var block = LLVMAppendBasicBlockInContext(m.context, fn, RuntimeContract.BUILTIN_EXCEPTIONS[code]);
            LLVMAddCase(sw, m.constI32(code), block);
            LLVMPositionBuilderAtEnd(m.builder, block);
            descriptors.markConstructed(ctor.owningType());
            LlvmFunction alloc = runtime.gcAlloc();
            LLVMValueRef obj = m.call(alloc.type(), alloc.value(), descriptors.get(ctor.owningType()));
            LlvmFunction f = functions.get(ctor);
            m.call(f.type(), f.value(), obj);
            LLVMBuildRet(m.builder, obj);
        }
    }

    private final Map<TypeDesc, LlvmFunction> classConstructorRunners = new HashMap<>();

    /**
     * A function that runs type's class constructor once per process (runtime-c typeinit.c decides which thread
     * runs it and makes the others wait), and rethrows the saved TypeInitializationException if it failed. When
     * the class constructor throws, the exception is wrapped in a TypeInitializationException, saved, and the
     * flag says "failed" from then on.
     */
    synchronized LlvmFunction classConstructorRunner(TypeDesc type) {
        LlvmFunction existing = classConstructorRunners.get(type);
        if (existing != null) {
            return existing;
        }
        var fnType = m.functionType(m.voidType);
        LLVMValueRef fn = LLVMAddFunction(m.module, symbols.nameFor(java.util.List.of("cctor runner", type), "run cctor " + type.fullName()), fnType);
        LLVMSetLinkage(fn, LLVMInternalLinkage);
        LLVMSetPersonalityFn(fn, runtime.personality().value());
        var saved = LLVMGetInsertBlock(m.builder);
        var entry = LLVMAppendBasicBlockInContext(m.context, fn, "entry");
        var start = LLVMAppendBasicBlockInContext(m.context, fn, "start");
        var ran = LLVMAppendBasicBlockInContext(m.context, fn, "ran");
        var ok = LLVMAppendBasicBlockInContext(m.context, fn, "ok");
        var failed = LLVMAppendBasicBlockInContext(m.context, fn, "failed");
        var rethrow = LLVMAppendBasicBlockInContext(m.context, fn, "rethrow");
        LLVMValueRef flag = statics.cctorFlag(type);
        LLVMValueRef failure = statics.cctorFailure(type);
        LlvmFunction raise = runtime.throwException();
        LlvmFunction begin = runtime.typeInitBegin();
        LlvmFunction end = runtime.typeInitEnd();

        LLVMPositionBuilderAtEnd(m.builder, entry);
        LLVMValueRef state = m.call(begin.type(), begin.value(), flag);
        LLVMValueRef sw = LLVMBuildSwitch(m.builder, state, ok, 2);
        LLVMAddCase(sw, m.constI32(RuntimeAbi.TYPEINIT_RUN), start);
        LLVMAddCase(sw, m.constI32(RuntimeAbi.TYPEINIT_FAILED), rethrow);

        LLVMPositionBuilderAtEnd(m.builder, start);
        LlvmFunction cctor = functions.get(type.staticConstructor());
        LLVMBuildInvoke2(m.builder, cctor.type(), cctor.value(), null, 0, ran, failed, "");

        LLVMPositionBuilderAtEnd(m.builder, ran);
        m.call(end.type(), end.value(), flag, m.constI32(RuntimeAbi.TYPEINIT_DONE));
        LLVMBuildBr(m.builder, ok);

        LLVMPositionBuilderAtEnd(m.builder, ok);
        LLVMBuildRetVoid(m.builder);

        LLVMPositionBuilderAtEnd(m.builder, failed);
        LLVMValueRef lp = LLVMBuildLandingPad(m.builder, m.structType(m.ptr, m.i32), null, 1, "");
        LLVMAddClause(lp, m.nullPtr());
        LLVMValueRef header = LLVMBuildExtractValue(m.builder, lp, 0, "");
        LLVMValueRef inner = m.load(m.ptr, m.offset(header, RuntimeAbi.EXCEPTION_OBJECT_OFFSET));
        MethodDesc ctor = RuntimeContract.typeInitializationExceptionConstructor(typeSystem);
        descriptors.markConstructed(ctor.owningType());
        LlvmFunction alloc = runtime.gcAlloc();
        LLVMValueRef wrapper = m.call(alloc.type(), alloc.value(), descriptors.get(ctor.owningType()));
        LlvmFunction init = functions.get(ctor);
        m.call(init.type(), init.value(), wrapper, strings.get(type.fullName()), inner);
        m.store(wrapper, failure);
        m.call(end.type(), end.value(), flag, m.constI32(RuntimeAbi.TYPEINIT_FAILED)); // publishes the failure too
        m.call(raise.type(), raise.value(), wrapper);
        LLVMBuildUnreachable(m.builder);

        LLVMPositionBuilderAtEnd(m.builder, rethrow);
        m.call(raise.type(), raise.value(), m.load(m.ptr, failure));
        LLVMBuildUnreachable(m.builder);

        if (saved != null) {
            LLVMPositionBuilderAtEnd(m.builder, saved);
        }
        LlvmFunction runner = new LlvmFunction(fn, fnType);
        classConstructorRunners.put(type, runner);
        return runner;
    }

    /** A module-local function (ptr obj, ptr type) → obj when obj's type is type or derives from it, else null. */
    LlvmFunction castHelper() {
        if (castHelper == null) {
            var type = m.functionType(m.ptr, m.ptr, m.ptr);
            LLVMValueRef fn = LLVMAddFunction(m.module, "kiln.isinst.class", type);
            LLVMSetLinkage(fn, LLVMInternalLinkage);
            var saved = LLVMGetInsertBlock(m.builder);
            var entry = LLVMAppendBasicBlockInContext(m.context, fn, "entry");
            var loop = LLVMAppendBasicBlockInContext(m.context, fn, "loop");
            var next = LLVMAppendBasicBlockInContext(m.context, fn, "next");
            var yes = LLVMAppendBasicBlockInContext(m.context, fn, "yes");
            var no = LLVMAppendBasicBlockInContext(m.context, fn, "no");
            LLVMValueRef obj = LLVMGetParam(fn, 0);
            LLVMValueRef target = LLVMGetParam(fn, 1);
            var start = LLVMAppendBasicBlockInContext(m.context, fn, "start");
            LLVMPositionBuilderAtEnd(m.builder, entry);
            LLVMValueRef isNull = LLVMBuildICmp(m.builder, LLVMIntEQ, obj, m.nullPtr(), "");
            LLVMBuildCondBr(m.builder, isNull, no, start);
            LLVMPositionBuilderAtEnd(m.builder, start);
            LLVMValueRef first = m.load(m.ptr, obj); // only for a non-null object
            LLVMBuildBr(m.builder, loop);
            LLVMPositionBuilderAtEnd(m.builder, loop);
            LLVMValueRef phi = LLVMBuildPhi(m.builder, m.ptr, "t");
            LLVMValueRef match = LLVMBuildICmp(m.builder, LLVMIntEQ, phi, target, "");
            LLVMBuildCondBr(m.builder, match, yes, next);
            LLVMPositionBuilderAtEnd(m.builder, next);
            LLVMValueRef base = m.load(m.ptr, phi);
            LLVMValueRef end = LLVMBuildICmp(m.builder, LLVMIntEQ, base, m.nullPtr(), "");
            LLVMBuildCondBr(m.builder, end, no, loop);
            LLVMAddIncoming(phi, LlvmModule.array(first, base), LlvmModule.array(start, next), 2);
            LLVMPositionBuilderAtEnd(m.builder, yes);
            LLVMBuildRet(m.builder, obj);
            LLVMPositionBuilderAtEnd(m.builder, no);
            LLVMBuildRet(m.builder, m.nullPtr());
            if (saved != null && !saved.isNull()) {
                LLVMPositionBuilderAtEnd(m.builder, saved);
            }
            castHelper = new LlvmFunction(fn, type);
        }
        return castHelper;
    }

    /** The symbol a method's code has in the object file (for size reports). */
    public String symbolOf(MethodDesc method) {
        return functions.symbolName(method);
    }

    /** The symbol of a type's descriptor and its size in bytes. */
    /** The bytes of type's reflection metadata in this output (0: none), once the tables are defined. */
    public long reflectionMetadataSize(TypeDesc type) {
        return reflection.sizeOf(type);
    }

    public String descriptorSymbolOf(TypeDesc type) {
        return descriptors.symbolName(type);
    }

    private LlvmFunction interfaceEntry;
    private LlvmFunction interfaceLookup;
    private LlvmFunction implementsHelper;

    /**
     * A module-local function (ptr type, ptr interface) → the {interface, slots} entry of the type's interface map
     * (runtime-c casting.c), or null when the type does not implement the interface.
     */
    private LlvmFunction interfaceEntry() {
        if (interfaceEntry == null) {
            var type = m.functionType(m.ptr, m.ptr, m.ptr);
            LLVMValueRef fn = LLVMAddFunction(m.module, "kiln.iface.entry", type);
            LLVMSetLinkage(fn, LLVMInternalLinkage);
            var saved = LLVMGetInsertBlock(m.builder);
            var entry = LLVMAppendBasicBlockInContext(m.context, fn, "entry");
            var hasMap = LLVMAppendBasicBlockInContext(m.context, fn, "hasmap");
            var loop = LLVMAppendBasicBlockInContext(m.context, fn, "loop");
            var body = LLVMAppendBasicBlockInContext(m.context, fn, "body");
            var next = LLVMAppendBasicBlockInContext(m.context, fn, "next");
            var found = LLVMAppendBasicBlockInContext(m.context, fn, "found");
            var none = LLVMAppendBasicBlockInContext(m.context, fn, "none");
            LLVMPositionBuilderAtEnd(m.builder, entry);
            LLVMValueRef map = m.load(m.ptr, m.offset(LLVMGetParam(fn, 0), 40));
            LLVMBuildCondBr(m.builder, LLVMBuildICmp(m.builder, LLVMIntEQ, map, m.nullPtr(), ""), none, hasMap);
            LLVMPositionBuilderAtEnd(m.builder, hasMap);
            LLVMValueRef n = m.load(m.i32, map);
            LLVMBuildBr(m.builder, loop);
            LLVMPositionBuilderAtEnd(m.builder, loop);
            LLVMValueRef i = LLVMBuildPhi(m.builder, m.i32, "i");
            LLVMBuildCondBr(m.builder, LLVMBuildICmp(m.builder, LLVMIntSLT, i, n, ""), body, none);
            LLVMPositionBuilderAtEnd(m.builder, body);
            LLVMValueRef entryAddress = m.offset(map, LLVMBuildAdd(m.builder, m.constI64(8),
                    LLVMBuildMul(m.builder, LLVMBuildZExt(m.builder, i, m.i64, ""), m.constI64(16), ""), ""));
            LLVMValueRef entryInterface = m.load(m.ptr, entryAddress);
            LLVMBuildCondBr(m.builder, LLVMBuildICmp(m.builder, LLVMIntEQ, entryInterface, LLVMGetParam(fn, 1), ""), found, next);
            LLVMPositionBuilderAtEnd(m.builder, next);
            LLVMValueRef i1 = LLVMBuildAdd(m.builder, i, m.constI32(1), "");
            LLVMBuildBr(m.builder, loop);
            LLVMAddIncoming(i, LlvmModule.array(m.constI32(0), i1), LlvmModule.array(hasMap, next), 2);
            LLVMPositionBuilderAtEnd(m.builder, found);
            LLVMBuildRet(m.builder, entryAddress);
            LLVMPositionBuilderAtEnd(m.builder, none);
            // not listed: the runtime finds an entry that serves a variant interface (or there is none)
            LlvmFunction variant = runtime.declare("kiln_cast_variant_entry", m.functionType(m.ptr, m.ptr, m.ptr), false);
            LLVMBuildRet(m.builder, m.call(variant.type(), variant.value(), LLVMGetParam(fn, 0), LLVMGetParam(fn, 1)));
            if (saved != null && !saved.isNull()) {
                LLVMPositionBuilderAtEnd(m.builder, saved);
            }
            interfaceEntry = new LlvmFunction(fn, type);
        }
        return interfaceEntry;
    }

    /**
     * A module-local function (ptr type, ptr interface, i32 slot) → the implementation, or null when the type does
     * not implement the interface or the slot was not compiled.
     */
    LlvmFunction interfaceLookup() {
        if (interfaceLookup == null) {
            var type = m.functionType(m.ptr, m.ptr, m.ptr, m.i32);
            LLVMValueRef fn = LLVMAddFunction(m.module, "kiln.iface.lookup", type);
            LLVMSetLinkage(fn, LLVMInternalLinkage);
            var saved = LLVMGetInsertBlock(m.builder);
            var start = LLVMAppendBasicBlockInContext(m.context, fn, "entry");
            var found = LLVMAppendBasicBlockInContext(m.context, fn, "found");
            var none = LLVMAppendBasicBlockInContext(m.context, fn, "none");
            LLVMPositionBuilderAtEnd(m.builder, start);
            LlvmFunction find = interfaceEntry();
            LLVMValueRef entry = m.call(find.type(), find.value(), LLVMGetParam(fn, 0), LLVMGetParam(fn, 1));
            LLVMBuildCondBr(m.builder, LLVMBuildICmp(m.builder, LLVMIntEQ, entry, m.nullPtr(), ""), none, found);
            LLVMPositionBuilderAtEnd(m.builder, found);
            LLVMValueRef slots = m.load(m.ptr, m.offset(entry, 8));
            LLVMValueRef slot = LLVMBuildMul(m.builder, LLVMBuildZExt(m.builder, LLVMGetParam(fn, 2), m.i64, ""), m.constI64(8), "");
            LLVMBuildRet(m.builder, m.load(m.ptr, m.offset(slots, slot)));
            LLVMPositionBuilderAtEnd(m.builder, none);
            LLVMBuildRet(m.builder, m.nullPtr());
            if (saved != null && !saved.isNull()) {
                LLVMPositionBuilderAtEnd(m.builder, saved);
            }
            interfaceLookup = new LlvmFunction(fn, type);
        }
        return interfaceLookup;
    }

    /** A module-local function (ptr obj, ptr interface) → obj when its type's map lists the interface, else null. */
    LlvmFunction implementsHelper() {
        if (implementsHelper == null) {
            var type = m.functionType(m.ptr, m.ptr, m.ptr);
            LLVMValueRef fn = LLVMAddFunction(m.module, "kiln.isinst.interface", type);
            LLVMSetLinkage(fn, LLVMInternalLinkage);
            var saved = LLVMGetInsertBlock(m.builder);
            var start = LLVMAppendBasicBlockInContext(m.context, fn, "entry");
            var check = LLVMAppendBasicBlockInContext(m.context, fn, "check");
            var no = LLVMAppendBasicBlockInContext(m.context, fn, "no");
            LLVMValueRef obj = LLVMGetParam(fn, 0);
            LLVMPositionBuilderAtEnd(m.builder, start);
            LLVMBuildCondBr(m.builder, LLVMBuildICmp(m.builder, LLVMIntEQ, obj, m.nullPtr(), ""), no, check);
            LLVMPositionBuilderAtEnd(m.builder, check);
            LlvmFunction find = interfaceEntry();
            LLVMValueRef entry = m.call(find.type(), find.value(), m.load(m.ptr, obj), LLVMGetParam(fn, 1));
            LLVMBuildRet(m.builder, LLVMBuildSelect(m.builder, LLVMBuildICmp(m.builder, LLVMIntEQ, entry, m.nullPtr(), ""),
                    m.nullPtr(), obj, ""));
            LLVMPositionBuilderAtEnd(m.builder, no);
            LLVMBuildRet(m.builder, m.nullPtr());
            if (saved != null && !saved.isNull()) {
                LLVMPositionBuilderAtEnd(m.builder, saved);
            }
            implementsHelper = new LlvmFunction(fn, type);
        }
        return implementsHelper;
    }

    /** Defines every descriptor and checks the module. */
    private LLVMValueRef managedMain;
    private LLVMValueRef objectEquals;
    private LLVMValueRef builtinExceptions;
    private LLVMValueRef unhandledException;
    private LLVMValueRef describeException;

    /**
     * kiln_program (kiln.h KProgram): what the C runtime needs from the program — the well-known descriptors, the
     * Object.Equals, builtin-exception and unhandled-exception hooks, and Main — read by the executable's main().
     */
    private void defineProgram() {
        TypeDesc string = typeSystem.wellKnown(WellKnownType.STRING);
        TypeDesc runtimeType = RuntimeContract.runtimeType(typeSystem);
        LLVMValueRef program = m.constStruct(descriptors.get(string), descriptors.get(string.makeArrayType()),
                runtimeType != null ? descriptors.get(runtimeType) : m.nullPtr(), orNull(objectEquals),
                orNull(builtinExceptions), orNull(managedMain), orNull(unhandledException), orNull(describeException));
        LLVMValueRef g = LLVMAddGlobal(m.module, LLVMTypeOf(program), RuntimeAbi.PROGRAM);
        LLVMSetInitializer(g, program);
        LLVMSetGlobalConstant(g, 1);
    }

    private LLVMValueRef orNull(LLVMValueRef function) {
        return function != null ? function : m.nullPtr();
    }

    /**
     * kiln_image (kiln.h KImage), what an image gives the loader: the parts of a KProgram it provides — the
     * well-known descriptors and hooks when it contains the core library, Main when it has an entry point.
     */
    private void defineImage() {
        TypeDesc string = typeSystem.wellKnown(WellKnownType.STRING);
        boolean core = linkage.defines(string);
        TypeDesc runtimeType = RuntimeContract.runtimeType(typeSystem);
        LLVMValueRef program = m.constStruct(core ? descriptors.get(string) : m.nullPtr(),
                core ? descriptors.get(string.makeArrayType()) : m.nullPtr(),
                core && runtimeType != null ? descriptors.get(runtimeType) : m.nullPtr(), orNull(objectEquals),
                orNull(builtinExceptions), orNull(managedMain), orNull(unhandledException), orNull(describeException));
        LLVMValueRef image = m.constStruct(m.constI32(RuntimeAbi.IMAGE_MAGIC), m.constI32(RuntimeAbi.RUNTIME_ABI), program);
        LLVMValueRef g = LLVMAddGlobal(m.module, LLVMTypeOf(image), RuntimeAbi.IMAGE);
        LLVMSetInitializer(g, image);
        LLVMSetGlobalConstant(g, 1);
        // exported, so the stack-trace printer finds it with dlsym in whichever image a frame is in
        LLVMValueRef names = m.cString(RuntimeAbi.IMAGE_METHOD_NAMES, functions.exportedMethodNames());
        LLVMSetLinkage(names, LLVMExternalLinkage);
        LLVMSetUnnamedAddress(names, LLVMNoUnnamedAddr);
        defineEnumArrays();
    }

    /** kiln.enumarrays (kiln.h KEnumArrays): {i32 count, i32 0, [count x {enum, array}]}, in every image. */
    private void defineEnumArrays() {
        List<TypeDesc[]> pairs = descriptors.importedEnumArrays();
        org.bytedeco.llvm.LLVM.LLVMTypeRef pair = m.structType(m.ptr, m.ptr);
        LLVMValueRef[] entries = new LLVMValueRef[pairs.size()];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = m.constStruct(descriptors.get(pairs.get(i)[0]), descriptors.get(pairs.get(i)[1]));
        }
        LLVMValueRef table = m.constStruct(m.constI32(entries.length), m.constI32(0), m.constArray(pair, entries));
        LLVMValueRef g = LLVMAddGlobal(m.module, LLVMTypeOf(table), RuntimeAbi.IMAGE_ENUM_ARRAYS);
        LLVMSetInitializer(g, table);
        LLVMSetGlobalConstant(g, 1);
    }

    /**
     * In an image: defines the descriptor of every type of the image's assemblies and the storage of their
     * statics, whether or not the image's own code uses them, so that other images can bind to them.
     */
    public void exportDefinitions(List<dev.kiln.typesystem.EcmaModule> unit) {
        for (dev.kiln.typesystem.EcmaModule module : unit) {
            for (dev.kiln.typesystem.EcmaType type : module.allTypes()) {
                if (type.genericParameterCount() > 0) {
                    descriptors.exportDefinitionKey(type); // instantiations are compiled where used, casts share the key
                    if (Linkage.exportsDefinitionDescriptor(type)) {
                        descriptors.get(type);
                    }
                    continue;
                }
                descriptors.get(type);
                for (dev.kiln.typesystem.FieldDesc f : type.fields()) {
                    if (f.isThreadStatic()) {
                        statics.threadStaticSlot(f);
                    } else if (f.isStatic() && !f.isLiteral()) {
                        statics.field(f);
                    }
                }
                if (type.staticConstructor() != null) {
                    statics.cctorFlag(type);
                    statics.cctorFailure(type);
                }
            }
        }
    }

    /**
     * In an image: the overrides of a generic virtual method instantiation that this image compiled go into its
     * kiln.gvms table, for the dispatchers of other images (GenericVirtualDispatch).
     */
    public void exportGenericVirtualOverrides(dev.kiln.typesystem.InstantiatedMethod method) {
        genericVirtuals.export(method);
    }

    /** Whether this module contains the type's code and data (not so for another image's types). */
    public boolean defines(TypeDesc type) {
        return linkage.defines(type);
    }

    public void finish() {
        if (linkage.isImage()) {
            defineImage();
            delegateMarshalling.defineTable(RuntimeAbi.IMAGE_MARSHALLED_DELEGATES);
            reflection.defineTable(RuntimeAbi.IMAGE_REFLECTION_TYPES);
            reflection.defineForeignInstances(RuntimeAbi.IMAGE_REFLECTION_FOREIGN_INSTANCES);
        } else {
            defineProgram();
            delegateMarshalling.defineTable(RuntimeAbi.MARSHALLED_DELEGATES);
            reflection.defineTable(RuntimeAbi.REFLECTION_TYPES);
        }
        genericVirtuals.defineAll(descriptors.constructedTypes());
        variantCasts.defineAll(descriptors.constructedTypes());
        descriptors.defineAll();
        List<MethodDesc> missing = functions.undefinedReferences();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("methods referenced but not compiled: " + missing);
        }
        if (debugInfo != null) {
            debugInfo.finish();
        }
        NativeTarget.verify(m);
    }

    /**
     * In an image: the generic definitions of other assemblies it may name (those the dependency graph has tokens
     * for). The key of any other is made local — what an image that cannot name a definition is left with.
     */
    public void nameableGenericDefinitions(java.util.function.Predicate<dev.kiln.typesystem.EcmaType> nameable) {
        descriptors.nameableGenericDefinitions(nameable);
    }

    /**
     * Optimizes the module (after {@link #finish}) and generates its machine code: object files in dir, on up to
     * threads threads, partitions the cache holds taken from it. The module is consumed (symbol names stay valid).
     */
    public PartitionedEmission.Outcome compileObjects(NativeTarget target, PartitionCache cache, Path dir, int threads) {
        target.configure(m);
        Map<String, MethodDesc> methods = functions.methodsBySymbol();
        return PartitionedEmission.emit(m.module, symbol -> {
            String function = funcletParents.getOrDefault(symbol, symbol);
            MethodDesc method = methods.get(function);
            return method == null ? function : typeKey(method.owningType());
        }, target, cache, dir, "module", threads);
    }

    /**
     * After {@link #compileObjects}: an object file defining the table of .NET frame names for the managed functions
     * those objects define (StackTraceNameTable), written to output.
     */
    public Path compileStackTraceNames(List<Path> objects, NativeTarget target, Path output) {
        return StackTraceNameTable.emit(objects, functions.methodsBySymbol(), thunksBesideVariants, target, output);
    }

    /** The type whose methods are kept together (a generic type's instantiations with their definition). */
    private static String typeKey(TypeDesc type) {
        TypeDesc t = type;
        while (t instanceof dev.kiln.typesystem.ParameterizedType p) {
            t = p.elementType();
        }
        if (t instanceof dev.kiln.typesystem.InstantiatedType it) {
            t = it.definition();
        }
        return t.fullName();
    }

    @Override
    public void close() {
        if (debugInfo != null) {
            debugInfo.dispose();
        }
        m.close();
    }
}
