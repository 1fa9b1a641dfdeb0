package dev.kiln.typesystem;

import dev.kiln.typesystem.metadata.BlobReader;
import dev.kiln.typesystem.metadata.ImplMapRow;
import dev.kiln.typesystem.metadata.MetadataFile;
import dev.kiln.typesystem.metadata.TableId;
import dev.kiln.typesystem.metadata.Tokens;

/**
 * What a P/Invoke method's metadata says about binding and marshalling it (ECMA-335 II.22.22 ImplMap, II.22.17
 * FieldMarshal): the library (ModuleRef name as written in [DllImport]), the entry point, the PInvokeAttributes
 * flags, and the MarshalAs native type of the return value (index 0) and of each parameter (index 1..n), 0 where
 * none is given.
 */
public record PInvokeMetadata(String library, String entryPoint, int flags, int[] nativeTypes) {
    public static final int NO_MANGLE = 0x0001;
    public static final int CHARSET_MASK = 0x0006;
    public static final int CHARSET_ANSI = 0x0002;
    public static final int CHARSET_UNICODE = 0x0004;
    public static final int CHARSET_AUTO = 0x0006;
    public static final int SUPPORTS_LAST_ERROR = 0x0040;
    public static final int CALL_CONV_MASK = 0x0700;
    public static final int CALL_CONV_WINAPI = 0x0100;
    public static final int CALL_CONV_CDECL = 0x0200;
    public static final int CALL_CONV_STDCALL = 0x0300;
    public static final int CALL_CONV_THISCALL = 0x0400;
    public static final int CALL_CONV_FASTCALL = 0x0500;

    /** MarshalAs native types (System.Runtime.InteropServices.UnmanagedType) Kiln understands. */
    public static final int NATIVE_BOOL = 0x02;
    public static final int NATIVE_I1 = 0x03;
    public static final int NATIVE_U1 = 0x04;
    public static final int NATIVE_LPSTR = 0x14;
    public static final int NATIVE_LPWSTR = 0x15;
    public static final int NATIVE_LPUTF8STR = 0x30;

    /** The P/Invoke metadata of method, or null when it is not a P/Invoke method or has no ImplMap row. */
    public static PInvokeMetadata of(MethodDesc method) {
        if (!(method.typicalDefinition() instanceof EcmaMethod e) || !e.isPInvoke()) {
            return null;
        }
        MetadataFile md = e.module().metadata();
        int token = e.token();
        for (int rid = 1; rid <= md.rowCount(TableId.ImplMap); rid++) {
            ImplMapRow row = md.implMap(rid);
            if (row.memberForwardedToken() == token) {
                String library = md.moduleRef(row.importScopeRid()).name();
                String entry = row.importName() == null || row.importName().isEmpty() ? e.name() : row.importName();
                return new PInvokeMetadata(library, entry, row.mappingFlags(), nativeTypes(e));
            }
        }
        return null;
    }

    /**
     * How a delegate's Invoke crosses to native code when the delegate is a callback (or wraps a native function
     * pointer): no library or entry point, the C calling convention, the CharSet and SetLastError of the delegate
     * type's [UnmanagedFunctionPointer] (Ansi, that is UTF-8, without one), and the MarshalAs types of Invoke's
     * parameters.
     */
    public static PInvokeMetadata forDelegate(MethodDesc invoke) {
        int[] types = invoke.typicalDefinition() instanceof EcmaMethod e ? nativeTypes(e)
                : new int[invoke.signature().parameters().size() + 1];
        int flags = CALL_CONV_CDECL | CHARSET_ANSI;
        if (invoke.owningType() instanceof EcmaType delegate) {
            CustomAttributeValue attribute = unmanagedFunctionPointer(delegate);
            if (attribute != null) {
                flags = CALL_CONV_CDECL | charSetFlags(attribute.namedArguments().get("CharSet"))
                        | (Boolean.TRUE.equals(attribute.namedArguments().get("SetLastError")) ? SUPPORTS_LAST_ERROR : 0);
            }
        }
        return new PInvokeMetadata(null, null, flags, types);
    }

    private static CustomAttributeValue unmanagedFunctionPointer(EcmaType delegate) {
        MetadataFile md = delegate.module().metadata();
        for (int rid : md.customAttributes(delegate.token())) {
            try {
                TypeDesc owner = delegate.module().resolveMethod(md.customAttribute(rid).constructorToken(), GenericContext.NONE)
                        .owningType();
                if (owner instanceof EcmaType e && e.namespace().equals("System.Runtime.InteropServices")
                        && e.name().equals("UnmanagedFunctionPointerAttribute")) {
                    return new CustomAttributeDecoder(delegate.module()).decode(rid);
                }
            } catch (TypeLoadException e) {
                // an attribute from an assembly that is not available cannot be the one asked for
            }
        }
        return null;
    }

    /** System.Runtime.InteropServices.CharSet (None 1, Ansi 2, Unicode 3, Auto 4) as PInvokeAttributes flags. */
    private static int charSetFlags(Object value) {
        Object v = value instanceof CustomAttributeValue.EnumValue e ? e.value() : value;
        int charSet = v instanceof Number n ? n.intValue() : 2;
        return charSet == 3 ? CHARSET_UNICODE : charSet == 4 ? CHARSET_AUTO : CHARSET_ANSI;
    }

    /** The first byte of each FieldMarshal blob of the method's Param rows, by sequence (0 = the return value). */
    private static int[] nativeTypes(EcmaMethod method) {
        MetadataFile md = method.module().metadata();
        int[] types = new int[method.signature().parameters().size() + 1];
        var row = md.methodDef(Tokens.rid(method.token()));
        for (int list = row.firstParam(); list < row.endParam(); list++) {
            int paramRid = md.paramRidAt(list);
            int sequence = md.param(paramRid).sequence();
            if (sequence < types.length) {
                types[sequence] = fieldMarshal(md, Tokens.make(TableId.Param, paramRid));
            }
        }
        return types;
    }

    private static int fieldMarshal(MetadataFile md, int parentToken) {
        for (int rid = 1; rid <= md.rowCount(TableId.FieldMarshal); rid++) {
            if (md.column(TableId.FieldMarshal, rid, 0) == parentToken) {
                BlobReader blob = md.blob(md.column(TableId.FieldMarshal, rid, 1));
                return blob.hasMore() ? blob.readByte() & 0xFF : 0;
            }
        }
        return 0;
    }

    public int charSet() {
        return flags & CHARSET_MASK;
    }

    public boolean setLastError() {
        return (flags & SUPPORTS_LAST_ERROR) != 0;
    }

    /** The MarshalAs native type of parameter i (0-based), 0 if none. */
    public int parameterNativeType(int i) {
        return nativeTypes[i + 1];
    }

    public int returnNativeType() {
        return nativeTypes[0];
    }
}
