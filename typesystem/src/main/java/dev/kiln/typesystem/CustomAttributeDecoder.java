package dev.kiln.typesystem;

import dev.kiln.typesystem.metadata.BadImageFormatException;
import dev.kiln.typesystem.metadata.BlobReader;
import dev.kiln.typesystem.metadata.CustomAttributeRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Decodes custom attribute blobs (ECMA-335 II.23.3) against the attribute constructor's signature. */
public final class CustomAttributeDecoder {
    private static final int MAX_ARRAY = 1 << 20;

    private final EcmaModule module;

    public CustomAttributeDecoder(EcmaModule module) {
        this.module = module;
    }

    public CustomAttributeValue decode(int customAttributeRid) {
        CustomAttributeRow row = module.metadata().customAttribute(customAttributeRid);
        MethodDesc ctor = module.resolveMethod(row.constructorToken(), GenericContext.NONE);
        BlobReader r = module.metadata().blob(row.value());
        if (r.length() == 0) {
            return new CustomAttributeValue(ctor, List.of(), Map.of());
        }
        if (r.readUInt16() != 0x0001) {
            throw bad("has no 0x0001 prolog", customAttributeRid);
        }
        List<Object> fixed = new ArrayList<>();
        for (TypeDesc p : ctor.signature().parameters()) {
            fixed.add(fixedValue(r, p, 0));
        }
        Map<String, Object> named = new LinkedHashMap<>();
        if (r.hasMore()) {
            int count = r.readUInt16();
            for (int i = 0; i < count; i++) {
                int kind = r.readByte();
                if (kind != 0x53 && kind != 0x54) {
                    throw bad("has a named argument of kind 0x" + Integer.toHexString(kind), customAttributeRid);
                }
                SerType type = serType(r, 0);
                String name = r.readSerString();
                named.put(name, serValue(r, type, 0));
            }
        }
        return new CustomAttributeValue(ctor, fixed, named);
    }

    private BadImageFormatException bad(String what, int rid) {
        return new BadImageFormatException(module.displayName() + ": custom attribute row " + rid + " " + what);
    }

    private Object fixedValue(BlobReader r, TypeDesc type, int depth) {
        if (depth > 8) {
            throw new BadImageFormatException(module.displayName() + ": custom attribute value nests too deeply");
        }
        if (type instanceof ArrayType a) {
            int n = r.readInt32();
            if (n == -1) {
                return null;
            }
            if (n < 0 || n > MAX_ARRAY || n > r.length()) {
                throw new BadImageFormatException(module.displayName() + ": custom attribute array of " + n + " elements");
            }
            List<Object> items = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                items.add(fixedValue(r, a.elementType(), depth + 1));
            }
            return items;
        }
        if (type.isEnum()) {
            TypeDesc underlying = ((EcmaType) type).enumUnderlyingType();
            return new CustomAttributeValue.EnumValue(type, primitive(r, underlying.category()));
        }
        if (type == type.typeSystem().wellKnown(WellKnownType.OBJECT)) {
            return serValue(r, serType(r, depth + 1), depth + 1);
        }
        if (type.category() == TypeCategory.STRING) {
            return r.readSerString();
        }
        if (type instanceof EcmaType e && e.namespace().equals("System") && e.name().equals("Type")) {
            String name = r.readSerString();
            return name == null ? null : new CustomAttributeValue.TypeName(name);
        }
        return primitive(r, type.category());
    }

    private static Object primitive(BlobReader r, TypeCategory c) {
        switch (c) {
            case BOOLEAN: return r.readByte() != 0;
            case CHAR: return (char) r.readUInt16();
            case INT8: return (byte) r.readByte();
            case UINT8: return (short) r.readByte();
            case INT16: return (short) r.readUInt16();
            case UINT16: return r.readUInt16();
            case INT32: return r.readInt32();
            case UINT32: return r.readInt32() & 0xFFFFFFFFL;
            case INT64: case UINT64: return r.readInt64();
            case FLOAT32: return r.readFloat();
            case FLOAT64: return r.readDouble();
            default: throw new BadImageFormatException("custom attribute argument of unsupported type " + c);
        }
    }

    /** A FieldOrPropType (II.23.3): element code, array-ness, or an enum named by string. */
    private record SerType(int code, SerType element, TypeDesc enumType) {
    }

    private SerType serType(BlobReader r, int depth) {
        if (depth > 8) {
            throw new BadImageFormatException(module.displayName() + ": custom attribute type nests too deeply");
        }
        int code = r.readByte();
        if (code == 0x1D) {
            return new SerType(code, serType(r, depth + 1), null);
        }
        if (code == 0x55) {
            String name = r.readSerString();
            return new SerType(code, null, resolveTypeName(name));
        }
        if ((code >= 0x02 && code <= 0x0E) || code == 0x50 || code == 0x51) {
            return new SerType(code, null, null);
        }
        throw new BadImageFormatException(module.displayName() + ": custom attribute argument type 0x" + Integer.toHexString(code));
    }

    private Object serValue(BlobReader r, SerType t, int depth) {
        TypeSystem ts = module.typeSystem();
        switch (t.code()) {
            case 0x1D: {
                int n = r.readInt32();
                if (n == -1) {
                    return null;
                }
                if (n < 0 || n > MAX_ARRAY || n > r.length()) {
                    throw new BadImageFormatException(module.displayName() + ": custom attribute array of " + n + " elements");
                }
                List<Object> items = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    items.add(serValue(r, t.element(), depth + 1));
                }
                return items;
            }
            case 0x55: return new CustomAttributeValue.EnumValue(t.enumType(),
                    primitive(r, ((EcmaType) t.enumType()).enumUnderlyingType().category()));
            case 0x50: {
                String name = r.readSerString();
                return name == null ? null : new CustomAttributeValue.TypeName(name);
            }
            case 0x51: return serValue(r, serType(r, depth + 1), depth + 1);
            case 0x0E: return r.readSerString();
            default: return fixedValue(r, ts.primitive(dev.kiln.typesystem.metadata.ElementType.fromCode(t.code())), depth + 1);
        }
    }

    /** A serialized type name (SerializedTypeName: assembly-qualified, nested, generic, arrays) → the type. */
    TypeDesc resolveTypeName(String name) {
        if (name == null) {
            throw new BadImageFormatException(module.displayName() + ": custom attribute enum argument without a type name");
        }
        TypeDesc t = SerializedTypeName.resolve(module, name);
        if (t == null) {
            throw new TypeLoadException(module.displayName() + ": custom attribute names unknown type " + name);
        }
        return t;
    }
}
