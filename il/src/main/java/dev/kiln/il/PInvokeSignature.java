package dev.kiln.il;

import dev.kiln.typesystem.ByRefType;
import dev.kiln.typesystem.EcmaType;
import dev.kiln.typesystem.FieldDesc;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.PInvokeMetadata;
import dev.kiln.typesystem.ParameterDirections;
import dev.kiln.typesystem.ParameterizedType;
import dev.kiln.typesystem.TypeCategory;
import dev.kiln.typesystem.TypeDesc;
import java.util.ArrayList;
import java.util.List;

/**
 * How each value of a P/Invoke method crosses to native code, as .NET's marshaller does on Linux; or why Kiln
 * cannot marshal the signature (the method then keeps a throwing body and its callers get a warning).
 */
public final class PInvokeSignature {
    /** How one parameter or the return value is marshalled. */
    public enum Kind {
        /** void return */
        VOID,
        /** primitives, pointers, IntPtr/UIntPtr, function pointers: passed as they are */
        BLITTABLE,
        /** bool as a 4-byte Win32 BOOL (the default) */
        BOOL4,
        /** bool as one byte ([MarshalAs(UnmanagedType.U1 or I1)]) */
        BOOL1,
        /** string in, as a NUL-terminated UTF-8 copy freed after the call; returned, copied and then freed */
        STRING_UTF8,
        /** string in, as a NUL-terminated UTF-16 copy freed after the call; returned, copied and then freed */
        STRING_UTF16,
        /** ref/out/in of a blittable type, or an array of a blittable element type: an address */
        ADDRESS,
        /** array of a blittable element type: the address of its first element, null for null */
        ARRAY,
        /** a blittable struct by value (passed and returned per the C ABI) */
        STRUCT,
        /**
         * a delegate of a type whose Invoke can be marshalled itself (see {@link #ofDelegate}): in, a native function
         * pointer that calls it (null for null); returned, a delegate that calls the native function pointer
         * ({@link #delegateFactory}; the delegate itself for a pointer made from one, null for null)
         */
        DELEGATE,
        /** StringBuilder as a UTF-8 buffer of its capacity, copied in unless [Out] only, read back unless [In] only */
        STRINGBUILDER_UTF8,
        /** StringBuilder as a UTF-16 buffer of its capacity, copied in unless [Out] only, read back unless [In] only */
        STRINGBUILDER_UTF16,
        /** a SafeHandle: its handle, referenced (DangerousAddRef) for the call; returned: a new instance holding it */
        SAFEHANDLE,
        /** out SafeHandle: the address of a handle the native code writes, wrapped in a new instance afterwards */
        SAFEHANDLE_OUT,
        /** ref SafeHandle: the address of its handle, referenced for the call; a changed handle becomes a new instance */
        SAFEHANDLE_REF,
        /** System.Runtime.InteropServices.HandleRef: its handle */
        HANDLEREF
    }

    /** What a callback (reverse P/Invoke) converts: no StringBuilder buffers or SafeHandles there. */
    private static final java.util.Set<Kind> CALLBACK_KINDS = java.util.EnumSet.of(Kind.BLITTABLE, Kind.BOOL4, Kind.BOOL1,
            Kind.STRING_UTF8, Kind.STRING_UTF16, Kind.ADDRESS, Kind.ARRAY, Kind.STRUCT, Kind.DELEGATE);

    /** MethodImplAttributes.PreserveSig: compilers set it on [DllImport] methods unless PreserveSig=false. */
    private static final int IMPL_PRESERVE_SIG = 0x80;

    private final PInvokeMetadata metadata;
    private final List<Kind> parameters;
    private final Kind returnKind;
    private final String unsupported;
    /** Per parameter: its [In]/[Out] flags (ParameterDirections), which decide the copies of a StringBuilder's text. */
    private final List<Integer> directions;

    private PInvokeSignature(PInvokeMetadata metadata, List<Kind> parameters, Kind returnKind, String unsupported,
            List<Integer> directions) {
        this.metadata = metadata;
        this.parameters = parameters;
        this.returnKind = returnKind;
        this.unsupported = unsupported;
        this.directions = directions;
    }

    /** The marshalling of a P/Invoke method (null if method is not one). */
    public static PInvokeSignature of(MethodDesc method) {
        PInvokeMetadata md = PInvokeMetadata.of(method);
        if (md == null) {
            return null;
        }
        int callConv = md.flags() & PInvokeMetadata.CALL_CONV_MASK;
        if (callConv == PInvokeMetadata.CALL_CONV_THISCALL || callConv == PInvokeMetadata.CALL_CONV_FASTCALL) {
            return unsupported(md, "its calling convention (thiscall/fastcall)");
        }
        if (method.typicalDefinition() instanceof dev.kiln.typesystem.EcmaMethod e && (e.implFlags() & IMPL_PRESERVE_SIG) == 0) {
            return unsupported(md, "PreserveSig=false (an HRESULT turned into an exception)");
        }
        return marshal(md, method, true);
    }

