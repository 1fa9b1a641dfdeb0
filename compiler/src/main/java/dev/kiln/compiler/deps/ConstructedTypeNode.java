package dev.kiln.compiler.deps;

import dev.kiln.depgraph.CombinedDependencyListEntry;
import dev.kiln.typesystem.InterfaceResolution;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeDesc;
import dev.kiln.typesystem.VirtualMethodTable;
import java.util.ArrayList;
import java.util.List;

/**
 * A type whose instances exist (newobj, newarr, box): it gets a full descriptor with a vtable. Each vtable slot's
 * implementation is needed only if something calls through that slot (a conditional edge).
 */
public final class ConstructedTypeNode extends KilnNode {
    private final TypeDesc type;

    ConstructedTypeNode(TypeDesc type) {
        this.type = type;
    }

    public TypeDesc type() {
        return type;
    }

    @Override
    public String kind() {
        return "ConstructedType";
    }

    @Override
    public String name() {
        return "constructed " + type.fullName();
    }

    /** Generic virtual method uses look at every constructed type. */
    @Override
    public boolean interestingForDynamicDependencies() {
        return true;
    }

    @Override
    public boolean hasConditionalStaticDependencies() {
        return !type.isInterface();
    }

    /**
     * In an image, a type's descriptor is complete: every slot's implementation is compiled whether or not this
     * image calls it (another image may), and the descriptors it points to that images share are complete too.
     */
    @Override
    public List<dev.kiln.depgraph.DependencyListEntry<NodeFactory>> staticDependencies(NodeFactory factory) {
        if (!factory.compilesEverySlot() || !factory.linkage().defines(type)) {
            return List.of();
        }
        List<dev.kiln.depgraph.DependencyListEntry<NodeFactory>> deps = new ArrayList<>();
        for (CombinedDependencyListEntry<NodeFactory> e : slotImplementations(factory)) {
            deps.add(new dev.kiln.depgraph.DependencyListEntry<>(e.node(), e.reason()));
        }
        addImageTokens(deps, factory);
        DelegateMarshallingNode stubs = DelegateMarshallingNode.inImage(factory, type);
        if (stubs != null) {
            deps.add(new dev.kiln.depgraph.DependencyListEntry<>(stubs, "Marshal's non-generic delegate methods may be given a "
                    + type.fullName() + " (any image may call them)"));
        }
        ReflectionMetadataNode metadata = ReflectableTypeNode.inImage(factory, type);
        if (metadata != null) {
            deps.add(new dev.kiln.depgraph.DependencyListEntry<>(metadata, "any image may reflect on " + type.fullName()));
        }
        return deps;
    }

    /**
     * What the descriptor names: its own tokens, the descriptors it points to (SharedDescriptorContents: tokens of
     * other images' ones, complete copies of shared ones) and the inherited slots' implementations.
     */
    private void addImageTokens(List<dev.kiln.depgraph.DependencyListEntry<NodeFactory>> deps, NodeFactory factory) {
        String reason = "descriptor of " + type.fullName() + " points to it";
        addTokens(deps, factory.tokens().type(type), reason);
        SharedDescriptorContents.addDependencies(deps, factory, type, reason);
        for (Slot slot : slots(factory)) {
            addTokens(deps, factory.tokens().method(slot.implementation()), slot.reason());
        }
    }

    @Override
    public List<CombinedDependencyListEntry<NodeFactory>> conditionalStaticDependencies(NodeFactory factory) {
        if (factory.compilesEverySlot()) {
            return List.of();
        }
        List<CombinedDependencyListEntry<NodeFactory>> deps = slotImplementations(factory);
        deps.addAll(DelegateMarshallingNode.conditionalOnNonGenericUse(factory, type));
        deps.addAll(ReflectableTypeNode.whenReflectionIsUsed(factory, type));
        return deps;
    }

    /** Each slot's implementation, needed when the slot is used (vtable slots and interface methods). */
    private List<CombinedDependencyListEntry<NodeFactory>> slotImplementations(NodeFactory factory) {
        List<CombinedDependencyListEntry<NodeFactory>> deps = new ArrayList<>();
        for (Slot slot : slots(factory)) {
            CodeNode impl = factory.implementation(slot.implementation());
            if (impl != null) {
                deps.add(new CombinedDependencyListEntry<>(impl, factory.virtualMethodUse(slot.slotMethod()), slot.reason()));
            }
        }
        return deps;
    }

    /** A vtable or interface slot of the type: the method that fills it and the method whose use calls it. */
    private record Slot(MethodDesc implementation, MethodDesc slotMethod, String reason) {
    }

    private List<Slot> slots(NodeFactory factory) {
        List<Slot> slots = new ArrayList<>();
        VirtualMethodTable vt = factory.typeSystem().vtableOf(type);
        for (int slot = 0; slot < vt.slotCount(); slot++) {
            slots.add(new Slot(vt.implementation(slot), factory.slotRoot(type, slot), "vtable slot " + slot + " of " + type.fullName()));
        }
        for (TypeDesc iface : InterfaceResolution.allInterfaces(type)) {
            for (MethodDesc method : InterfaceResolution.slots(iface)) {
                MethodDesc resolved = InterfaceResolution.resolve(type, method);
                if (resolved != null) {
                    slots.add(new Slot(resolved, method, "implements " + method.fullName() + " for " + type.fullName()));
                }
            }
        }
        return slots;
    }
}
