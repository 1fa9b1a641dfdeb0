package dev.kiln.depgraph;

import java.util.List;

/**
 * A node of the dependency graph: something that may end up in the output. Nodes name themselves and, once
 * marked, report what they need — each edge with a reason. The engine owns the marking state.
 *
 * @param <C> the context passed to dependency computations (the compilation)
 */
public abstract class DependencyNode<C> {
    int markIndex = -1;
    int markPhase = -1;

    public abstract String name(C context);

    /** Static dependencies: what this node needs as soon as it is marked. */
    public List<DependencyListEntry<C>> staticDependencies(C context) {
        return List.of();
    }

    /** False when static dependencies are produced by a batch computation (e.g. compiling the method). */
    public boolean staticDependenciesAreComputed() {
        return true;
    }

    public boolean hasConditionalStaticDependencies() {
        return false;
    }

    /** "Also needs X if Y is marked" edges. */
    public List<CombinedDependencyListEntry<C>> conditionalStaticDependencies(C context) {
        return List.of();
    }

    /** Whether this node, once marked, is shown to the nodes with dynamic dependencies. */
    public boolean interestingForDynamicDependencies() {
        return false;
    }

    public boolean hasDynamicDependencies() {
        return false;
    }

    /**
     * Called with every marked interesting node, newest from index firstNew on: returns the edges that arise
     * from the combination (e.g. a generic virtual method × a type that overrides it).
     */
    public List<CombinedDependencyListEntry<C>> searchDynamicDependencies(List<DependencyNode<C>> markedInteresting,
                                                                          int firstNew, C context) {
        return List.of();
    }

    public final boolean isMarked() {
        return markIndex >= 0;
    }

    /** Position in the marked order (deterministic), or -1. */
    public final int markIndex() {
        return markIndex;
    }

    /** The phase in which the node was marked, or -1. */
    public final int markPhase() {
        return markPhase;
    }
}
