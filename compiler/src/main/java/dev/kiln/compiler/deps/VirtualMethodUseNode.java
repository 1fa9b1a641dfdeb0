package dev.kiln.compiler.deps;

import dev.kiln.typesystem.MethodDesc;

/** A vtable slot that compiled code calls through; keyed by the method that introduced the slot. */
public final class VirtualMethodUseNode extends KilnNode {
    private final MethodDesc slotMethod;

    VirtualMethodUseNode(MethodDesc slotMethod) {
        this.slotMethod = slotMethod;
    }

    public MethodDesc slotMethod() {
        return slotMethod;
    }

    /**
     * A call through a variant interface reaches implementations of the interfaces that convert to it, and a call
     * through an array interface (IList&lt;Base&gt;) the implementations for the arrays covariance lets it see.
     */
    @Override
    public boolean hasDynamicDependencies() {
        dev.kiln.typesystem.TypeDesc owner = slotMethod.owningType();
        return owner.isInterface() && (dev.kiln.typesystem.Variance.hasVariance(owner)
                || dev.kiln.typesystem.InterfaceResolution.isArrayInterface(owner));
    }

    @Override
    public java.util.List<dev.kiln.depgraph.CombinedDependencyListEntry<NodeFactory>> searchDynamicDependencies(
            java.util.List<dev.kiln.depgraph.DependencyNode<NodeFactory>> marked, int firstNew, NodeFactory factory) {
        java.util.List<dev.kiln.depgraph.CombinedDependencyListEntry<NodeFactory>> deps = new java.util.ArrayList<>();
        boolean variant = dev.kiln.typesystem.Variance.hasVariance(slotMethod.owningType());
        for (int i = firstNew; i < marked.size(); i++) {
            if (marked.get(i) instanceof ConstructedTypeNode type) {
                addCovariantArrayImplementation(type.type(), factory, deps);
                if (variant) {
                    addVariantImplementations(type.type(), factory, deps);
                }
            }
        }
        return deps;
    }

    /** Derived[] called through IList&lt;Base&gt;: SZArrayHelper&lt;Base&gt;'s method (Variance.arrayInterfaceSource). */
    private void addCovariantArrayImplementation(dev.kiln.typesystem.TypeDesc type, NodeFactory factory,
            java.util.List<dev.kiln.depgraph.CombinedDependencyListEntry<NodeFactory>> deps) {
        dev.kiln.typesystem.TypeDesc source = dev.kiln.typesystem.Variance.arrayInterfaceSource(type, slotMethod.owningType());
        MethodDesc resolved = source == null ? null : dev.kiln.typesystem.InterfaceResolution.resolve(source, slotMethod);
        CodeNode impl = resolved == null ? null : factory.implementation(resolved);
        if (impl != null) {
            deps.add(new dev.kiln.depgraph.CombinedDependencyListEntry<>(impl, null,
                    "call of " + slotMethod.fullName() + " on covariant array " + type.fullName()));
        }
    }

    /** The implementations, in type, of the interfaces that convert to the slot's variant interface. */
    private void addVariantImplementations(dev.kiln.typesystem.TypeDesc type, NodeFactory factory,
            java.util.List<dev.kiln.depgraph.CombinedDependencyListEntry<NodeFactory>> deps) {
        dev.kiln.typesystem.TypeDesc used = slotMethod.owningType();
        int slot = dev.kiln.typesystem.InterfaceResolution.slotOf(slotMethod);
        for (dev.kiln.typesystem.TypeDesc implemented : dev.kiln.typesystem.InterfaceResolution.allInterfaces(type)) {
            if (dev.kiln.typesystem.Variance.isVariantConvertible(implemented, used)) {
                MethodDesc method = dev.kiln.typesystem.InterfaceResolution.slots(implemented).get(slot);
                MethodDesc resolved = dev.kiln.typesystem.InterfaceResolution.resolve(type, method);
                CodeNode impl = resolved == null ? null : factory.implementation(resolved);
                if (impl != null) {
                    deps.add(new dev.kiln.depgraph.CombinedDependencyListEntry<>(impl, null,
                            "variant call of " + slotMethod.fullName() + " on constructed " + type.fullName()));
                }
            }
        }
    }

    @Override
    public String kind() {
        return "VirtualMethodUse";
    }

    @Override
    public String name() {
        return "slot " + slotMethod.fullName();
    }
}
