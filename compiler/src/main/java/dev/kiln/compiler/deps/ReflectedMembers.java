package dev.kiln.compiler.deps;

import dev.kiln.depgraph.DependencyListEntry;
import dev.kiln.typesystem.FieldDesc;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeDesc;
import java.util.ArrayList;
import java.util.List;

/**
 * What reflection needs to reach one member it names: the declaring type described, a method's code (a virtual one's
 * overrides through its slot; a constructor's type constructed, as ConstructorInfo.Invoke allocates it), a static
 * field's storage. Shared by the reflection calls the dataflow follows (ScannedBodyNode) and the members dynamic call
 * sites bind by name ({@link DynamicMemberNode}).
 */
final class ReflectedMembers {
    private ReflectedMembers() {
    }

    static List<DependencyListEntry<NodeFactory>> method(NodeFactory factory, MethodDesc target, String reason) {
        List<DependencyListEntry<NodeFactory>> deps = new ArrayList<>();
        reflectable(deps, factory, target.owningType(), reason);
        if (target.isVirtual() && !target.isFinal()) {
            // Invoke dispatches to the target object's override: the slot's implementations are kept (an abstract or
            // interface method has nothing else to keep)
            deps.add(new DependencyListEntry<>(factory.virtualMethodUse(target), reason));
        }
        if (target.isAbstract() || target.isInternalCall()) {
            return deps;
        }
        CodeNode.addEdge(deps, factory.methodEntry(target), reason);
        KilnNode.addTokens(deps, factory.tokens().method(target), reason);
        TypeDesc owner = target.owningType();
        if (target.isConstructor() && !owner.isAbstract() && !owner.isValueType() && !owner.isInterface()) {
            String created = "ConstructorInfo.Invoke may create it: " + reason;
            deps.add(new DependencyListEntry<>(factory.constructedType(owner), created));
            KilnNode.addTokens(deps, factory.tokens().type(owner), created);
        }
        return deps;
    }

    /** The descriptors (and boxes of value types) Invoke of a kept instantiation needs: ReflectionTables lists it then. */
    static void signatureTypes(List<DependencyListEntry<NodeFactory>> deps, NodeFactory factory, MethodDesc instance, String reason) {
        for (TypeDesc element : signatureTypes(instance)) {
            ReflectionMetadataNode.descriptor(deps, factory, element, reason);
            if (element.isValueType()) {
                deps.add(new DependencyListEntry<>(factory.constructedType(element), reason + " (Invoke boxes it)"));
            }
        }
    }

    /** The closed types of an instantiation's signature (by-ref ones as their element type, void left out). */
    static List<TypeDesc> signatureTypes(MethodDesc instance) {
        List<TypeDesc> types = new ArrayList<>();
        List<TypeDesc> all = new ArrayList<>(instance.signature().parameters());
        all.add(instance.signature().returnType());
        for (TypeDesc t : all) {
            TypeDesc element = t instanceof dev.kiln.typesystem.ByRefType r ? r.elementType() : t;
            if (element.category() != dev.kiln.typesystem.TypeCategory.VOID && !element.containsGenericParameters()) {
                types.add(element);
            }
        }
        return types;
    }

    static List<DependencyListEntry<NodeFactory>> field(NodeFactory factory, FieldDesc field, String reason) {
        List<DependencyListEntry<NodeFactory>> deps = new ArrayList<>();
        reflectable(deps, factory, field.owningType(), reason);
        if (field.isStatic() && !field.isLiteral() && !field.isThreadStatic()) {
            deps.add(new DependencyListEntry<>(factory.staticBase(field.owningType()), reason));
            KilnNode.addTokens(deps, factory.tokens().staticField(field), reason);
        }
        return deps;
    }

    private static void reflectable(List<DependencyListEntry<NodeFactory>> deps, NodeFactory factory, TypeDesc type, String reason) {
        if (GenericDefinitionMetadata.describableAny(type)) {
            deps.add(new DependencyListEntry<>(factory.reflectableType(type), reason));
        }
    }
}
