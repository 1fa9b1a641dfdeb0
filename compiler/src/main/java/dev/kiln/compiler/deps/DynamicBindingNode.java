package dev.kiln.compiler.deps;

import dev.kiln.depgraph.CombinedDependencyListEntry;
import dev.kiln.depgraph.DependencyListEntry;
import dev.kiln.depgraph.DependencyNode;
import dev.kiln.typesystem.TypeDesc;
import java.util.ArrayList;
import java.util.List;

/**
 * What a dynamic call site's binder may reach by reflection on whatever runtime type arrives: which types may arrive
 * is not known, so the node is paired (the engine's dynamic dependencies) with each type the program constructs or
 * names with typeof (a static call's receiver) as it is marked, and keeps what {@link #membersOf} finds on it.
 */
abstract class DynamicBindingNode extends KilnNode {
    @Override
    public final boolean hasDynamicDependencies() {
        return true;
    }

    @Override
    public final List<CombinedDependencyListEntry<NodeFactory>> searchDynamicDependencies(List<DependencyNode<NodeFactory>> marked,
                                                                                           int firstNew, NodeFactory factory) {
        List<CombinedDependencyListEntry<NodeFactory>> deps = new ArrayList<>();
        for (int i = firstNew; i < marked.size(); i++) {
            TypeDesc type = marked.get(i) instanceof ConstructedTypeNode c ? c.type()
                    : marked.get(i) instanceof ReflectableTypeNode r ? r.type() : null;
            if (type != null) {
                for (DependencyListEntry<NodeFactory> e : membersOf(factory, type)) {
                    deps.add(new CombinedDependencyListEntry<>(e.node(), null, e.reason()));
                }
            }
        }
        return deps;
    }

    /** What the binder may use on type (and its bases), each edge naming the site's rule and the type. */
    abstract List<DependencyListEntry<NodeFactory>> membersOf(NodeFactory factory, TypeDesc type);
}
