package dev.kiln.compiler.deps;

import dev.kiln.typesystem.EcmaType;
import dev.kiln.typesystem.FieldDesc;
import dev.kiln.typesystem.GenericContext;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.MethodIL;
import dev.kiln.typesystem.TypeCategory;
import dev.kiln.typesystem.TypeDesc;
import dev.kiln.typesystem.TypeLoadException;
import dev.kiln.typesystem.TypeLoading;
import dev.kiln.typesystem.metadata.ILReader;
import dev.kiln.typesystem.metadata.Instruction;
import dev.kiln.il.AsyncHelperMethods;
import dev.kiln.il.AwaitSites;
import dev.kiln.il.ConstrainedCalls;

/**
 * Reads a method body and reports what it depends on, mirroring the decisions the code generator makes for the
 * same instructions (direct vs. virtual calls, string construction, class-constructor triggers).
 */
public final class ILScanner {
    private ILScanner() {
    }

    /** Where a failure to load something is reported when it is not one instruction's: the signature or locals. */
    public static final int NO_OFFSET = -1;

    /**
     * Scans method's IL as compiled in mode: an ordinary body (null), a runtime-async variant or an async version.
     * What the loaded assemblies lack is reported to the sink ({@link DependencySink#missing}) with the IL offset of
     * each instruction that names it; the scan goes on past it, so that every missing item of the body is reported.
     */
    public static void scan(MethodDesc method, AwaitSites.Mode mode, DependencySink sink) {
        MethodIL il;
        java.util.List<Instruction> code;
        java.util.Map<Integer, AwaitSites.Site> sites;
        try {
            il = method.methodIL();
            if (il == null) {
                return;
            }
            TypeLoading.ensureSignatureLoadable(method);
            for (TypeDesc local : il.locals()) {
                TypeLoading.ensureLoadable(local);
            }
            try {
                code = ILReader.decode(il.code());
            } catch (dev.kiln.typesystem.metadata.BadImageFormatException e) {
                // the scanner decodes a body first: its error names the method, as the code generator's do
                throw new dev.kiln.typesystem.metadata.BadImageFormatException(method.location() + " at " + e.getMessage());
            }
            sites = mode == null ? java.util.Map.of() : AwaitSites.find(method, code, mode);
        } catch (TypeLoadException e) {
            if (e.missing() == null) {
                throw e;
            }
            sink.missing(e.missing(), NO_OFFSET);
            return;
        }
        String from = method.fullName();
        if (mode == AwaitSites.Mode.RUNTIME_ASYNC) {
            sink.methodBody(AsyncHelperMethods.commitSuspension(method.owningType().typeSystem()),
                    "the resumed frames of " + from + " hand their next suspension over");
        }
        for (dev.kiln.typesystem.metadata.ExceptionClause clause : il.exceptionClauses()) {
            if (clause.kind() == dev.kiln.typesystem.metadata.ExceptionClause.CATCH) {
                try {
                    TypeDesc caught = il.module().resolveType(clause.classTokenOrFilterOffset(), il.context());
                    TypeLoading.ensureLoadable(caught);
                    sink.descriptorUse(caught, "caught in " + from);
                } catch (TypeLoadException e) {
                    if (e.missing() == null) {
                        throw e;
                    }
                    sink.missing(e.missing(), clause.handlerOffset());
                }
            }
        }
        TypeDesc[] constraint = {null};
        for (int index = 0; index < code.size(); index++) {
            Instruction insn = code.get(index);
            AwaitSites.Site site = sites.get(index);
            try {
                if (site != null) {
                    awaitSite(site, method, sink);
                    index += site.consumed();
                    constraint[0] = null;
                    continue;
                }
                scanInstruction(insn, method, il, constraint, sink);
            } catch (TypeLoadException e) {
                if (e.missing() == null) {
                    throw e;
                }
                sink.missing(e.missing(), insn.offset());
                constraint[0] = null;
            }
        }
    }

