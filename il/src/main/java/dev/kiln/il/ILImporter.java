package dev.kiln.il;

import dev.kiln.typesystem.EcmaModule;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.MethodIL;
import dev.kiln.typesystem.MethodSignature;
import dev.kiln.typesystem.TypeDesc;
import dev.kiln.typesystem.TypeLoadException;
import dev.kiln.typesystem.TypeLoading;
import dev.kiln.typesystem.metadata.BadImageFormatException;
import dev.kiln.typesystem.metadata.ExceptionClause;
import dev.kiln.typesystem.metadata.ILReader;
import dev.kiln.typesystem.metadata.Instruction;
import dev.kiln.typesystem.metadata.OpCode;
import dev.kiln.typesystem.metadata.TableId;
import dev.kiln.typesystem.metadata.Tokens;
import java.util.List;
import java.util.Map;

/**
 * The IL importer (dotnet's ILImporter is the model): decodes a body once (importBody) and walks it (walk) in IL
 * order, resolving every token and deciding every call, for one of its two halves — the dependency scanner or the
 * code generator (ILVisitor). Because both halves are driven by the same walk over the same decisions, what the
 * code generator emits is by construction what the scanner reported.
 */
public final class ILImporter {
    private ILImporter() {
    }

    /**
     * Decodes method's IL as compiled in mode (null: an ordinary body), after checking what .NET's loader checks
     * before a method runs (its signature and locals load), and finds its await sites. Null when it has no IL.
     *
     * @throws TypeLoadException        the signature, a local or an awaited call names something that cannot load
     * @throws BadImageFormatException  the IL cannot be decoded (the message names the method)
     */
    public static ImportedBody importBody(MethodDesc method, AwaitSites.Mode mode) {
        return importBody(method, mode, false);
    }

    /** keepFrame: a runtime-async body's tail awaits are ordinary awaits (AwaitSites.find). */
    public static ImportedBody importBody(MethodDesc method, AwaitSites.Mode mode, boolean keepFrame) {
        MethodIL il = method.methodIL();
        if (il == null) {
            return null;
        }
        TypeLoading.ensureSignatureLoadable(method);
        for (TypeDesc local : il.locals()) {
            TypeLoading.ensureLoadable(local);
        }
        List<Instruction> code;
        try {
            code = ILReader.decode(il.code());
        } catch (BadImageFormatException e) {
            throw new BadImageFormatException(method.location() + " at " + e.getMessage());
        }
        Map<Integer, AwaitSites.Site> sites = mode == null ? Map.of() : AwaitSites.find(method, code, mode, keepFrame);
        return new ImportedBody(method, mode, il, code, sites);
    }

    /** Walks body for visitor: catch clauses first, then every instruction in IL order. */
    public static void walk(ImportedBody body, ILVisitor visitor) {
        MethodIL il = body.il();
        for (ExceptionClause clause : il.exceptionClauses()) {
            if (clause.kind() == ExceptionClause.CATCH) {
                try {
                    visitor.caught(clause, TypeLoading.loaded(il.module().resolveType(clause.classTokenOrFilterOffset(), il.context())));
                } catch (TypeLoadException e) {
                    if (e.missing() == null) {
                        throw failure(body, clause.handlerOffset(), e);
                    }
                    visitor.missing(e.missing(), clause.handlerOffset());
                }
            }
        }
        List<Instruction> code = body.code();
        TypeDesc constrained = null;
        boolean tail = false;
        for (int index = 0; index < code.size(); index++) {
            Instruction insn = code.get(index);
            if (!visitor.begin(insn)) {
                constrained = null;
                tail = false;
                continue;
            }
            try {
                AwaitSites.Site site = body.awaitSites().get(index);
                if (site != null) {
                    visitor.await(insn, site);
                    index += site.consumed();
                } else {
                    switch (insn.opcode()) {
                        case CONSTRAINED:
                            constrained = TypeLoading.loaded(il.module().resolveType((int) insn.operand(), il.context()));
                            continue;
                        case TAIL:
                            tail = true;
                            continue;
                        case VOLATILE: case UNALIGNED: case READONLY: case NO:
                            continue;
                        default:
                            dispatch(insn, il, constrained, tail, visitor);
                    }
                }
            } catch (TypeLoadException e) {
                if (e.missing() == null) {
                    throw failure(body, insn.offset(), e);
                }
                visitor.missing(e.missing(), insn.offset());
            } catch (BadImageFormatException e) {
                throw failure(body, insn.offset(), e);
            }
            constrained = null;
            tail = false;
        }
    }