    /**
     * How the Invoke of a delegate type crosses to native code, in both directions: as a callback native code calls
     * (reverse P/Invoke) and as a delegate that calls a native function pointer. Null when delegateType is not a
     * delegate type. Only what converts both ways is supported: no arrays (a callback gets no length), no returned
     * strings, no delegates within, no generic delegate types (.NET does not marshal those either).
     */
    public static PInvokeSignature ofDelegate(TypeDesc delegateType) {
        MethodDesc invoke = invokeOf(delegateType);
        if (invoke == null) {
            return null;
        }
        PInvokeMetadata md = PInvokeMetadata.forDelegate(invoke);
        if (!(delegateType instanceof EcmaType e) || e.genericParameterCount() != 0) {
            return unsupported(md, "the generic delegate type " + delegateType.fullName());
        }
        PInvokeSignature signature = marshal(md, invoke, false);
        if (!signature.isSupported()) {
            return signature;
        }
        for (int i = 0; i < signature.parameters.size(); i++) {
            if (signature.parameters.get(i) == Kind.ARRAY) {
                return unsupported(md, "parameter " + (i + 1) + " of " + delegateType.fullName() + ", an array,");
            }
            if (!CALLBACK_KINDS.contains(signature.parameters.get(i))) {
                return unsupported(md, "parameter " + (i + 1) + " of " + delegateType.fullName() + " (a "
                        + signature.parameters.get(i) + " in a callback)");
            }
        }
        if (!CALLBACK_KINDS.contains(signature.returnKind) && signature.returnKind != Kind.VOID) {
            return unsupported(md, "the " + signature.returnKind + " that " + delegateType.fullName() + " returns");
        }
        if (signature.returnKind == Kind.STRING_UTF8 || signature.returnKind == Kind.STRING_UTF16) {
            return unsupported(md, "the string that " + delegateType.fullName() + " returns");
        }
        return signature;
    }

    /** The Invoke method of a delegate type, or null when type is not one. */
    public static MethodDesc invokeOf(TypeDesc type) {
        if (!DelegateMethods.isDelegate(type)) {
            return null;
        }
        for (MethodDesc m : type.methods()) {
            if (m.name().equals("Invoke") && !m.isStatic()) {
                return m;
            }
        }
        return null;
    }

    private static PInvokeSignature marshal(PInvokeMetadata md, MethodDesc method, boolean delegates) {
        var sig = method.signature();
        List<Kind> kinds = new ArrayList<>();
        List<Integer> directions = new ArrayList<>();
        for (int i = 0; i < sig.parameters().size(); i++) {
            TypeDesc p = sig.parameters().get(i);
            directions.add(ParameterDirections.of(method, i));
            Kind k = parameterKind(p, md.parameterNativeType(i), md.charSet(), directions.get(i) == ParameterDirections.OUT);
            if (k == null && delegates && md.parameterNativeType(i) == 0 && ofDelegate(p) != null && ofDelegate(p).isSupported()) {
                k = Kind.DELEGATE;
            }
            if (k == null) {
                return unsupported(md, "parameter " + (i + 1) + " of type " + p.fullName());
            }
            kinds.add(k);
        }
        Kind ret = returnKind(sig.returnType(), md.returnNativeType(), md.charSet());
        if (ret == null && delegates && md.returnNativeType() == 0 && ofDelegate(sig.returnType()) != null
                && ofDelegate(sig.returnType()).isSupported()) {
            ret = Kind.DELEGATE;
        }
        if (ret == null) {
            return unsupported(md, "its return type " + sig.returnType().fullName());
        }
        return new PInvokeSignature(md, List.copyOf(kinds), ret, null, List.copyOf(directions));
    }

    /** Marshal.DelegateForReturn(IntPtr, IntPtr, IntPtr): what a P/Invoke stub returning a delegate calls. */
    public static MethodDesc delegateFactory(dev.kiln.typesystem.TypeSystem ts) {
        TypeDesc marshal = ts.coreLibraryModule().findType("System.Runtime.InteropServices", "Marshal");
        MethodDesc m = marshal == null ? null : marshal.findMethod("DelegateForReturn");
        if (m == null) {
            throw new ILCompileException("the core library lacks System.Runtime.InteropServices.Marshal::DelegateForReturn");
        }
        return m;
    }

    private static PInvokeSignature unsupported(PInvokeMetadata md, String what) {
        return new PInvokeSignature(md, List.of(), null, what + " cannot be marshalled by Kiln yet", List.of());
    }

