package dev.kiln.typesystem.metadata;

import java.util.ArrayList;
import java.util.List;

/** Decodes signature blobs (II.23.2) into {@link SigType} trees, with a recursion limit against hostile input. */
public final class SignatureDecoder {
    private static final int MAX_DEPTH = 64;
    private static final int MAX_COUNT = 0xFFFF;

    private final MetadataFile md;

    public SignatureDecoder(MetadataFile md) {
        this.md = md;
    }

    private BadImageFormatException bad(BlobReader r, String what) {
        return new BadImageFormatException(md.displayName() + ": signature " + what + " at byte " + r.position());
    }

    public MethodSig decodeMethodSig(int blobIndex) {
        BlobReader r = md.blob(blobIndex);
        return methodSig(r, 0);
    }

    public MethodSig decodePropertySig(int blobIndex) {
        BlobReader r = md.blob(blobIndex);
        int flags = r.readByte();
        if ((flags & 0x0F) != 0x08) {
            throw bad(r, "is not a property signature (0x" + Integer.toHexString(flags) + ")");
        }
        int count = count(r);
        SigType ret = type(r, 0);
        List<SigType> params = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            params.add(type(r, 0));
        }
        return new MethodSig(flags, 0, ret, params);
    }

    public SigType decodeFieldSig(int blobIndex) {
        BlobReader r = md.blob(blobIndex);
        int kind = r.readByte();
        if ((kind & 0x0F) != 0x06) {
            throw bad(r, "is not a field signature (0x" + Integer.toHexString(kind) + ")");
        }
        return type(r, 0);
    }

    public List<SigType> decodeLocalsSig(int standAloneSigToken) {
        if (Tokens.table(standAloneSigToken) != TableId.StandAloneSig) {
            throw new BadImageFormatException(md.displayName() + ": local variable signature token "
                    + Tokens.format(standAloneSigToken) + " is not a StandAloneSig");
        }
        int rid = Tokens.rid(standAloneSigToken);
        if (rid < 1 || rid > md.rowCount(TableId.StandAloneSig)) {
            throw new BadImageFormatException(md.displayName() + ": StandAloneSig row " + rid + " does not exist");
        }
        BlobReader r = md.blob(md.standAloneSig(rid).signature());
        int kind = r.readByte();
        if (kind != 0x07) {
            throw bad(r, "is not a local variable signature (0x" + Integer.toHexString(kind) + ")");
        }
        int count = count(r);
        List<SigType> locals = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            locals.add(type(r, 0));
        }
        return locals;
    }

    public SigType decodeTypeSpec(int blobIndex) {
        return type(md.blob(blobIndex), 0);
    }

    public List<SigType> decodeMethodSpec(int blobIndex) {
        BlobReader r = md.blob(blobIndex);
        int kind = r.readByte();
        if (kind != 0x0A) {
            throw bad(r, "is not a method instantiation (0x" + Integer.toHexString(kind) + ")");
        }
        int count = count(r);
        List<SigType> args = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            args.add(type(r, 0));
        }
        return args;
    }

    private int count(BlobReader r) {
        int n = r.readCompressedUInt();
        if (n > MAX_COUNT || n > r.length()) {
            throw bad(r, "has an implausible count " + n);
        }
        return n;
    }

    private MethodSig methodSig(BlobReader r, int depth) {
        int flags = r.readByte();
        int generic = (flags & 0x10) != 0 ? count(r) : 0;
        int paramCount = count(r);
        SigType ret = type(r, depth + 1);
        List<SigType> params = new ArrayList<>(paramCount);
        for (int i = 0; i < paramCount; i++) {
            if (r.hasMore() && r.peekByte() == ElementType.SENTINEL.code()) {
                r.readByte();
                params.add(new SigType.Sentinel());
            }
            params.add(type(r, depth + 1));
        }
        return new MethodSig(flags, generic, ret, params);
    }

    private SigType type(BlobReader r, int depth) {
        if (depth > MAX_DEPTH) {
            throw bad(r, "nests deeper than " + MAX_DEPTH + " levels");
        }
        int code = r.readByte();
        ElementType e = ElementType.fromCode(code);
        if (e == null) {
            throw bad(r, "has an unknown element type 0x" + Integer.toHexString(code));
        }
        switch (e) {
            case VOID: case BOOLEAN: case CHAR: case I1: case U1: case I2: case U2: case I4: case U4: case I8: case U8:
            case R4: case R8: case STRING: case I: case U: case OBJECT: case TYPEDBYREF:
                return new SigType.Primitive(e);
            case CLASS: return new SigType.ClassRef(r.readTypeDefOrRefToken());
            case VALUETYPE: return new SigType.ValueTypeRef(r.readTypeDefOrRefToken());
            case SZARRAY: return new SigType.SzArray(type(r, depth + 1));
            case PTR: return new SigType.Pointer(type(r, depth + 1));
            case BYREF: return new SigType.ByRef(type(r, depth + 1));
            case PINNED: return new SigType.Pinned(type(r, depth + 1));
            case VAR: return new SigType.TypeVar(r.readCompressedUInt());
            case MVAR: return new SigType.MethodVar(r.readCompressedUInt());
            case CMOD_REQD: case CMOD_OPT: {
                int token = r.readTypeDefOrRefToken();
                return new SigType.Modified(e == ElementType.CMOD_REQD, token, type(r, depth + 1));
            }
            case FNPTR: return new SigType.FnPtr(methodSig(r, depth + 1));
            case GENERICINST: {
                int kind = r.readByte();
                if (kind != ElementType.CLASS.code() && kind != ElementType.VALUETYPE.code()) {
                    throw bad(r, "has a generic instantiation of a non-type 0x" + Integer.toHexString(kind));
                }
                int token = r.readTypeDefOrRefToken();
                int count = count(r);
                if (count == 0) {
                    throw bad(r, "has a generic instantiation without arguments");
                }
                List<SigType> args = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    args.add(type(r, depth + 1));
                }
                return new SigType.GenericInst(kind == ElementType.VALUETYPE.code(), token, args);
            }
            case ARRAY: {
                SigType element = type(r, depth + 1);
                int rank = r.readCompressedUInt();
                if (rank == 0 || rank > 32) {
                    throw bad(r, "has an array of rank " + rank);
                }
                int[] sizes = new int[count(r)];
                for (int i = 0; i < sizes.length; i++) {
                    sizes[i] = r.readCompressedUInt();
                }
                int[] bounds = new int[count(r)];
                for (int i = 0; i < bounds.length; i++) {
                    bounds[i] = r.readCompressedInt();
                }
                return new SigType.MdArray(element, rank, sizes, bounds);
            }
            case SENTINEL:
                return new SigType.Sentinel();
            default:
                throw bad(r, "has element type " + e + " where a type is expected");
        }
    }
}