    /** One instruction (not a prefix), its token resolved, to the visitor method for its kind. */
    private static void dispatch(Instruction insn, MethodIL il, TypeDesc constrained, boolean tail, ILVisitor visitor) {
        int token = (int) insn.operand();
        OpCode op = insn.opcode();
        switch (op) {
            case CALL: case CALLVIRT: {
                MethodDesc target = method(il, token);
                CallSite site = CallSite.call(target, op == OpCode.CALLVIRT, constrained, tail);
                // only a vararg target's call site lists extra arguments: ordinary calls read no signature again
                visitor.call(insn, target.isVararg() ? site.withVarargs(il.module().varargArguments(token, il.context())) : site);
                break;
            }
            case NEWOBJ:
                visitor.newObject(insn, NewObjectSite.of(method(il, token)));
                break;
            case LDFTN: case LDVIRTFTN:
                visitor.functionPointer(insn, CallSite.function(method(il, token), op == OpCode.LDVIRTFTN));
                break;
            case JMP:
                visitor.jump(insn, CallSite.function(method(il, token), false));
                break;
            case CALLI:
                visitor.indirectCall(insn, standAloneSignature(il, token));
                break;
            case LDSTR:
                visitor.loadString(insn, il.module().userString(token));
                break;
            case LDFLD: case LDFLDA: case STFLD: case LDSFLD: case LDSFLDA: case STSFLD:
                visitor.field(insn, TypeLoading.loaded(il.module().resolveField(token, il.context())));
                break;
            case NEWARR: case CASTCLASS: case ISINST: case BOX: case UNBOX: case UNBOX_ANY: case LDELEMA: case LDELEM:
            case STELEM: case LDOBJ: case STOBJ: case INITOBJ: case SIZEOF: case CPOBJ: case MKREFANY: case REFANYVAL:
                visitor.type(insn, type(il, token));
                break;
            case LDTOKEN:
                visitor.token(insn, member(il, token));
                break;
            default:
                visitor.simple(insn);
        }
    }

    private static MethodDesc method(MethodIL il, int token) {
        return TypeLoading.loaded(il.module().resolveMethod(token, il.context()));
    }

    private static TypeDesc type(MethodIL il, int token) {
        return TypeLoading.loaded(il.module().resolveType(token, il.context()));
    }

    /** What ldtoken names: a TypeDesc, FieldDesc or MethodDesc. */
    private static Object member(MethodIL il, int token) {
        TableId table = Tokens.table(token);
        if (table == TableId.TypeDef || table == TableId.TypeRef || table == TableId.TypeSpec) {
            return type(il, token);
        }
        if (table == TableId.Field) {
            return TypeLoading.loaded(il.module().resolveField(token, il.context()));
        }
        if (table == TableId.MethodDef || table == TableId.MethodSpec) {
            return method(il, token);
        }
        if (table == TableId.MemberRef) {
            Object member = il.module().resolveMember(token, il.context());
            return member instanceof MethodDesc m ? TypeLoading.loaded(m)
                    : TypeLoading.loaded((dev.kiln.typesystem.FieldDesc) member);
        }
        throw new BadImageFormatException("ldtoken of " + Tokens.format(token) + ", which is not a type, field or method");
    }

    private static MethodSignature standAloneSignature(MethodIL il, int token) {
        EcmaModule module = il.module();
        return module.resolveMethodSignature(module.signatures().decodeMethodSig(
                module.metadata().standAloneSig(Tokens.rid(token)).signature()), il.context());
    }

    private static ILCompileException failure(ImportedBody body, int offset, RuntimeException e) {
        return new ILCompileException(body.method().location() + " at IL_" + String.format("%04x", offset) + ": " + e.getMessage());
    }
}
