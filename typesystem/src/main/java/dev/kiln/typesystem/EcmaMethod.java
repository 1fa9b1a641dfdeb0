package dev.kiln.typesystem;

import dev.kiln.typesystem.metadata.MethodBody;
import dev.kiln.typesystem.metadata.MethodDefRow;
import dev.kiln.typesystem.metadata.TableId;
import dev.kiln.typesystem.metadata.Tokens;
import java.util.List;

/** A method defined by a MethodDef row. */
public final class EcmaMethod extends MethodDesc {
    private static final int STATIC = 0x10;
    private static final int FINAL = 0x20;
    private static final int VIRTUAL = 0x40;
    private static final int NEW_SLOT = 0x100;
    private static final int ABSTRACT = 0x400;
    private static final int PINVOKE_IMPL = 0x2000;
    private static final int IMPL_INTERNAL_CALL = 0x1000;
    private static final int IMPL_RUNTIME_ASYNC = 0x2000;
    private static final int IMPL_CODE_TYPE_MASK = 0x3;
    private static final int IMPL_RUNTIME = 0x3;

    private final EcmaModule module;
    private final int rid;
    private final MethodDefRow row;
    private volatile EcmaType owningType;
    private volatile MethodSignature signature;
    private volatile int vararg; // 0 unknown, 1 vararg, 2 not
    private volatile MethodIL il;

    EcmaMethod(EcmaModule module, int rid, MethodDefRow row) {
        this.module = module;
        this.rid = rid;
        this.row = row;
    }

    public EcmaModule module() {
        return module;
    }

    public int token() {
        return Tokens.make(TableId.MethodDef, rid);
    }

    public int flags() {
        return row.flags();
    }

    public int implFlags() {
        return row.implFlags();
    }

    @Override
    public EcmaType owningType() {
        EcmaType t = owningType;
        if (t == null) {
            t = module.typeDef(module.metadata().declaringTypeOfMethod(rid));
            owningType = t;
        }
        return t;
    }

    @Override
    public String name() {
        return row.name();
    }

    @Override
    public boolean isVararg() {
        int v = vararg;
        if (v == 0) {
            v = module.signatures().decodeMethodSig(row.signature()).isVararg() ? 1 : 2;
            vararg = v;
        }
        return v == 1;
    }

    @Override
    public MethodSignature signature() {
        MethodSignature s = signature;
        if (s == null) {
            s = module.resolveMethodSignature(module.signatures().decodeMethodSig(row.signature()), GenericContext.NONE);
            signature = s;
        }
        return s;
    }

    @Override
    public boolean isStatic() {
        return (row.flags() & STATIC) != 0;
    }

    @Override
    public boolean isVirtual() {
        return (row.flags() & VIRTUAL) != 0;
    }

    @Override
    public boolean isNewSlot() {
        return (row.flags() & NEW_SLOT) != 0;
    }

    @Override
    public boolean isAbstract() {
        return (row.flags() & ABSTRACT) != 0;
    }

    @Override
    public boolean isFinal() {
        return (row.flags() & FINAL) != 0;
    }

    @Override
    public boolean isInternalCall() {
        return (row.implFlags() & IMPL_INTERNAL_CALL) != 0;
    }

    /** Methods whose code the runtime provides (delegate Invoke and friends). */
    public boolean isRuntimeImplemented() {
        return (row.implFlags() & IMPL_CODE_TYPE_MASK) == IMPL_RUNTIME;
    }

    public boolean isPInvoke() {
        return (row.flags() & PINVOKE_IMPL) != 0;
    }

    @Override
    public boolean isRuntimeAsync() {
        return (row.implFlags() & IMPL_RUNTIME_ASYNC) != 0;
    }

    @Override
    public boolean hasIL() {
        return row.rva() != 0;
    }

    @Override
    public MethodIL methodIL() {
        if (row.rva() == 0) {
            return null;
        }
        MethodIL m = il;
        if (m == null) {
            MethodBody body = module.metadata().methodBody(row.rva());
            List<TypeDesc> locals = body.localVarSigToken() == 0 ? List.of()
                    : module.resolveLocals(body.localVarSigToken(), GenericContext.NONE);
            m = new MethodIL(module, this, body.code(), body.maxStack(), body.initLocals(), locals, body.clauses(),
                    GenericContext.NONE);
            il = m;
        }
        return m;
    }

    public java.util.List<GenericParameterInfo> genericParameters() {
        return module.genericParameters(token());
    }

    @Override
    public String location() {
        return module.displayName() + ": " + fullName() + " [" + Tokens.format(token()) + "]";
    }
}
