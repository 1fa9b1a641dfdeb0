package dev.kiln.il;

import dev.kiln.typesystem.ByRefType;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeCategory;
import dev.kiln.typesystem.TypeDesc;
import dev.kiln.typesystem.TypeSystem;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference types a P/Invoke stub marshals through managed code — StringBuilder buffers and SafeHandles — and
 * the core library's System.Runtime.InteropServices.PInvokeMarshalling methods the stub calls for them (as .NET's IL
 * stubs call its StubHelpers).
 */
public final class PInvokeHelpers {
    public static final String TO_UTF8 = "StringBuilderToUtf8";
    public static final String FROM_UTF8 = "StringBuilderFromUtf8";
    public static final String TO_UTF16 = "StringBuilderToUtf16";
    public static final String FROM_UTF16 = "StringBuilderFromUtf16";
    public static final String ADD_REF = "SafeHandleAddRef";
    public static final String RELEASE = "SafeHandleRelease";
    public static final String CREATE = "SafeHandleCreate";
    public static final String SET = "SafeHandleSet";
    public static final String REF_RESULT = "SafeHandleRefResult";

    private PInvokeHelpers() {
    }

    static boolean isStringBuilder(TypeDesc type) {
        return type.category() == TypeCategory.CLASS && type.fullName().equals("System.Text.StringBuilder");
    }

    /** System.Runtime.InteropServices.SafeHandle or a class derived from it. */
    static boolean isSafeHandle(TypeDesc type) {
        for (TypeDesc t = type; t != null && t.category() == TypeCategory.CLASS; t = t.baseType()) {
            if (t.fullName().equals("System.Runtime.InteropServices.SafeHandle")) {
                return true;
            }
        }
        return false;
    }

    /** A SafeHandle class the stub can create for a result: not abstract, with a parameterless constructor. */
    static boolean isCreatableSafeHandle(TypeDesc type) {
        if (!isSafeHandle(type) || type.isAbstract()) {
            return false;
        }
        for (MethodDesc m : type.methods()) {
            if (m.name().equals(".ctor") && !m.isStatic() && m.signature().parameters().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** PInvokeMarshalling::name of the core library. */
    public static MethodDesc helper(TypeSystem ts, String name) {
        TypeDesc t = ts.coreLibraryModule().findType("System.Runtime.InteropServices", "PInvokeMarshalling");
        MethodDesc m = t == null ? null : t.findMethod(name);
        if (m == null) {
            throw new ILCompileException("the core library lacks System.Runtime.InteropServices.PInvokeMarshalling::" + name);
        }
        return m;
    }

    /** PInvokeMarshalling::SafeHandleCreate<T>() for the SafeHandle class T a stub returns. */
    public static MethodDesc creator(TypeSystem ts, TypeDesc safeHandle) {
        return ts.instantiate(helper(ts, CREATE), List.of(safeHandle));
    }

    /** Every helper method the stub of method calls, for the dependency graph. */
    public static List<MethodDesc> required(MethodDesc method, PInvokeSignature signature) {
        TypeSystem ts = method.owningType().typeSystem();
        List<MethodDesc> result = new ArrayList<>();
        var params = method.signature().parameters();
        for (int i = 0; i < signature.parameters().size(); i++) {
            switch (signature.parameters().get(i)) {
                case STRINGBUILDER_UTF8:
                    result.add(helper(ts, TO_UTF8));
                    result.add(helper(ts, FROM_UTF8));
                    break;
                case STRINGBUILDER_UTF16:
                    result.add(helper(ts, TO_UTF16));
                    result.add(helper(ts, FROM_UTF16));
                    break;
                case SAFEHANDLE:
                    result.add(helper(ts, ADD_REF));
                    result.add(helper(ts, RELEASE));
                    break;
                case SAFEHANDLE_OUT:
                    result.add(creator(ts, ((ByRefType) params.get(i)).elementType()));
                    result.add(helper(ts, SET));
                    break;
                case SAFEHANDLE_REF:
                    result.add(creator(ts, ((ByRefType) params.get(i)).elementType()));
                    result.add(helper(ts, ADD_REF));
                    result.add(helper(ts, REF_RESULT));
                    result.add(helper(ts, RELEASE));
                    break;
                default:
                    break;
            }
        }
        if (signature.returnKind() == PInvokeSignature.Kind.SAFEHANDLE) {
            result.add(creator(ts, method.signature().returnType()));
            result.add(helper(ts, SET));
        }
        return result;
    }
}
