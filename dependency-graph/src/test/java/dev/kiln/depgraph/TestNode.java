package dev.kiln.depgraph;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** A configurable node for engine tests; the context is unused. */
final class TestNode extends DependencyNode<Object> {
    final String name;
    final List<DependencyListEntry<Object>> deps = new ArrayList<>();
    final List<CombinedDependencyListEntry<Object>> conditional = new ArrayList<>();
    boolean deferred;
    boolean interesting;
    BiFunction<List<DependencyNode<Object>>, Integer, List<CombinedDependencyListEntry<Object>>> dynamic;

    TestNode(String name) {
        this.name = name;
    }

    TestNode needs(TestNode other, String reason) {
        deps.add(new DependencyListEntry<>(other, reason));
        return this;
    }

    TestNode needsIf(TestNode other, TestNode condition, String reason) {
        conditional.add(new CombinedDependencyListEntry<>(other, condition, reason));
        return this;
    }

    @Override public String name(Object context) { return name; }
    @Override public List<DependencyListEntry<Object>> staticDependencies(Object context) { return deps; }
    @Override public boolean staticDependenciesAreComputed() { return !deferred; }
    @Override public boolean hasConditionalStaticDependencies() { return !conditional.isEmpty(); }
    @Override public List<CombinedDependencyListEntry<Object>> conditionalStaticDependencies(Object context) { return conditional; }
    @Override public boolean interestingForDynamicDependencies() { return interesting; }
    @Override public boolean hasDynamicDependencies() { return dynamic != null; }

    @Override
    public List<CombinedDependencyListEntry<Object>> searchDynamicDependencies(List<DependencyNode<Object>> marked, int firstNew, Object c) {
        return dynamic.apply(marked, firstNew);
    }

    @Override
    public String toString() {
        return name;
    }
}