    /** One instruction's dependencies; constraint[0] carries a `constrained.` prefix to the call it applies to. */
    private static void scanInstruction(Instruction insn, MethodDesc method, MethodIL il, TypeDesc[] constraint,
                                        DependencySink sink) {
        String from = method.fullName();
        String op = insn.opcode().mnemonic();
        int token = (int) insn.operand();
        switch (op) {
            case "constrained.":
                constraint[0] = TypeLoading.loaded(il.module().resolveType(token, il.context()));
                return;
            case "call": case "callvirt": case "ldftn": case "ldvirtftn": case "jmp": {
                MethodDesc target = TypeLoading.loaded(il.module().resolveMethod(token, il.context()));
                sink.methodReference(target, "referenced by " + from);
                if (dev.kiln.il.Intrinsics.isCreateInstance(target) && dev.kiln.il.Intrinsics.createsInline(
                        ((dev.kiln.typesystem.InstantiatedMethod) target).arguments().get(0))) {
                    TypeDesc created = ((dev.kiln.typesystem.InstantiatedMethod) target).arguments().get(0);
                    MethodDesc ctor = dev.kiln.il.Intrinsics.defaultConstructor(created);
                    if (ctor != null) {
                        sink.constructed(created, "new T() in " + from);
                        sink.methodBody(ctor, "new T() in " + from);
                    }
                    break;
                }
                boolean dispatch = op.equals("callvirt") || op.equals("ldvirtftn");
                if (constraint[0] != null) {
                    TypeDesc constrained = constraint[0];
                    constraint[0] = null;
                    MethodDesc direct = ConstrainedCalls.directTarget(constrained, target);
                    if (direct != null) {
                        sink.methodBody(direct, "constrained call from " + from);
                        break;
                    }
                    if (constrained.isValueType()) {
                        sink.constructed(constrained, "boxed for a constrained call in " + from);
                    }
                }
                call(target, dispatch, method, sink, "call from " + from);
                if (target.typicalDefinition() instanceof dev.kiln.typesystem.EcmaMethod e && e.isPInvoke()
                        && !PInvokeStubNode.isBindable(target)) {
                    sink.unboundPInvoke(target, insn.offset());
                }
                break;
            }
            case "newobj": {
                MethodDesc ctor = TypeLoading.loaded(il.module().resolveMethod(token, il.context()));
                sink.methodReference(ctor, "referenced by " + from);
                TypeDesc type = ctor.owningType();
                String reason = "newobj in " + from;
                if (type.category() == TypeCategory.STRING) {
                    sink.methodBody(dev.kiln.il.StringFactories.factoryFor(ctor), reason);
                } else {
                    if (!type.isValueType()) {
                        sink.constructed(type, reason);
                    }
                    if (type instanceof dev.kiln.typesystem.MdArrayType md) {
                        boxableElements(md.elementType(), from, sink);
                    }
                    sink.methodBody(ctor, reason);
                    preciseInit(type, method, sink, reason);
                }
                break;
            }
            case "ldstr":
                sink.stringLiteral(il.module().userString(token), "ldstr in " + from);
                break;
            case "ldfld": case "stfld": case "ldflda":
                TypeLoading.loaded(il.module().resolveField(token, il.context()));
                break;
            case "ldsfld": case "stsfld": case "ldsflda": {
                FieldDesc f = TypeLoading.loaded(il.module().resolveField(token, il.context()));
                sink.staticBase(f.owningType(), "static field " + f.name() + " used in " + from);
                sink.staticField(f, "static field " + f.name() + " used in " + from);
                if (f.owningType() != null && method != f.owningType().staticConstructor()) {
                    sink.classConstructor(f.owningType(), "static field " + f.name() + " used in " + from);
                }
                break;
            }
            case "newarr": {
                TypeDesc element = TypeLoading.loaded(il.module().resolveType(token, il.context()));
                sink.constructed(element.makeArrayType(), "newarr in " + from);
                sink.descriptorUse(element, "array element type in " + from);
                boxableElements(element, from, sink);
                break;
            }
            case "castclass": case "isinst": case "unbox": case "unbox.any": case "ldelema": case "ldelem":
            case "stelem": case "ldobj": case "stobj": case "initobj": case "sizeof": case "cpobj": case "refanyval":
            case "mkrefany": {
                sink.descriptorUse(TypeLoading.loaded(il.module().resolveType(token, il.context())), op + " in " + from);
                break;
            }
            case "ldtoken": {
                var table = dev.kiln.typesystem.metadata.Tokens.table(token);
                if (table == dev.kiln.typesystem.metadata.TableId.TypeDef || table == dev.kiln.typesystem.metadata.TableId.TypeRef
                        || table == dev.kiln.typesystem.metadata.TableId.TypeSpec) {
                    sink.descriptorUse(TypeLoading.loaded(il.module().resolveType(token, il.context())), "typeof in " + from);
                } else if (table == dev.kiln.typesystem.metadata.TableId.Field) {
                    TypeLoading.loaded(il.module().resolveField(token, il.context()));
                } else if (table == dev.kiln.typesystem.metadata.TableId.MethodDef
                        || table == dev.kiln.typesystem.metadata.TableId.MethodSpec) {
                    TypeLoading.loaded(il.module().resolveMethod(token, il.context()));
                } else if (table == dev.kiln.typesystem.metadata.TableId.MemberRef) {
                    il.module().resolveMember(token, il.context());
                }
                break;
            }
            case "box": {
                TypeDesc t = TypeLoading.loaded(il.module().resolveType(token, il.context()));
                if (t instanceof dev.kiln.typesystem.InstantiatedType it && it.definition().fullName().equals("System.Nullable`1")) {
                    t = it.arguments().get(0); // boxing a Nullable<T> boxes the T
                }
                if (t.isValueType()) {
                    sink.constructed(t, "box in " + from);
                }
                break;
            }
            default:
                break;
        }
    }

