package dev.kiln.typesystem;

import dev.kiln.typesystem.metadata.BadImageFormatException;
import dev.kiln.typesystem.metadata.BlobReader;
import dev.kiln.typesystem.metadata.CustomAttributeRow;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites a custom attribute blob (ECMA-335 II.23.3) into the self-describing form reflection decodes at run time
 * (corelib System.Reflection.AttributeReader): every value carries its element code, and where the blob names a type
 * by string (typeof arguments, enum types of boxed and named arguments) or the reader needs one (enums, arrays) the
 * value holds an index into {@link Transcoded#types}, which the compiler emits as descriptors. So the run time needs
 * neither the constructor's signature nor a type-name parser.
 * <p>
 * Format (little-endian): u16 fixed count, values; u16 named count, then per named argument u8 0x53 (field) or 0x54
 * (property), the name (i32 byte length, UTF-8), value. A value is u8 code then: 0x02..0x0D the raw primitive; 0x0E
 * i32 length (-1: null) and UTF-8; 0x50 i32 type index (-1: null); 0x55 i32 enum type index, u8 underlying code, raw;
 * 0x1D i32 array type index, i32 count (-1: null), the elements as values.
 */
public final class CustomAttributeTranscoder {
    /** A named argument: the field or property the attribute's constructor does not set. */
    public record Named(String name, boolean isField) {
    }

    /** The attribute's constructor, the transcoded arguments, the types they index, and the named members. */
    public record Transcoded(MethodDesc constructor, byte[] data, List<TypeDesc> types, List<Named> named) {
    }

    private static final int MAX_ARRAY = 1 << 20;

    private final EcmaModule module;
    private final CustomAttributeDecoder names;
    private ByteArrayOutputStream out;
    private List<TypeDesc> types;

    public CustomAttributeTranscoder(EcmaModule module) {
        this.module = module;
        this.names = new CustomAttributeDecoder(module);
    }

    public Transcoded transcode(int customAttributeRid) {
        CustomAttributeRow row = module.metadata().customAttribute(customAttributeRid);
        MethodDesc ctor = module.resolveMethod(row.constructorToken(), GenericContext.NONE);
        BlobReader r = module.metadata().blob(row.value());
        out = new ByteArrayOutputStream();
        types = new ArrayList<>();
        List<Named> named = new ArrayList<>();
        List<TypeDesc> parameters = ctor.signature().parameters();
        if (r.length() == 0) {
            u16(parameters.size() == 0 ? 0 : fail("has no value for its constructor's arguments"));
            u16(0);
            return new Transcoded(ctor, out.toByteArray(), types, named);
        }
        if (r.readUInt16() != 0x0001) {
            fail("has no 0x0001 prolog");
        }
        u16(parameters.size());
        for (TypeDesc p : parameters) {
            fixedValue(r, p, 0);
        }
        int count = r.hasMore() ? r.readUInt16() : 0;
        u16(count);
        for (int i = 0; i < count; i++) {
            int kind = r.readByte();
            if (kind != 0x53 && kind != 0x54) {
                fail("has a named argument of kind 0x" + Integer.toHexString(kind));
            }
            TypeDesc type = serType(r, 0);
            String name = r.readSerString();
            out.write(kind);
            string(name);
            fixedValue(r, type, 0);
            named.add(new Named(name, kind == 0x53));
        }
        return new Transcoded(ctor, out.toByteArray(), types, named);
    }

    /** A value of a statically known type (a constructor parameter's, or a named argument's FieldOrPropType). */
    private void fixedValue(BlobReader r, TypeDesc type, int depth) {
        if (depth > 8) {
            fail("nests too deeply");
        }
        TypeSystem ts = module.typeSystem();
        if (type instanceof ArrayType a) {
            int n = r.readInt32();
            out.write(0x1D);
            i32(typeIndex(a));
            i32(n);
            if (n != -1 && (n < 0 || n > MAX_ARRAY || n > r.length())) {
                fail("has an array of " + n + " elements");
            }
            for (int i = 0; i < n; i++) {
                fixedValue(r, a.elementType(), depth + 1);
            }
        } else if (type.isEnum()) {
            TypeDesc underlying = ((EcmaType) type).enumUnderlyingType();
            out.write(0x55);
            i32(typeIndex(type));
            primitive(r, underlying.category());
        } else if (type == ts.wellKnown(WellKnownType.OBJECT)) {
            fixedValue(r, serType(r, depth + 1), depth + 1);
        } else if (type.category() == TypeCategory.STRING) {
            out.write(0x0E);
            string(r.readSerString());
        } else if (isSystemType(type)) {
            String name = r.readSerString();
            out.write(0x50);
            i32(name == null ? -1 : typeIndex(names.resolveTypeName(name)));
        } else {
            primitive(r, type.category());
        }
    }

    private static boolean isSystemType(TypeDesc type) {
        return type instanceof EcmaType e && e.namespace().equals("System") && e.name().equals("Type");
    }

    /** A FieldOrPropType (II.23.3) as the type it names. */
    private TypeDesc serType(BlobReader r, int depth) {
        if (depth > 8) {
            fail("has a type that nests too deeply");
        }
        TypeSystem ts = module.typeSystem();
        int code = r.readByte();
        switch (code) {
            case 0x1D: return serType(r, depth + 1).makeArrayType();
            case 0x55: return names.resolveTypeName(r.readSerString());
            case 0x50: return ts.coreLibraryModule().findType("System", "Type");
            case 0x51: return ts.wellKnown(WellKnownType.OBJECT);
            case 0x0E: return ts.wellKnown(WellKnownType.STRING);
            default:
                if (code >= 0x02 && code <= 0x0D) {
                    return ts.primitive(dev.kiln.typesystem.metadata.ElementType.fromCode(code));
                }
                throw new BadImageFormatException(module.displayName() + ": custom attribute argument type 0x" + Integer.toHexString(code));
        }
    }

    private void primitive(BlobReader r, TypeCategory c) {
        switch (c) {
            case BOOLEAN: out.write(0x02); out.write(r.readByte()); break;
            case CHAR: out.write(0x03); u16(r.readUInt16()); break;
            case INT8: out.write(0x04); out.write(r.readByte()); break;
            case UINT8: out.write(0x05); out.write(r.readByte()); break;
            case INT16: out.write(0x06); u16(r.readUInt16()); break;
            case UINT16: out.write(0x07); u16(r.readUInt16()); break;
            case INT32: out.write(0x08); i32(r.readInt32()); break;
            case UINT32: out.write(0x09); i32(r.readInt32()); break;
            case INT64: out.write(0x0A); i64(r.readInt64()); break;
            case UINT64: out.write(0x0B); i64(r.readInt64()); break;
            case FLOAT32: out.write(0x0C); i32(Float.floatToRawIntBits(r.readFloat())); break;
            case FLOAT64: out.write(0x0D); i64(Double.doubleToRawLongBits(r.readDouble())); break;
            default: fail("has an argument of unsupported type " + c);
        }
    }

    private int typeIndex(TypeDesc type) {
        int i = types.indexOf(type);
        if (i < 0) {
            types.add(type);
            i = types.size() - 1;
        }
        return i;
    }

    private void string(String s) {
        if (s == null) {
            i32(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        i32(bytes.length);
        out.writeBytes(bytes);
    }

    private void u16(int v) {
        out.write(v & 0xFF);
        out.write((v >>> 8) & 0xFF);
    }

    private void i32(int v) {
        u16(v);
        u16(v >>> 16);
    }

    private void i64(long v) {
        i32((int) v);
        i32((int) (v >>> 32));
    }

    private int fail(String what) {
        throw new BadImageFormatException(module.displayName() + ": custom attribute " + what);
    }
}
