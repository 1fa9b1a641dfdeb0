package dev.kiln.compiler.deps;

import dev.kiln.depgraph.CombinedDependencyListEntry;
import dev.kiln.depgraph.DependencyNode;
import dev.kiln.typesystem.InstantiatedMethod;
import dev.kiln.typesystem.MethodDesc;
import java.util.ArrayList;
import java.util.List;

/**
 * A virtual call of a generic method instantiation (M&lt;T&gt;). Which bodies it needs depends on the types that
 * exist: for every constructed type that overrides or implements M, the override instantiated over T. The engine's
 * dynamic dependencies pair this node with each constructed type as it is marked.
 */
public final class GenericVirtualMethodUseNode extends KilnNode {
    private final InstantiatedMethod method;

    GenericVirtualMethodUseNode(InstantiatedMethod method) {
        this.method = method;
    }

    public InstantiatedMethod method() {
        return method;
    }

    @Override
    public String kind() {
        return "GenericVirtualMethodUse";
    }

    @Override
    public String name() {
        return "generic virtual " + method.fullName();
    }

    @Override
    public boolean hasDynamicDependencies() {
        return true;
    }

    @Override
    public List<CombinedDependencyListEntry<NodeFactory>> searchDynamicDependencies(List<DependencyNode<NodeFactory>> marked,
                                                                                     int firstNew, NodeFactory factory) {
        List<CombinedDependencyListEntry<NodeFactory>> deps = new ArrayList<>();
        for (int i = firstNew; i < marked.size(); i++) {
            if (marked.get(i) instanceof ConstructedTypeNode type) {
                MethodDesc impl = dev.kiln.il.GenericVirtualResolution.resolve(type.type(), method);
                CodeNode code = impl == null ? null : factory.methodEntry(impl);
                if (code != null) {
                    deps.add(new CombinedDependencyListEntry<>(code, null,
                            "override of " + method.fullName() + " in constructed " + type.type().fullName()));
                }
            }
        }
        return deps;
    }
}
