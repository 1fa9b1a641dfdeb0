package dev.kiln.compiler.deps;

import dev.kiln.il.AsyncHelperMethods;
import dev.kiln.il.AwaitSites;
import dev.kiln.il.CallSite;
import dev.kiln.il.DelegateMethods;
import dev.kiln.il.ILImporter;
import dev.kiln.il.ILVisitor;
import dev.kiln.il.ImportedBody;
import dev.kiln.il.NewObjectSite;
import dev.kiln.il.SynchronizedMethods;
import dev.kiln.il.ThrowingMethods;
import dev.kiln.typesystem.EcmaMethod;
import dev.kiln.typesystem.FieldDesc;
import dev.kiln.typesystem.InstantiatedMethod;
import dev.kiln.typesystem.MdArrayType;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.MethodSignature;
import dev.kiln.typesystem.MissingItem;
import dev.kiln.typesystem.TypeDesc;
import dev.kiln.typesystem.TypeLoadException;
import dev.kiln.typesystem.metadata.ExceptionClause;
import dev.kiln.typesystem.metadata.Instruction;

/**
 * The scanner half of the IL importer: reports what each instruction of a body needs, from the same decisions
 * (CallSite, NewObjectSite, await sites) the code generator compiles.
 */
public final class ILScanner implements ILVisitor {
    /** Where a failure to load something is reported when it is not one instruction's: the signature or locals. */
    public static final int NO_OFFSET = -1;

    private final MethodDesc method;
    private final DependencySink sink;
    private final String from;
    private final ReflectionDataflow reflection;

    private ILScanner(MethodDesc method, DependencySink sink) {
        this.method = method;
        this.sink = sink;
        this.from = method.fullName();
        this.reflection = new ReflectionDataflow(method);
    }

    /**
     * Imports method's IL as compiled in mode — an ordinary body (null), a runtime-async variant or an async version —
     * and reports its dependencies; returns the imported body for the code generator (null: no IL, or the signature
     * or locals name something missing). What the loaded assemblies lack is reported to the sink
     * ({@link DependencySink#missing}) with the IL offset of each instruction that names it; the scan goes on past
     * it, so that every missing item of the body is reported.
     */
    public static ImportedBody scan(MethodDesc method, AwaitSites.Mode mode, DependencySink sink) {
        return scan(method, mode, false, sink);
    }

    /** keepFrame: a runtime-async body's tail awaits are ordinary awaits (AwaitSites.find). */
    public static ImportedBody scan(MethodDesc method, AwaitSites.Mode mode, boolean keepFrame, DependencySink sink) {
        ImportedBody body;
        try {
            body = ILImporter.importBody(method, mode, keepFrame);
        } catch (TypeLoadException e) {
            if (e.missing() == null) {
                throw e;
            }
            sink.missing(e.missing(), NO_OFFSET);
            return null;
        }
        if (body == null) {
            return null;
        }
        if (mode == AwaitSites.Mode.RUNTIME_ASYNC) {
            sink.methodBody(AsyncHelperMethods.commitSuspension(method.owningType().typeSystem()),
                    "the resumed frames of " + method.fullName() + " hand their next suspension over");
        }
        if (SynchronizedMethods.isSynchronized(method)) {
            SynchronizedMethods.check(method);
            if (mode == null) {
                synchronizedWrapper(method, sink);
            }
        }
        ILScanner scanner = new ILScanner(method, sink);
        ILImporter.walk(body, scanner);
        scanner.reflection.analyze(sink);
        if (mode == null) {
            AnnotatedDependencies.add(method, sink);
        }
        return body;
    }

    /** What the wrapper of a synchronized method calls around its body (SynchronizedWrappers in codegen). */
    private static void synchronizedWrapper(MethodDesc method, DependencySink sink) {
        dev.kiln.typesystem.TypeSystem ts = method.owningType().typeSystem();
        String locked = method.isStatic() ? "typeof(" + method.owningType().fullName() + ")" : "this";
        sink.methodBody(SynchronizedMethods.enter(ts), "synchronized " + method.fullName() + " locks " + locked);
        sink.methodBody(SynchronizedMethods.exit(ts), "synchronized " + method.fullName() + " unlocks " + locked
                + " on return and when an exception leaves it");
        if (method.isStatic()) {
            sink.methodBody(SynchronizedMethods.typeOfDescriptor(ts), "synchronized " + method.fullName() + " locks "
                    + locked);
            sink.descriptorUse(method.owningType(), "synchronized " + method.fullName() + " locks " + locked);
        }
    }

    @Override
    public void caught(ExceptionClause clause, TypeDesc type) {
        sink.descriptorUse(type, "caught in " + from);
    }

