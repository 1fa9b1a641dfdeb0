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
    private volatile Boolean threadStatic;

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

    /**
     * Whether the field's signature carries modreq(System.Runtime.CompilerServices.IsVolatile), C#'s volatile: the one
     * required modifier compilers put on fields (FieldInfo.GetRequiredCustomModifiers).
     */
    public boolean isVolatile() {
        var sig = module.signatures().decodeFieldSig(row.signature());
        while (sig instanceof dev.kiln.typesystem.metadata.SigType.Modified m) {
            if (m.required()) {
                TypeDesc modifier = TypeLoading.unlessMissing(() -> module.resolveType(m.modifierToken(), GenericContext.NONE));
                if (modifier != null && modifier.fullName().equals("System.Runtime.CompilerServices.IsVolatile")) {
                    return true;
                }
            }
            sig = m.type();
        }
        return false;
    }

    /** ECMA-335 II.23.1.5 FieldAttributes. */
    public int flags() {
        return row.flags();
    }

    @Override
    public boolean isStatic() {
        return (row.flags() & STATIC) != 0;
    }

    @Override
    public boolean isLiteral() {
        return (row.flags() & LITERAL) != 0;
    }

    @Override
    public boolean isThreadStatic() {
        Boolean b = threadStatic;
        if (b == null) {
            int token = dev.kiln.typesystem.metadata.Tokens.make(dev.kiln.typesystem.metadata.TableId.Field, rid);
            b = isStatic() && !isLiteral() && module.hasCustomAttribute(token, "System", "ThreadStaticAttribute");
            threadStatic = b;
        }
        return b;
    }

    /** The value of a literal (const) field of integral type, or null (ECMA-335 II.22.9 Constant table). */
    public Long constantValue() {
        var md = module.metadata();
        int token = dev.kiln.typesystem.metadata.Tokens.make(dev.kiln.typesystem.metadata.TableId.Field, rid);
        for (int r = 1; r <= md.rowCount(dev.kiln.typesystem.metadata.TableId.Constant); r++) {
            var row = md.constant(r);
            if (row.parentToken() != token) {
                continue;
            }
            var blob = md.blob(row.value());
            switch (row.type()) {
                case 0x02: case 0x05: return (long) blob.readByte();
                case 0x04: return (long) (byte) blob.readByte();
                case 0x03: case 0x07: return (long) blob.readUInt16();
                case 0x06: return (long) (short) blob.readUInt16();
                case 0x08: return (long) blob.readInt32();
                case 0x09: return blob.readInt32() & 0xFFFFFFFFL;
                case 0x0A: case 0x0B: return blob.readInt64();
                default: return null;
            }
        }
        return null;
    }

    /**
     * A literal's value as reflection stores it: integers as constantValue gives them, float32 and float64 as their
     * IEEE bits (zero-extended), null for a string or null-reference literal or a field without a constant.
     */
    public Long constantBits() {
        var row = constantRow();
        if (row == null) {
            return null;
        }
        var blob = module.metadata().blob(row.value());
        return switch (row.type()) {
            case 0x0C -> blob.readInt32() & 0xFFFFFFFFL;
            case 0x0D -> blob.readInt64();
            default -> constantValue();
        };
    }

    /** A string literal's value (ELEMENT_TYPE_STRING constant, UTF-16 in the blob), else null. */
    public String stringConstant() {
        var row = constantRow();
        if (row == null || row.type() != 0x0E) {
            return null;
        }
        byte[] bytes = module.metadata().blobBytes(row.value());
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_16LE);
    }

    private dev.kiln.typesystem.metadata.ConstantRow constantRow() {
        var md = module.metadata();
        int token = dev.kiln.typesystem.metadata.Tokens.make(dev.kiln.typesystem.metadata.TableId.Field, rid);
        for (int r = 1; r <= md.rowCount(dev.kiln.typesystem.metadata.TableId.Constant); r++) {
            var row = md.constant(r);
            if (row.parentToken() == token) {
                return row;
            }
        }
        return null;
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
