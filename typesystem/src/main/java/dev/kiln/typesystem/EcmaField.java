package dev.kiln.typesystem;

import dev.kiln.typesystem.metadata.FieldRow;

/** A field defined by a Field row. */
public final class EcmaField extends FieldDesc {
    private static final int STATIC = 0x10;
    private static final int LITERAL = 0x40;
    private static final int HAS_FIELD_RVA = 0x100;

    private final EcmaModule module;
    private final int rid;
    private final FieldRow row;
    private volatile EcmaType owningType;
    private volatile TypeDesc fieldType;

    EcmaField(EcmaModule module, int rid, FieldRow row) {
        this.module = module;
        this.rid = rid;
        this.row = row;
    }

    public int rid() {
        return rid;
    }

    public EcmaModule module() {
        return module;
    }

    @Override
    public EcmaType owningType() {
        EcmaType t = owningType;
        if (t == null) {
            t = module.typeDef(module.metadata().declaringTypeOfField(rid));
            owningType = t;
        }
        return t;
    }

    @Override
    public String name() {
        return row.name();
    }

    @Override
    public TypeDesc fieldType() {
        TypeDesc t = fieldType;
        if (t == null) {
            t = module.resolveSigType(module.signatures().decodeFieldSig(row.signature()), GenericContext.NONE);
            fieldType = t;
        }
        return t;
    }

    @Override
    public boolean isStatic() {
        return (row.flags() & STATIC) != 0;
    }

    @Override
    public boolean isLiteral() {
        return (row.flags() & LITERAL) != 0;
    }

    /** Explicit offset from the FieldLayout table, or -1. */
    public int explicitOffset() {
        return module.metadata().fieldOffset(rid);
    }

    @Override
    public byte[] rvaData() {
        if ((row.flags() & HAS_FIELD_RVA) == 0) {
            return null;
        }
        int rva = module.metadata().fieldRva(rid);
        if (rva == 0) {
            return null;
        }
        int size = module.typeSystem().layoutOf(fieldType()).size();
        return module.metadata().dataAtRva(rva, size);
    }
}
