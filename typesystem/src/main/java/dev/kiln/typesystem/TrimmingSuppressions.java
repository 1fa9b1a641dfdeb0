package dev.kiln.typesystem;

import dev.kiln.typesystem.metadata.TableId;
import dev.kiln.typesystem.metadata.Tokens;
import java.util.ArrayList;
import java.util.List;

/**
 * What silences the reflection analysis' warnings, as ILLink reads it (by name, in System.Diagnostics.CodeAnalysis):
 * {@code [UnconditionalSuppressMessage("Trimming", "IL2075")]} on the method whose body warns, on its type or an
 * enclosing type, or on the assembly or module with {@code Scope = "module"}; and {@code [RequiresUnreferencedCode]}
 * on the method, which silences its whole body and moves the warning to its callers (IL2026). Code the C# compiler
 * generates for a method (lambdas, local functions, iterator and async state machines: {@code <Main>b__0_0},
 * {@code <Run>d__1}) is the method's own, as ILLink attributes it.
 */
public final class TrimmingSuppressions {
    private static final String SUPPRESS = "UnconditionalSuppressMessageAttribute";
    private static final String REQUIRES = "RequiresUnreferencedCodeAttribute";

    private TrimmingSuppressions() {
    }

    /** Whether ILLink would not report the warning with this code (2075 for IL2075) from method's body. */
    public static boolean suppresses(MethodDesc method, int code) {
        if (!(method.typicalDefinition() instanceof EcmaMethod m)) {
            return false;
        }
        EcmaModule module = m.module();
        boolean suppressions = TrimmingAnnotations.mentions(module, SUPPRESS);
        boolean requires = TrimmingAnnotations.mentions(module, REQUIRES);
        if (!suppressions && !requires) {
            return false;
        }
        for (EcmaMethod owner : userMethods(m)) {
            if (requires && attribute(module, owner.token(), REQUIRES) != null || suppressions && suppresses(module, owner.token(), code, false)) {
                return true;
            }
        }
        if (!suppressions) {
            return false;
        }
        for (TypeDesc t = m.owningType(); t instanceof EcmaType e; t = e.enclosingType()) {
            if (suppresses(module, e.token(), code, false)) {
                return true;
            }
        }
        return suppresses(module, Tokens.make(TableId.Assembly, 1), code, true) || suppresses(module, Tokens.make(TableId.Module, 1), code, true);
    }

    /**
     * The IL2026 text a call to method gives when it is marked [RequiresUnreferencedCode] (ILLink's wording, with the
     * attribute's message and Url), else null.
     */
    public static String requiresUnreferencedCode(MethodDesc method) {
        if (!(method.typicalDefinition() instanceof EcmaMethod m) || !TrimmingAnnotations.mentions(m.module(), REQUIRES)) {
            return null;
        }
        CustomAttributeValue requires = attribute(m.module(), m.token(), REQUIRES);
        if (requires == null) {
            return null;
        }
        Object message = requires.fixedArguments().isEmpty() ? null : requires.fixedArguments().get(0);
        Object url = requires.namedArguments().get("Url");
        String text = message == null ? "" : message.toString();
        return "Using member '" + NetNames.methodForWarning(m.owningType(), m.name(), m.signature())
                + "' which has 'RequiresUnreferencedCodeAttribute' can break functionality when trimming application code."
                + (text.isEmpty() ? "" : " " + text + (text.endsWith(".") ? "" : "."))
                + (url == null ? "" : " " + url);
    }

    /** method, or for compiler-generated code the methods of the user type it was generated from (by name). */
    private static List<EcmaMethod> userMethods(EcmaMethod method) {
        List<EcmaMethod> found = new ArrayList<>();
        found.add(method);
        String source = generatedFrom(method.name());
        TypeDesc type = method.owningType();
        while (type instanceof EcmaType e && e.name().startsWith("<")) {
            if (source == null) {
                source = generatedFrom(e.name());
            }
            type = e.enclosingType();
        }
        if (source != null && type instanceof EcmaType user) {
            for (MethodDesc candidate : user.methods()) {
                if (candidate.name().equals(source) && candidate instanceof EcmaMethod em) {
                    found.add(em);
                }
            }
        }
        return found;
    }

    /** "Main" of "<Main>b__0_0", "<Main>g__Local|0_0", "<Run>d__1"; null for other names ("<>c", "MoveNext"). */
    private static String generatedFrom(String name) {
        int close = name.indexOf('>');
        return name.startsWith("<") && close > 1 ? name.substring(1, close) : null;
    }

    /** Whether an [UnconditionalSuppressMessage] on owner names code (at module level: only with Scope "module"). */
    private static boolean suppresses(EcmaModule module, int owner, int code, boolean moduleLevel) {
        for (int rid : module.metadata().customAttributes(owner)) {
            if (!TrimmingAnnotations.isAttribute(module, rid, SUPPRESS)) {
                continue;
            }
            CustomAttributeValue value = new CustomAttributeDecoder(module).decode(rid);
            List<Object> args = value.fixedArguments();
            if (args.size() < 2 || !(args.get(1) instanceof String checkId) || checkCode(checkId) != code) {
                continue;
            }
            Object scope = value.namedArguments().get("Scope");
            if (!moduleLevel || scope instanceof String s && s.equalsIgnoreCase("module")) {
                return true;
            }
        }
        return false;
    }

    /** 2075 of "IL2075" or "IL2075:GetMethod" (ILLink reads the number after the prefix), else -1. */
    static int checkCode(String checkId) {
        int end = 2;
        while (end < checkId.length() && Character.isDigit(checkId.charAt(end))) {
            end++;
        }
        return checkId.startsWith("IL") && end > 2 ? Integer.parseInt(checkId.substring(2, end)) : -1;
    }

    private static CustomAttributeValue attribute(EcmaModule module, int owner, String name) {
        for (int rid : module.metadata().customAttributes(owner)) {
            if (TrimmingAnnotations.isAttribute(module, rid, name)) {
                return new CustomAttributeDecoder(module).decode(rid);
            }
        }
        return null;
    }
}