    @Override
    public boolean begin(Instruction insn) {
        reflection.instruction(insn);
        return true; // every instruction, reachable or not: the generator compiles a subset
    }

    @Override
    public void simple(Instruction insn) {
        // no token: nothing outside the method
    }

    @Override
    public void call(Instruction insn, CallSite site) {
        MethodDesc target = site.target();
        reflection.resolved(target);
        sink.methodReference(target, "referenced by " + from);
        for (TypeDesc extra : site.varargs()) {
            // each extra argument travels as a TypedReference: its type's descriptor, and a box for ToObject
            sink.descriptorUse(extra, "__arglist argument in " + from);
            if (extra.isValueType()) {
                sink.constructed(extra, "__arglist argument (TypedReference.ToObject may box it) in " + from);
            }
        }
        if (site.kind() == CallSite.Kind.CREATE_INSTANCE) {
            MethodDesc ctor = site.callee();
            if (ctor != null) {
                sink.constructed(site.createdType(), "new T() in " + from);
                sink.methodBody(ctor, "new T() in " + from);
            }
            return;
        }
        if (site.kind() == CallSite.Kind.FIELD_OFFSETS) {
            return; // constant data, no code
        }
        if (site.kind() == CallSite.Kind.LAMBDA_STUB) {
            TypeDesc delegateType = ((dev.kiln.typesystem.InstantiatedMethod) target).arguments().get(0);
            String reason = "the lambda stub of " + delegateType.fullName() + " (LambdaStubs.For) in " + from;
            sink.constructed(delegateType, reason);
            sink.methodBody(dev.kiln.il.Intrinsics.lambdaStubEntry(target.owningType().typeSystem()), reason);
            return;
        }
        if (site.kind() == CallSite.Kind.EXECUTING_ASSEMBLY) {
            sink.stringLiteral(dev.kiln.il.Intrinsics.assemblyOf(method), "Assembly.GetExecutingAssembly() in " + from);
            sink.methodBody(site.callee(), "Assembly.GetExecutingAssembly() in " + from);
            return;
        }
        if (site.boxesReceiver()) {
            sink.constructed(site.constrained(), "boxed for a constrained call in " + from);
        }
        if (site.kind() == CallSite.Kind.CONSTRAINED_DIRECT) {
            sink.methodBody(site.callee(), "constrained call from " + from);
            return;
        }
        reach(site, "call from " + from);
        if (target.typicalDefinition() instanceof EcmaMethod e && e.isPInvoke() && !PInvokeStubNode.isBindable(target)) {
            sink.unboundPInvoke(target, insn.offset());
        }
    }

    @Override
    public void newObject(Instruction insn, NewObjectSite site) {
        MethodDesc ctor = site.constructor();
        reflection.resolved(ctor);
        sink.methodReference(ctor, "referenced by " + from);
        TypeDesc type = site.type();
        String reason = "newobj in " + from;
        if (site.kind() == NewObjectSite.Kind.STRING) {
            sink.methodBody(site.callee(), reason);
            return;
        }
        if (site.kind() != NewObjectSite.Kind.VALUE) {
            sink.constructed(type, reason);
        }
        if (type instanceof MdArrayType md) {
            boxableElements(md.elementType());
        }
        sink.methodBody(ctor, reason);
        preciseInit(type, reason);
    }

    @Override
    public void functionPointer(Instruction insn, CallSite site) {
        sink.methodReference(site.target(), "referenced by " + from);
        sink.reflectable(site.target().owningType(), "Delegate.Method may describe the method " + from + " points to");
        reach(site, "call from " + from);
    }

    @Override
    public void jump(Instruction insn, CallSite site) {
        functionPointer(insn, site);
    }

    @Override
    public void indirectCall(Instruction insn, MethodSignature signature) {
        // the callee is whatever the pointer points to: its function was reported where the pointer was taken
    }

    @Override
    public void loadString(Instruction insn, String value) {
        reflection.resolved(value);
        sink.stringLiteral(value, "ldstr in " + from);
    }

    @Override
    public void field(Instruction insn, FieldDesc f) {
        reflection.resolved(f);
        if (!f.isStatic()) {
            return;
        }
        String reason = "static field " + f.name() + " used in " + from;
        sink.staticBase(f.owningType(), reason);
        sink.staticField(f, reason);
        if (f.owningType() != null && method != f.owningType().staticConstructor()) {
            sink.classConstructor(f.owningType(), reason);
        }
    }

