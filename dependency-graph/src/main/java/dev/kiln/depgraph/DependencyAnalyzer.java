package dev.kiln.depgraph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Marks the nodes reachable from the roots. Processing is first-in first-out from the roots in the order they
 * were added, so the marked set and its order depend only on the graph and the order of roots and edges — never
 * on hash order or thread timing. Nodes whose dependencies are computed in batches (method bodies) are handed
 * to the {@link BatchComputation} each time the worklist runs dry, which may compute them in parallel.
 */
public final class DependencyAnalyzer<C> {
    /** Produces the static dependencies of nodes that do not compute them on demand (e.g. by compiling them). */
    public interface BatchComputation<C> {
        void compute(List<DependencyNode<C>> nodes);
    }

    private record Pending<C>(DependencyNode<C> from, DependencyNode<C> to, String reason) {
    }

    private final C context;
    private final MarkStrategy<C> strategy;
    private final BatchComputation<C> batch;
    private final ArrayDeque<DependencyNode<C>> worklist = new ArrayDeque<>();
    private final List<DependencyNode<C>> marked = new ArrayList<>();
    private final List<DependencyNode<C>> deferred = new ArrayList<>();
    private final Map<DependencyNode<C>, List<Pending<C>>> waitingOnCondition = new HashMap<>();
    private final List<DependencyNode<C>> interesting = new ArrayList<>();
    private final List<DependencyNode<C>> dynamicNodes = new ArrayList<>();
    private final Map<DependencyNode<C>, Integer> dynamicSeen = new HashMap<>();
    private int phase;

    public DependencyAnalyzer(C context, MarkStrategy<C> strategy, BatchComputation<C> batch) {
        this.context = context;
        this.strategy = strategy;
        this.batch = batch;
    }

    public DependencyAnalyzer(C context, MarkStrategy<C> strategy) {
        this(context, strategy, nodes -> {
            throw new IllegalStateException("no batch computation for " + nodes.size() + " deferred nodes");
        });
    }

    public C context() {
        return context;
    }

    public MarkStrategy<C> strategy() {
        return strategy;
    }

    public void addRoot(DependencyNode<C> node, String reason) {
        mark(null, null, node, reason);
    }

    /** Starts a new phase: nodes marked from now on record it. */
    public int newPhase() {
        return ++phase;
    }

    public int phase() {
        return phase;
    }

    public boolean isMarked(DependencyNode<C> node) {
        return node.isMarked();
    }

    /** Marks to a fixed point. Can be called again after adding roots (in a new phase or not). */
    public void computeMarkedNodes() {
        while (true) {
            while (!worklist.isEmpty()) {
                process(worklist.removeFirst());
            }
            if (!deferred.isEmpty()) {
                List<DependencyNode<C>> nodes = new ArrayList<>(deferred);
                deferred.clear();
                batch.compute(nodes);
                for (DependencyNode<C> n : nodes) {
                    addStatic(n);
                }
                continue;
            }
            if (!searchDynamic()) {
                return;
            }
        }
    }

    public List<DependencyNode<C>> markedNodes() {
        return Collections.unmodifiableList(marked);
    }

    private void mark(DependencyNode<C> from, DependencyNode<C> condition, DependencyNode<C> to, String reason) {
        boolean first = !to.isMarked();
        strategy.edge(from, condition, to, reason, first);
        if (!first) {
            return;
        }
        to.markIndex = marked.size();
        to.markPhase = phase;
        marked.add(to);
        worklist.addLast(to);
    }

    private void process(DependencyNode<C> node) {
        if (node.staticDependenciesAreComputed()) {
            addStatic(node);
        } else {
            deferred.add(node);
        }
        if (node.hasConditionalStaticDependencies()) {
            for (CombinedDependencyListEntry<C> e : node.conditionalStaticDependencies(context)) {
                conditional(node, e);
            }
        }
        List<Pending<C>> released = waitingOnCondition.remove(node);
        if (released != null) {
            for (Pending<C> p : released) {
                mark(p.from(), node, p.to(), p.reason());
            }
        }
        if (node.interestingForDynamicDependencies()) {
            interesting.add(node);
        }
        if (node.hasDynamicDependencies()) {
            dynamicNodes.add(node);
        }
    }

    private void addStatic(DependencyNode<C> node) {
        for (DependencyListEntry<C> e : node.staticDependencies(context)) {
            mark(node, null, e.node(), e.reason());
        }
    }

    private void conditional(DependencyNode<C> from, CombinedDependencyListEntry<C> e) {
        DependencyNode<C> condition = e.condition();
        if (condition == null || condition.isMarked()) {
            mark(from, condition, e.node(), e.reason());
        } else {
            waitingOnCondition.computeIfAbsent(condition, k -> new ArrayList<>()).add(new Pending<>(from, e.node(), e.reason()));
        }
    }

    /** Shows each dynamic node the interesting nodes marked since it last looked; true if anything new was marked. */
    private boolean searchDynamic() {
        int before = marked.size();
        for (int i = 0; i < dynamicNodes.size(); i++) {
            DependencyNode<C> d = dynamicNodes.get(i);
            int first = dynamicSeen.getOrDefault(d, 0);
            if (first == interesting.size()) {
                continue;
            }
            dynamicSeen.put(d, interesting.size());
            for (CombinedDependencyListEntry<C> e : d.searchDynamicDependencies(Collections.unmodifiableList(interesting), first, context)) {
                conditional(d, e);
            }
        }
        return marked.size() > before || !worklist.isEmpty();
    }
}
