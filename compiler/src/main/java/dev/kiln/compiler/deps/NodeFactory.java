package dev.kiln.compiler.deps;

import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeDesc;
import dev.kiln.typesystem.TypeSystem;
import dev.kiln.typesystem.VirtualMethodTable;
import java.util.HashMap;
import java.util.Map;

/** Creates the one node for each thing (so the graph can compare nodes by identity) and is the graph's context. */
public final class NodeFactory {
    private final TypeSystem typeSystem;
    private final Map<MethodDesc, MethodBodyNode> methodBodies = new HashMap<>();
    private final Map<TypeDesc, ConstructedTypeNode> constructedTypes = new HashMap<>();
    private final Map<MethodDesc, VirtualMethodUseNode> virtualUses = new HashMap<>();
    private final Map<String, TokenNode> tokens = new HashMap<>();
    private final Map<dev.kiln.typesystem.InstantiatedMethod, GenericVirtualMethodUseNode> genericVirtualUses = new HashMap<>();

    public synchronized GenericVirtualMethodUseNode genericVirtualUse(dev.kiln.typesystem.InstantiatedMethod method) {
        return genericVirtualUses.computeIfAbsent(method, GenericVirtualMethodUseNode::new);
    }
    private final Map<String, StringLiteralNode> strings = new HashMap<>();
    private final Map<TypeDesc, StaticBaseNode> staticBases = new HashMap<>();

    public synchronized StringLiteralNode stringLiteral(String value) {
        return strings.computeIfAbsent(value, StringLiteralNode::new);
    }

    public synchronized StaticBaseNode staticBase(TypeDesc type) {
        return staticBases.computeIfAbsent(type, StaticBaseNode::new);
    }

    public NodeFactory(TypeSystem typeSystem) {
        this.typeSystem = typeSystem;
    }

    public TypeSystem typeSystem() {
        return typeSystem;
    }

    public synchronized MethodBodyNode methodBody(MethodDesc method) {
        return methodBodies.computeIfAbsent(method, MethodBodyNode::new);
    }

    public synchronized ConstructedTypeNode constructedType(TypeDesc type) {
        return constructedTypes.computeIfAbsent(type, ConstructedTypeNode::new);
    }

    public synchronized TokenNode token(String module, int token, String description) {
        return tokens.computeIfAbsent(module + ":" + token, k -> new TokenNode(module, token, description));
    }

    /** The use of the vtable slot a virtual method occupies (normalized to the method that introduced it). */
    public synchronized VirtualMethodUseNode virtualMethodUse(MethodDesc method) {
        TypeDesc owner = method.owningType();
        MethodDesc root = slotRoot(owner, typeSystem.vtableOf(owner).slotOf(method));
        return virtualUses.computeIfAbsent(root, VirtualMethodUseNode::new);
    }

    /** The method that introduced a slot: the slot's entry in the topmost base type that has it. */
    MethodDesc slotRoot(TypeDesc type, int slot) {
        TypeDesc top = type;
        for (TypeDesc t = type.baseType(); t != null; t = t.baseType()) {
            if (typeSystem.vtableOf(t).slotCount() > slot) {
                top = t;
            }
        }
        VirtualMethodTable vt = typeSystem.vtableOf(top);
        return vt.implementation(slot);
    }
}
