package dev.kiln.il;

import dev.kiln.typesystem.InstantiatedMethod;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeCategory;
import dev.kiln.typesystem.TypeDesc;
import java.util.ArrayList;
import java.util.List;

/**
 * ldtoken of a method or field (RuntimeMethodHandle, RuntimeFieldHandle): a constant naming the member as the
 * reflection tables describe it (codegen MemberHandleConstants), found at run time by MethodBase.GetMethodFromHandle
 * and FieldInfo.GetFieldFromHandle. What analysis and code generation both need to know of it.
 */
public final class MemberHandles {
    private MemberHandles() {
    }

    /** The types whose descriptors a method's handle holds (the scanner asks for them). */
    public static List<TypeDesc> describedTypes(MethodDesc method) {
        List<TypeDesc> types = new ArrayList<>();
        types.add(method.owningType());
        for (TypeDesc p : method.signature().parameters()) {
            TypeDesc t = elementOfByRef(p);
            if (hasDescriptor(t)) {
                types.add(t);
            }
        }
        TypeDesc ret = elementOfByRef(method.signature().returnType());
        if (hasDescriptor(ret)) {
            types.add(ret);
        }
        if (method instanceof InstantiatedMethod im) {
            im.arguments().stream().filter(MemberHandles::hasDescriptor).forEach(types::add);
        }
        return types;
    }

    /**
     * The methods a handle of method brings along: the other accessor of a property; for a user-defined &amp; or | operator, the type's op_False or
     * op_True, which an expression tree's AndAlso or OrElse calls first (C#'s rule for user-defined &amp;&amp; and ||).
     */
    public static List<MethodDesc> companions(MethodDesc method) {
        String name = method.name();
        if (name.startsWith("get_") || name.startsWith("set_")) {
            // a property named by one accessor: a member binding reads it (Parent = { Name = ... }) or assigns it
            String other = (name.startsWith("get_") ? "set_" : "get_") + name.substring(4);
            List<MethodDesc> accessors = new ArrayList<>();
            for (MethodDesc m : method.owningType().methods()) {
                if (m.name().equals(other) && m.isStatic() == method.isStatic()) {
                    accessors.add(m);
                }
            }
            return accessors;
        }
        if (!method.isStatic() || !(name.equals("op_BitwiseAnd") || name.equals("op_BitwiseOr"))) {
            return List.of();
        }
        List<MethodDesc> found = new ArrayList<>();
        for (MethodDesc m : method.owningType().methods()) {
            if (m.isStatic() && (m.name().equals("op_True") || m.name().equals("op_False"))) {
                found.add(m);
            }
        }
        return found;
    }

    public static TypeDesc elementOfByRef(TypeDesc type) {
        return type instanceof dev.kiln.typesystem.ByRefType r ? r.elementType() : type;
    }

    public static boolean hasDescriptor(TypeDesc type) {
        return !(type.containsGenericParameters() || type instanceof dev.kiln.typesystem.PointerType
                || type instanceof dev.kiln.typesystem.FunctionPointerType || type.category() == TypeCategory.VOID);
    }

}
