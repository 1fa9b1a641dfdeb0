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
        for (TypeDesc referenced : referencedDescriptors()) {
            if (referenced != null && factory.linkage().of(referenced) == dev.kiln.codegen.Linkage.Kind.SHARED && !referenced.isInterface()) {
                deps.add(new dev.kiln.depgraph.DependencyListEntry<>(factory.constructedType(referenced),
                        "descriptor of " + type.fullName() + " points to it"));
            }
        }
        addImageTokens(deps, factory);
        return deps;
    }

    /** What the descriptor names in other images: its base, element type and interfaces, and inherited slots. */
    private void addImageTokens(List<dev.kiln.depgraph.DependencyListEntry<NodeFactory>> deps, NodeFactory factory) {
        String reason = "descriptor of " + type.fullName() + " points to it";
        addTokens(deps, factory.tokens().type(type), reason);
        for (TypeDesc referenced : referencedDescriptors()) {
            addTokens(deps, factory.tokens().type(referenced), reason);
        }
        for (TypeDesc iface : InterfaceResolution.allInterfaces(type)) {
            addTokens(deps, factory.tokens().type(iface), reason);
            for (MethodDesc method : InterfaceResolution.slots(iface)) {
                MethodDesc resolved = InterfaceResolution.resolve(type, method);
                if (resolved != null) {
                    addTokens(deps, factory.tokens().method(resolved), "implements " + method.fullName() + " for " + type.fullName());
                }
            }
        }
        VirtualMethodTable vt = factory.typeSystem().vtableOf(type);
        for (int slot = 0; slot < vt.slotCount(); slot++) {
            addTokens(deps, factory.tokens().method(vt.implementation(slot)), "vtable slot " + slot + " of " + type.fullName());
        }
    }

    private List<TypeDesc> referencedDescriptors() {
        List<TypeDesc> list = new ArrayList<>();
        list.add(type.baseType());
        if (type instanceof dev.kiln.typesystem.ParameterizedType p) {
            list.add(p.elementType());
        }
        return list;
    }

    @Override
    public List<CombinedDependencyListEntry<NodeFactory>> conditionalStaticDependencies(NodeFactory factory) {
        return factory.compilesEverySlot() ? List.of() : slotImplementations(factory);
    }

    /** Each slot's implementation, needed when the slot is used (vtable slots and interface methods). */
    private List<CombinedDependencyListEntry<NodeFactory>> slotImplementations(NodeFactory factory) {
        List<CombinedDependencyListEntry<NodeFactory>> deps = new ArrayList<>();
        VirtualMethodTable vt = factory.typeSystem().vtableOf(type);
        for (int slot = 0; slot < vt.slotCount(); slot++) {
            CodeNode impl = factory.implementation(vt.implementation(slot));
            if (impl == null) {
                continue;
            }
            MethodDesc root = factory.slotRoot(type, slot);
            deps.add(new CombinedDependencyListEntry<>(impl, factory.virtualMethodUse(root),
                    "vtable slot " + slot + " of " + type.fullName()));
        }
        for (TypeDesc iface : InterfaceResolution.allInterfaces(type)) {
            for (MethodDesc method : InterfaceResolution.slots(iface)) {
                MethodDesc resolved = InterfaceResolution.resolve(type, method);
                CodeNode impl = resolved == null ? null : factory.implementation(resolved);
                if (impl == null) {
                    continue;
                }
                deps.add(new CombinedDependencyListEntry<>(impl, factory.virtualMethodUse(method),
                        "implements " + method.fullName() + " for " + type.fullName()));
            }
        }
        return deps;
    }
}
