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

    @Override
    public List<CombinedDependencyListEntry<NodeFactory>> conditionalStaticDependencies(NodeFactory factory) {
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
