package dev.kiln.typesystem;

import dev.kiln.typesystem.metadata.MetadataFile;
import java.util.List;

/**
 * How modern .NET names a method in a stack trace frame (System.Diagnostics.StackTrace.ToString): the typical
 * definition of the method — `Ns.Outer.Inner.Method[T](Int32 x, List`1 items)` — with the declaring type's full name
 * ('+' of nested types printed as '.'), generic method parameters in brackets, and each parameter as its type's short
 * name (Type.Name: `Int32`, `String[]`, `Int64&`, `List`1`, `T`) and its name. A compiler-generated async state
 * machine's method is shown as the async method that owns it ([AsyncStateMachine] naming the type), an iterator's as
 * `Method(...)+MoveNext()` ([IteratorStateMachine]). Methods .NET leaves out of traces — [StackTraceHidden] on the
 * method or its type, MethodImplOptions.AggressiveInlining — have no name ({@link Frame#hidden}).
 */
public final class StackTraceNames {
    private static final int IMPL_AGGRESSIVE_INLINING = 0x0100;
    private static final String COMPILER_SERVICES = "System.Runtime.CompilerServices";

    /** A frame's text after "at ", and whether the frame is an async state machine's (.NET's "isAsync"). */
    public record Frame(String text, boolean hidden, boolean asyncStateMachine) {
    }

    private StackTraceNames() {
    }

    /** The frame of method (any instantiation: its typical definition is named), or null for methods without metadata. */
    public static Frame of(MethodDesc method) {
        if (method instanceof AsyncVariant v) {
            method = v.taskReturningMethod();
        }
        if (!(method.typicalDefinition() instanceof EcmaMethod definition)) {
            return null;
        }
        EcmaType declaring = definition.owningType();
        if (hidden(definition)) {
            return new Frame("", true, false);
        }
        boolean async = false;
        String suffix = "";
        EcmaMethod shown = definition;
        if (declaring.hasCustomAttribute(COMPILER_SERVICES, "CompilerGeneratedAttribute")) {
            async = implementsInterface(declaring, COMPILER_SERVICES, "IAsyncStateMachine");
            if (async || implementsInterface(declaring, "System.Collections", "IEnumerator")) {
                StateMachineOwner owner = stateMachineOwner(declaring);
                if (owner != null) {
                    shown = owner.method();
                    suffix = owner.iterator() ? "+" + definition.name() + "()" : "";
                }
            }
        }
        return new Frame(name(shown) + suffix, false, async);
    }

    private static boolean hidden(EcmaMethod method) {
        return (method.implFlags() & IMPL_AGGRESSIVE_INLINING) != 0
                || method.module().hasCustomAttribute(method.token(), "System.Diagnostics", "StackTraceHiddenAttribute")
                || method.owningType().hasCustomAttribute("System.Diagnostics", "StackTraceHiddenAttribute");
    }

    /** `Ns.Outer.Inner.Method[T,U](T x, Int32 y)`. */
    static String name(EcmaMethod method) {
        StringBuilder sb = new StringBuilder(method.owningType().fullName().replace('+', '.')).append('.').append(method.name());
        List<GenericParameterInfo> typeParameters = method.genericParameters();
        if (!typeParameters.isEmpty()) {
            sb.append('[');
            for (int i = 0; i < typeParameters.size(); i++) {
                sb.append(i > 0 ? "," : "").append(typeParameters.get(i).name());
            }
            sb.append(']');
        }
        sb.append('(');
        List<TypeDesc> parameters = method.signature().parameters();
        for (int i = 0; i < parameters.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(shortName(parameters.get(i), method));
            String parameterName = ReflectableMembers.parameterName(method, i);
            if (parameterName != null) {
                sb.append(' ').append(parameterName);
            }
        }
        return sb.append(')').toString();
    }

