package dev.kiln.depgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DependencyAnalyzerTest {
    static List<String> names(DependencyAnalyzer<Object> a) {
        return a.markedNodes().stream().map(n -> n.name(null)).collect(Collectors.toList());
    }

    @Test
    void staticEdgesMarkInBreadthFirstOrderAndSkipUnreachableNodes() {
        TestNode a = new TestNode("a"), b = new TestNode("b"), c = new TestNode("c"), d = new TestNode("d"), unused = new TestNode("unused");
        a.needs(b, "a calls b").needs(c, "a calls c");
        b.needs(d, "b calls d");
        c.needs(a, "cycle back");
        unused.needs(a, "never marked");
        DependencyAnalyzer<Object> an = new DependencyAnalyzer<>(null, new NoLogStrategy<>());
        an.addRoot(a, "root");
        an.computeMarkedNodes();
        assertEquals(List.of("a", "b", "c", "d"), names(an));
        assertFalse(unused.isMarked());
    }

    @Test
    void conditionalEdgeFiresWhetherTheConditionIsMarkedBeforeOrAfter() {
        TestNode type = new TestNode("ConstructedType"), slot = new TestNode("SlotUse"), impl = new TestNode("Override");
        type.needsIf(impl, slot, "override of a used slot");
        TestNode root1 = new TestNode("root1").needs(type, "new").needs(slot, "callvirt");
        DependencyAnalyzer<Object> before = new DependencyAnalyzer<>(null, new NoLogStrategy<>());
        before.addRoot(root1, "r");
        before.computeMarkedNodes();
        assertTrue(impl.isMarked());

        TestNode type2 = new TestNode("T2"), slot2 = new TestNode("S2"), impl2 = new TestNode("O2");
        type2.needsIf(impl2, slot2, "override");
        TestNode root2 = new TestNode("root2").needs(slot2, "callvirt first").needs(type2, "new later");
        DependencyAnalyzer<Object> after = new DependencyAnalyzer<>(null, new NoLogStrategy<>());
        after.addRoot(root2, "r");
        after.computeMarkedNodes();
        assertTrue(impl2.isMarked());
    }

    @Test
    void conditionalEdgeNeverFiresWithoutItsCondition() {
        TestNode type = new TestNode("T"), slot = new TestNode("S"), impl = new TestNode("O");
        type.needsIf(impl, slot, "override");
        DependencyAnalyzer<Object> an = new DependencyAnalyzer<>(null, new NoLogStrategy<>());
        an.addRoot(type, "r");
        an.computeMarkedNodes();
        assertFalse(impl.isMarked());
        assertFalse(slot.isMarked());
    }

    @Test
    void dynamicDependenciesSeeEveryInterestingNodeOnce() {
        TestNode gvm = new TestNode("GenericVirtualMethod");
        TestNode t1 = new TestNode("Type1"), t2 = new TestNode("Type2");
        t1.interesting = true;
        t2.interesting = true;
        List<Integer> calls = new ArrayList<>();
        gvm.dynamic = (marked, first) -> {
            calls.add(marked.size() - first);
            List<CombinedDependencyListEntry<Object>> out = new ArrayList<>();
            for (int i = first; i < marked.size(); i++) {
                out.add(new CombinedDependencyListEntry<>(new TestNode("impl-on-" + marked.get(i).name(null)), null, "gvm x type"));
            }
            return out;
        };
        TestNode root = new TestNode("root").needs(gvm, "call").needs(t1, "new");
        t1.needs(t2, "field type");
        DependencyAnalyzer<Object> an = new DependencyAnalyzer<>(null, new NoLogStrategy<>());
        an.addRoot(root, "r");
        an.computeMarkedNodes();
        assertTrue(names(an).containsAll(List.of("impl-on-Type1", "impl-on-Type2")), names(an).toString());
        assertEquals(2, calls.stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void deferredNodesAreComputedInBatchesAndPhasesAreRecorded() {
        TestNode m1 = new TestNode("m1"), m2 = new TestNode("m2"), m3 = new TestNode("m3");
        m1.deferred = true;
        m2.deferred = true;
        m3.deferred = true;
        List<List<String>> batches = new ArrayList<>();
        DependencyAnalyzer<Object> an = new DependencyAnalyzer<>(null, new NoLogStrategy<>(), nodes -> {
            batches.add(nodes.stream().map(n -> n.name(null)).collect(Collectors.toList()));
            for (DependencyNode<Object> n : nodes) {
                if (n == m1) {
                    m1.needs(m2, "compiled m1 calls m2").needs(m3, "compiled m1 calls m3");
                }
            }
        });
        an.addRoot(m1, "entry");
        an.computeMarkedNodes();
        assertEquals(List.of(List.of("m1"), List.of("m2", "m3")), batches);
        assertEquals(0, m3.markPhase());
        TestNode late = new TestNode("late");
        an.newPhase();
        an.addRoot(late, "second phase root");
        an.computeMarkedNodes();
        assertEquals(1, late.markPhase());
    }

    @Test
    void strategiesRecordNothingFirstReasonsOrEverything() {
        for (int kind = 0; kind < 3; kind++) {
            TestNode a = new TestNode("a"), b = new TestNode("b"), c = new TestNode("c");
            a.needs(b, "a->b").needs(c, "a->c");
            b.needs(c, "b->c");
            MarkStrategy<Object> s = kind == 0 ? new NoLogStrategy<>() : kind == 1 ? new FirstMarkLogStrategy<>() : new FullGraphLogStrategy<>();
            DependencyAnalyzer<Object> an = new DependencyAnalyzer<>(null, s);
            an.addRoot(a, "root");
            an.computeMarkedNodes();
            int expectedEdges = kind == 0 ? -1 : kind == 1 ? 3 : 4;
            assertEquals(expectedEdges, s.graph() == null ? -1 : s.graph().edges().size(), "strategy " + kind);
        }
    }

    @Test
    void reasonChainIsTheShortestPathFromARoot() {
        TestNode main = new TestNode("Main"), a = new TestNode("A"), b = new TestNode("B"), target = new TestNode("Target");
        main.needs(a, "calls A").needs(target, "calls Target directly");
        a.needs(b, "A calls B");
        b.needs(target, "B calls Target");
        FullGraphLogStrategy<Object> s = new FullGraphLogStrategy<>();
        DependencyAnalyzer<Object> an = new DependencyAnalyzer<>(null, s);
        an.addRoot(main, "entry point");
        an.computeMarkedNodes();
        NamedGraph g = s.graph().toNamed(null, an.markedNodes());
        List<NamedGraph.Step> chain = g.reasonChain("Target");
        assertEquals(List.of(new NamedGraph.Step("Main", "entry point"), new NamedGraph.Step("Target", "calls Target directly")), chain);
        assertTrue(g.reasonChain("Nowhere").isEmpty());
    }

    @Test
    void reasonTreeGivesEveryReachableNodeTheLastStepOfItsChain() {
        NamedGraph g = new NamedGraph();
        g.addRoot("Main", "entry point");
        g.addEdge("Main", "A", "calls A", null);
        g.addEdge("A", "B", "A calls B", null);
        g.addEdge("Main", "B", "Main calls B", null);
        g.addEdge("T", "Override", "vtable slot", "slot");
        g.addEdge("Main", "T", "new", null);
        g.addEdge("Lost", "Main", "never marked", null);
        var tree = g.reasonTree();
        assertEquals(List.of("Main", "A", "B", "T", "Override"), List.copyOf(tree.keySet()));
        assertEquals(new NamedGraph.Via(null, "entry point"), tree.get("Main"));
        assertEquals(new NamedGraph.Via("Main", "Main calls B"), tree.get("B"));
        assertEquals(new NamedGraph.Via("T", "vtable slot (with slot)"), tree.get("Override"));
        assertFalse(tree.containsKey("Lost"));
        for (String n : tree.keySet()) {
            List<NamedGraph.Step> chain = g.reasonChain(n);
            assertEquals(n, chain.get(chain.size() - 1).node());
            assertEquals(tree.get(n).reason(), chain.get(chain.size() - 1).reason());
        }
    }

    @Test
    void dgmlAndDotRoundTrip(@TempDir Path dir) throws Exception {
        TestNode main = new TestNode("Main<&>"), t = new TestNode("T \"quoted\""), slot = new TestNode("slot"), o = new TestNode("override");
        main.needs(t, "new").needs(slot, "callvirt");
        t.needsIf(o, slot, "override of used slot");
        FullGraphLogStrategy<Object> s = new FullGraphLogStrategy<>();
        DependencyAnalyzer<Object> an = new DependencyAnalyzer<>(null, s);
        an.addRoot(main, "entry");
        an.computeMarkedNodes();
        NamedGraph g = s.graph().toNamed(null, an.markedNodes());
        Path file = dir.resolve("g.dgml");
        try (var w = Files.newBufferedWriter(file)) {
            DgmlWriter.write(g, w);
        }
        NamedGraph back = DgmlReader.read(file);
        assertEquals(g.nodes(), back.nodes());
        assertEquals(g.edges(), back.edges());
        assertEquals(g.roots(), back.roots());
        assertEquals("slot", back.edges().stream().filter(e -> e.to().equals("override")).findFirst().orElseThrow().condition());
        StringWriter dot = new StringWriter();
        DotWriter.write(g, dot);
        assertTrue(dot.toString().contains("\"Main<&>\" -> \"T \\\"quoted\\\"\""), dot.toString());
    }

    /** Builds the same random graph with edges and conditional registrations in shuffled orders. */
    @Test
    void markedSetIsIndependentOfInsertionOrderAndOrderIsStableForTheSameInput() {
        List<String> reference = null;
        List<String> referenceSorted = null;
        for (int shuffle = 0; shuffle < 20; shuffle++) {
            Random structure = new Random(42);
            Random order = new Random(shuffle);
            int n = 300;
            List<TestNode> nodes = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                nodes.add(new TestNode("n" + i));
            }
            List<Runnable> registrations = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                TestNode from = nodes.get(i);
                for (int k = 0; k < 3; k++) {
                    TestNode to = nodes.get(structure.nextInt(n));
                    registrations.add(() -> from.needs(to, "edge"));
                }
                if (structure.nextInt(4) == 0) {
                    TestNode to = nodes.get(structure.nextInt(n));
                    TestNode cond = nodes.get(structure.nextInt(n));
                    registrations.add(() -> from.needsIf(to, cond, "conditional"));
                }
            }
            if (shuffle > 0) {
                Collections.shuffle(registrations, order);
            }
            registrations.forEach(Runnable::run);
            DependencyAnalyzer<Object> an = new DependencyAnalyzer<>(null, new NoLogStrategy<>());
            an.addRoot(nodes.get(0), "root");
            an.computeMarkedNodes();
            List<String> marked = names(an);
            List<String> sorted = new ArrayList<>(marked);
            Collections.sort(sorted);
            if (reference == null) {
                reference = marked;
                referenceSorted = sorted;
                // the same input twice gives the same order
                DependencyAnalyzer<Object> again = new DependencyAnalyzer<>(null, new NoLogStrategy<>());
                for (TestNode t : nodes) {
                    t.markIndex = -1;
                }
                again.addRoot(nodes.get(0), "root");
                again.computeMarkedNodes();
                assertEquals(reference, names(again));
            } else {
                assertEquals(referenceSorted, sorted, "shuffle " + shuffle);
            }
        }
    }
}