    @Override
    public void type(Instruction insn, TypeDesc type) {
        reflection.resolved(type);
        switch (insn.opcode()) {
            case NEWARR:
                sink.constructed(type.makeArrayType(), "newarr in " + from);
                sink.descriptorUse(type, "array element type in " + from);
                boxableElements(type);
                break;
            case BOX: {
                TypeDesc boxed = type;
                if (boxed instanceof dev.kiln.typesystem.InstantiatedType it && it.definition().fullName().equals("System.Nullable`1")) {
                    boxed = it.arguments().get(0); // boxing a Nullable<T> boxes the T
                }
                if (boxed.isValueType()) {
                    sink.constructed(boxed, "box in " + from);
                }
                break;
            }
            case MKREFANY:
                sink.descriptorUse(type, "mkrefany in " + from);
                if (type.isValueType()) {
                    sink.constructed(type, "TypedReference.ToObject may box it, mkrefany in " + from);
                }
                break;
            default:
                sink.descriptorUse(type, insn.opcode().mnemonic() + " in " + from);
        }
    }

    @Override
    public void token(Instruction insn, Object member) {
        reflection.resolved(member);
        if (member instanceof TypeDesc type) {
            sink.descriptorUse(type, "typeof in " + from);
            sink.reflectable(type, "typeof in " + from);
        } else if (member instanceof MethodDesc m) {
            // a method handle (expression trees: MethodBase.GetMethodFromHandle) names it as reflection describes it
            String reason = "ldtoken of the method in " + from;
            sink.methodReference(m, "referenced by " + from);
            sink.reflectedMethod(m, reason);
            for (TypeDesc t : dev.kiln.il.MemberHandles.describedTypes(m)) {
                sink.descriptorUse(t, reason);
            }
            for (MethodDesc companion : dev.kiln.il.MemberHandles.companions(m)) {
                sink.reflectedMethod(companion, reason + " (with " + m.name() + ")");
            }
        } else if (member instanceof dev.kiln.typesystem.FieldDesc f && f.rvaData() == null) {
            String reason = "ldtoken of the field in " + from;
            sink.reflectedField(f, reason);
            sink.descriptorUse(f.owningType(), reason);
        }
    }

    /** An await compiles to a call of the awaited method's async variant, or to AsyncHelpers' suspension helpers. */
    @Override
    public void await(Instruction insn, AwaitSites.Site site) {
        var ts = method.owningType().typeSystem();
        String reason = "await in " + from;
        if (site instanceof AwaitSites.VariantCall call) {
            MethodDesc target = call.target();
            sink.methodReference(target, "referenced by " + from);
            sink.asyncVariantCall(target, call.dispatch(), reason);
            if (!call.tail()) {
                sink.methodBody(AsyncHelperMethods.captureContextForVariantAwait(ts), "context capture where " + reason + " suspends");
            }
            if (target.isStatic()) {
                preciseInit(target.owningType(), reason);
            }
        } else if (site instanceof AwaitSites.ValueAwait await) {
            sink.methodReference(await.helper(), "referenced by " + from);
            for (MethodDesc helper : AsyncHelperMethods.forAwaitHelper(ts, await.helper())) {
                sink.methodBody(helper, reason);
            }
        } else if (site instanceof AwaitSites.AwaitReturn ret) {
            for (MethodDesc helper : AsyncHelperMethods.transparentAwait(ts, ret.taskType())) {
                sink.methodBody(helper, "returned task awaited in the async version of " + from);
            }
        }
    }

    @Override
    public void missing(MissingItem item, int ilOffset) {
        sink.missing(item, ilOffset);
    }

    /** What reaching site's target needs: its slot, its dispatcher's overrides, or its body. */
    private void reach(CallSite site, String reason) {
        MethodDesc target = site.target();
        switch (site.kind()) {
            case GENERIC_VIRTUAL -> sink.genericVirtualUse((InstantiatedMethod) target, reason);
            case VIRTUAL, INTERFACE -> sink.virtualUse(target, reason);
            case DIRECT -> {
                if (target.hasIL() || DelegateMethods.isInvoke(target) || ThrowingMethods.unsupportedRuntimeMethod(target) != null
                        || PInvokeStubNode.isBindable(target)) {
                    sink.methodBody(target, reason);
                }
            }
            default -> {
            }
        }
        if (site.initializesType()) {
            preciseInit(target.owningType(), reason);
        }
    }

    /** Array.GetValue boxes the elements of arrays of values: their type needs a full descriptor. */
    private void boxableElements(TypeDesc element) {
        if (element.isValueType() && !element.containsGenericParameters()) {
            sink.constructed(element, "Array.GetValue may box the elements of arrays made in " + from);
        }
    }

    private void preciseInit(TypeDesc type, String reason) {
        if (!type.isBeforeFieldInit() && method.owningType() != type && type.staticConstructor() != null) {
            sink.classConstructor(type, reason);
        }
    }
}