    /** An await compiles to a call of the awaited method's async variant, or to AsyncHelpers' suspension helpers. */
    private static void awaitSite(AwaitSites.Site site, MethodDesc method, DependencySink sink) {
        var ts = method.owningType().typeSystem();
        String reason = "await in " + method.fullName();
        if (site instanceof AwaitSites.VariantCall call) {
            MethodDesc target = call.target();
            sink.methodReference(target, "referenced by " + method.fullName());
            sink.asyncVariantCall(target, call.dispatch(), reason);
            if (target.isStatic()) {
                preciseInit(target.owningType(), method, sink, reason);
            }
        } else if (site instanceof AwaitSites.ValueAwait await) {
            sink.methodReference(await.helper(), "referenced by " + method.fullName());
            for (MethodDesc helper : AsyncHelperMethods.forAwaitHelper(ts, await.helper())) {
                sink.methodBody(helper, reason);
            }
        } else if (site instanceof AwaitSites.AwaitReturn ret) {
            for (MethodDesc helper : AsyncHelperMethods.valueAwait(ts, ret.taskType())) {
                sink.methodBody(helper, "returned task awaited in the async version of " + method.fullName());
            }
        }
    }

    private static void call(MethodDesc target, boolean dispatch, MethodDesc caller, DependencySink sink, String reason) {
        if (GenericVirtualMethods.isGenericVirtualCall(target, dispatch)) {
            sink.genericVirtualUse((dev.kiln.typesystem.InstantiatedMethod) target, reason);
            return;
        }
        boolean virtualDispatch = dispatch && target.isVirtual() && !target.isFinal() && !target.owningType().isSealed();
        if (virtualDispatch) {
            sink.virtualUse(target, reason);
        } else if (target.hasIL() || dev.kiln.il.DelegateMethods.isInvoke(target)
                || dev.kiln.il.ThrowingMethods.unsupportedRuntimeMethod(target) != null
                || PInvokeStubNode.isBindable(target)) {
            sink.methodBody(target, reason);
        }
        if (target.isStatic() || target.isConstructor()) {
            // an instance constructor reached by `call` (a base or struct constructor) also initializes its type
            preciseInit(target.owningType(), caller, sink, reason);
        }
    }

    /** Array.GetValue boxes the elements of arrays of values: their type needs a full descriptor. */
    private static void boxableElements(TypeDesc element, String from, DependencySink sink) {
        if (element.isValueType() && !element.containsGenericParameters()) {
            sink.constructed(element, "Array.GetValue may box the elements of arrays made in " + from);
        }
    }

    private static void preciseInit(TypeDesc type, MethodDesc caller, DependencySink sink, String reason) {
        boolean beforeFieldInit = type.isBeforeFieldInit();
        if (!beforeFieldInit && caller.owningType() != type && type.staticConstructor() != null) {
            sink.classConstructor(type, reason);
        }
    }
}
