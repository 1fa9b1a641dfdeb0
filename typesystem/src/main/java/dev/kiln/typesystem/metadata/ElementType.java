package dev.kiln.typesystem.metadata;

/** Signature element types (ECMA-335 II.23.1.16). */
public enum ElementType {
    END(0x00), VOID(0x01), BOOLEAN(0x02), CHAR(0x03), I1(0x04), U1(0x05), I2(0x06), U2(0x07), I4(0x08), U4(0x09),
    I8(0x0A), U8(0x0B), R4(0x0C), R8(0x0D), STRING(0x0E), PTR(0x0F), BYREF(0x10), VALUETYPE(0x11), CLASS(0x12),
    VAR(0x13), ARRAY(0x14), GENERICINST(0x15), TYPEDBYREF(0x16), I(0x18), U(0x19), FNPTR(0x1B), OBJECT(0x1C),
    SZARRAY(0x1D), MVAR(0x1E), CMOD_REQD(0x1F), CMOD_OPT(0x20), INTERNAL(0x21), MODIFIER(0x40), SENTINEL(0x41),
    PINNED(0x45);

    private static final ElementType[] BY_CODE = new ElementType[0x50];

    static {
        for (ElementType e : values()) {
            BY_CODE[e.code] = e;
        }
    }

    private final int code;

    ElementType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static ElementType fromCode(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }
}