    private static Kind parameterKind(TypeDesc type, int nativeType, int charSet, boolean outOnly) {
        if (PInvokeHelpers.isStringBuilder(type)) {
            Kind k = stringKind(nativeType, charSet);
            return k == null ? null : k == Kind.STRING_UTF8 ? Kind.STRINGBUILDER_UTF8 : Kind.STRINGBUILDER_UTF16;
        }
        if (PInvokeHelpers.isSafeHandle(type)) {
            return nativeType == 0 ? Kind.SAFEHANDLE : null;
        }
        if (type.category() == TypeCategory.STRUCT && type.fullName().equals("System.Runtime.InteropServices.HandleRef")) {
            return nativeType == 0 ? Kind.HANDLEREF : null;
        }
        switch (type.category()) {
            case STRING:
                return stringKind(nativeType, charSet);
            case BYREF: {
                TypeDesc element = ((ByRefType) type).elementType();
                if (PInvokeHelpers.isSafeHandle(element)) {
                    if (nativeType != 0 || !PInvokeHelpers.isCreatableSafeHandle(element)) {
                        return null;
                    }
                    return outOnly ? Kind.SAFEHANDLE_OUT : Kind.SAFEHANDLE_REF;
                }
                return isBlittable(element) ? Kind.ADDRESS : null;
            }
            case SZARRAY:
                return isBlittable(((ParameterizedType) type).elementType()) ? Kind.ARRAY : null;
            case CHAR:
                // a char is an Ansi byte unless the method's strings are UTF-16
                return charSet == PInvokeMetadata.CHARSET_UNICODE && nativeType == 0 ? Kind.BLITTABLE : null;
            default:
                return valueKind(type, nativeType);
        }
    }

    private static Kind stringKind(int nativeType, int charSet) {
        if (nativeType == PInvokeMetadata.NATIVE_LPWSTR) {
            return Kind.STRING_UTF16;
        }
        if (nativeType == PInvokeMetadata.NATIVE_LPSTR || nativeType == PInvokeMetadata.NATIVE_LPUTF8STR) {
            return Kind.STRING_UTF8;
        }
        if (nativeType != 0) {
            return null;
        }
        // Ansi is UTF-8 on Unix; Auto means Ansi there too
        return charSet == PInvokeMetadata.CHARSET_UNICODE ? Kind.STRING_UTF16 : Kind.STRING_UTF8;
    }

    private static Kind returnKind(TypeDesc type, int nativeType, int charSet) {
        if (type.category() == TypeCategory.VOID) {
            return Kind.VOID;
        }
        if (type.category() == TypeCategory.CHAR) {
            return charSet == PInvokeMetadata.CHARSET_UNICODE && nativeType == 0 ? Kind.BLITTABLE : null;
        }
        if (type.category() == TypeCategory.STRING) {
            // as .NET: the native string becomes a managed one and the native memory is freed (free() on Unix)
            return stringKind(nativeType, charSet);
        }
        if (PInvokeHelpers.isSafeHandle(type)) {
            return nativeType == 0 && PInvokeHelpers.isCreatableSafeHandle(type) ? Kind.SAFEHANDLE : null;
        }
        return valueKind(type, nativeType);
    }

    private static Kind valueKind(TypeDesc type, int nativeType) {
        if (type.category() == TypeCategory.BOOLEAN) {
            if (nativeType == 0 || nativeType == PInvokeMetadata.NATIVE_BOOL) {
                return Kind.BOOL4;
            }
            return nativeType == PInvokeMetadata.NATIVE_U1 || nativeType == PInvokeMetadata.NATIVE_I1 ? Kind.BOOL1 : null;
        }
        if (nativeType != 0) {
            return null;
        }
        if (type.category() == TypeCategory.STRUCT) {
            return isBlittable(type) ? Kind.STRUCT : null;
        }
        return isBlittable(type) ? Kind.BLITTABLE : null;
    }

    /** Whether values of type have the same bytes in managed and native code (.NET's blittable types). */
    public static boolean isBlittable(TypeDesc type) {
        switch (type.category()) {
            case INT8: case UINT8: case INT16: case UINT16: case INT32: case UINT32: case INT64: case UINT64:
            case INTPTR: case UINTPTR: case FLOAT32: case FLOAT64: case POINTER: case FNPTR:
                return true;
            case STRUCT:
                if (!(type instanceof EcmaType e) || e.isAutoLayout() || e.genericParameterCount() != 0) {
                    return false;
                }
                for (FieldDesc f : type.fields()) {
                    if (!f.isStatic() && !isBlittable(f.fieldType())) {
                        return false;
                    }
                }
                return true;
            default:
                return false;
        }
    }

    public boolean isSupported() {
        return unsupported == null;
    }

    /** Why the signature cannot be marshalled ("parameter 2 of type ... cannot be marshalled by Kiln yet"), or null. */
    public String unsupportedReason() {
        return unsupported;
    }

    public PInvokeMetadata metadata() {
        return metadata;
    }

    public List<Kind> parameters() {
        return parameters;
    }

    public Kind returnKind() {
        return returnKind;
    }

    /** Whether the contents of parameter i go to native code: not for [Out] without [In]. */
    public boolean copiesIn(int i) {
        return directions.get(i) != ParameterDirections.OUT;
    }

    /** Whether the contents of parameter i come back: not for [In] without [Out]. */
    public boolean copiesOut(int i) {
        return directions.get(i) != ParameterDirections.IN;
    }
}
