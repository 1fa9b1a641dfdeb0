package dev.kiln.compiler.deps;

import dev.kiln.depgraph.DependencyListEntry;
import dev.kiln.typesystem.GenericParameterType;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.ReflectableMembers;
import dev.kiln.typesystem.TypeDesc;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A dynamic method call (InvokeMember) whose binder may pick a generic method: the runtime binder instantiates it
 * with MakeGenericMethod, and Kiln makes no code at run time, so the instantiation must be compiled ahead. Which one
 * is known only at run time; this node compiles what the call site itself tells: the call's explicit type arguments
 * (M&lt;object&gt;(d)), or those inferred from the arguments whose compile-time type the site's delegate carries
 * (Assert(d + 1, 7) infers T = int from 7; a dynamic argument is typed object there, which gives object when no
 * argument tells more). Paired with each type the program constructs or names with typeof
 * ({@link DynamicBindingNode}), it keeps the instantiations of that type's (and its bases') generic methods of the
 * name.
 */
public final class DynamicGenericCallNode extends DynamicBindingNode {
    /** The method name, the explicit type arguments (empty: inferred) and the site's argument types, receiver first. */
    record Call(String name, List<TypeDesc> typeArguments, List<TypeDesc> argumentTypes) {
    }

    private final Call call;

    DynamicGenericCallNode(Call call) {
        this.call = call;
    }

    @Override
    public String kind() {
        return "DynamicGenericCall";
    }

    @Override
    public String name() {
        List<String> args = new ArrayList<>();
        for (TypeDesc t : call.argumentTypes().subList(Math.min(1, call.argumentTypes().size()), call.argumentTypes().size())) {
            args.add(t.fullName());
        }
        List<String> typeArgs = new ArrayList<>();
        for (TypeDesc t : call.typeArguments()) {
            typeArgs.add(t.fullName());
        }
        return "generic methods named " + call.name() + (typeArgs.isEmpty() ? "" : "<" + String.join(",", typeArgs) + ">")
                + "(" + String.join(",", args) + ") bound by a dynamic call site";
    }

    @Override
    List<DependencyListEntry<NodeFactory>> membersOf(NodeFactory factory, TypeDesc type) {
        List<DependencyListEntry<NodeFactory>> deps = new ArrayList<>();
        for (TypeDesc t = type; t != null && ReflectionMetadataNode.describable(t); t = t.baseType()) {
            for (MethodDesc m : ReflectableMembers.methods(t)) {
                List<TypeDesc> args = m.isGenericMethodDefinition() && m.name().equals(call.name()) ? typeArguments(m) : null;
                if (args != null) {
                    MethodDesc instance = t.typeSystem().instantiate(m, args);
                    String reason = "a dynamic call site may bind " + instance.fullName() + " (" + name() + ")";
                    deps.addAll(ReflectedMembers.method(factory, instance, reason));
                    ReflectedMembers.signatureTypes(deps, factory, instance, reason);
                }
            }
        }
        return deps;
    }

    /** m's type arguments for this call: the explicit ones, or those its parameters T take from typed arguments. */
    private List<TypeDesc> typeArguments(MethodDesc m) {
        int arity = m.signature().genericParameterCount();
        if (!call.typeArguments().isEmpty()) {
            return call.typeArguments().size() == arity ? call.typeArguments() : null;
        }
        TypeDesc[] inferred = new TypeDesc[arity];
        boolean[] objectBound = new boolean[arity];
        List<TypeDesc> parameters = m.signature().parameters();
        List<TypeDesc> arguments = call.argumentTypes().subList(Math.min(1, call.argumentTypes().size()), call.argumentTypes().size());
        for (int i = 0; i < parameters.size() && i < arguments.size(); i++) {
            TypeDesc a = arguments.get(i);
            if (parameters.get(i) instanceof GenericParameterType g && g.isMethodParameter() && g.index() < arity
                    && inferred[g.index()] == null && !a.containsGenericParameters()) {
                if (a.fullName().equals("System.Object")) {
                    objectBound[g.index()] = true;
                } else {
                    inferred[g.index()] = a;
                }
            }
        }
        for (int i = 0; i < arity; i++) {
            if (inferred[i] == null && objectBound[i]) {
                // only object-typed arguments: dynamic ones (whose runtime types are unknown here) or real objects,
                // for which C# infers object
                inferred[i] = m.owningType().typeSystem().wellKnown(dev.kiln.typesystem.WellKnownType.OBJECT);
            }
            if (inferred[i] == null) {
                return null;
            }
        }
        return Arrays.asList(inferred);
    }
}