    /** Type.Name of a parameter type of method's definition. */
    static String shortName(TypeDesc type, EcmaMethod method) {
        if (type instanceof ArrayType a) {
            return shortName(a.elementType(), method) + "[]";
        }
        if (type instanceof MdArrayType md) {
            return shortName(md.elementType(), method) + (md.rank() == 1 ? "[*]" : "[" + ",".repeat(md.rank() - 1) + "]");
        }
        if (type instanceof ByRefType r) {
            return shortName(r.elementType(), method) + "&";
        }
        if (type instanceof PointerType p) {
            return shortName(p.elementType(), method) + "*";
        }
        if (type instanceof InstantiatedType it) {
            return it.definition().name();
        }
        if (type instanceof EcmaType e) {
            return e.name();
        }
        if (type instanceof GenericParameterType g) {
            List<GenericParameterInfo> owner = g.isMethodParameter() ? method.genericParameters() : method.owningType().genericParameters();
            return g.index() < owner.size() ? owner.get(g.index()).name() : type.fullName();
        }
        if (type instanceof FunctionPointerType) {
            return "IntPtr"; // reflection shows function pointer parameters as IntPtr
        }
        return type.fullName();
    }

    private static boolean implementsInterface(EcmaType type, String namespace, String name) {
        for (TypeDesc t = type; t instanceof EcmaType e; t = e.baseType()) {
            for (TypeDesc i : e.declaredInterfaces()) {
                TypeDesc def = i instanceof InstantiatedType it ? it.definition() : i;
                if (def instanceof EcmaType ie && ie.namespace().equals(namespace) && ie.name().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private record StateMachineOwner(EcmaMethod method, boolean iterator) {
    }

    /**
     * The method of the state machine's enclosing type whose [AsyncStateMachine]/[IteratorStateMachine] (any
     * StateMachineAttribute) names the state machine type (.NET's TryResolveStateMachineMethod).
     */
    private static StateMachineOwner stateMachineOwner(EcmaType stateMachine) {
        if (!(stateMachine.enclosingType() instanceof EcmaType parent)) {
            return null;
        }
        EcmaModule module = parent.module();
        MetadataFile md = module.metadata();
        CustomAttributeDecoder decoder = new CustomAttributeDecoder(module);
        String wanted = stateMachine.fullName();
        for (MethodDesc candidate : parent.methods()) {
            EcmaMethod m = (EcmaMethod) candidate;
            for (int rid : md.customAttributes(m.token())) {
                CustomAttributeValue value;
                try {
                    value = decoder.decode(rid);
                } catch (RuntimeException unreadable) {
                    continue; // an attribute of a missing type or a bad blob: as .NET, treated as absent
                }
                TypeDesc attribute = value.constructor().owningType();
                if (!isStateMachineAttribute(attribute) || value.fixedArguments().size() != 1
                        || !(value.fixedArguments().get(0) instanceof CustomAttributeValue.TypeName type)
                        || !wanted.equals(withoutAssembly(type.name()))) {
                    continue;
                }
                String attributeName = ((EcmaType) attribute).name();
                return new StateMachineOwner(m, attributeName.equals("IteratorStateMachineAttribute")
                        || attributeName.equals("AsyncIteratorStateMachineAttribute"));
            }
        }
        return null;
    }

    /** StateMachineAttribute or a subclass; the known ones by name too, for a library whose types do not derive. */
    private static boolean isStateMachineAttribute(TypeDesc attribute) {
        for (TypeDesc t = attribute; t instanceof EcmaType e; t = e.baseType()) {
            if (e.namespace().equals(COMPILER_SERVICES) && (e.name().equals("StateMachineAttribute")
                    || e.name().equals("AsyncStateMachineAttribute") || e.name().equals("IteratorStateMachineAttribute")
                    || e.name().equals("AsyncIteratorStateMachineAttribute"))) {
                return true;
            }
        }
        return false;
    }

    /** A serialized type name without its assembly part ("Ns.Outer+<M>d__1, App" → "Ns.Outer+<M>d__1"). */
    private static String withoutAssembly(String serialized) {
        int depth = 0;
        for (int i = 0; i < serialized.length(); i++) {
            char c = serialized.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                return serialized.substring(0, i).strip();
            }
        }
        return serialized;
    }
}
