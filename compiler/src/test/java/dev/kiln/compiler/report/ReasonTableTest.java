package dev.kiln.compiler.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.kiln.depgraph.NamedGraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReasonTableTest {
    /** A first-reason graph as the compiler records it: each node once, with the edge that first reached it. */
    static NamedGraph firstReasons() {
        NamedGraph g = new NamedGraph();
        g.addRoot("Program::Main()", "entry point");
        g.addEdge("Program::Main()", "Program::Run()", "call from Program::Main()", null);
        g.addEdge("Program::Main()", "constructed Dog", "newobj in Program::Main()", null);
        g.addEdge("Program::Run()", "slot Animal::Sound()", "call from Program::Run()", null);
        g.addEdge("constructed Dog", "Dog::Sound()", "vtable slot 3 of Dog", "slot Animal::Sound()");
        g.addNode("Orphan::M()");
        return g;
    }

    static final List<String> NODES = List.of("Program::Main()", "Program::Run()", "constructed Dog", "slot Animal::Sound()",
            "Dog::Sound()", "Orphan::M()");

    @Test
    void eachNodePointsToTheNodeBeforeItOnItsChain() {
        ReasonTable t = new ReasonTable(NODES, firstReasons());
        assertEquals(new ReasonTable.Entry("Program::Main()", -1, 0), t.entries().get(0));
        assertEquals(0, t.entries().get(1).from());
        assertEquals(2, t.entries().get(4).from());
        assertEquals(List.of(0, 2, 4), t.chain(4));
    }

    @Test
    void chainsReadLikeKilnWhy() {
        NamedGraph g = firstReasons();
        ReasonTable t = new ReasonTable(NODES, g);
        for (int i = 0; i < 5; i++) {
            List<NamedGraph.Step> expected = g.reasonChain(NODES.get(i));
            List<Integer> chain = t.chain(i);
            assertEquals(expected.size(), chain.size());
            for (int k = 0; k < chain.size(); k++) {
                assertEquals(expected.get(k).node(), t.entries().get(chain.get(k)).name());
                assertEquals(expected.get(k).reason(), t.reasonOf(chain.get(k)));
            }
        }
        assertEquals("vtable slot 3 of Dog (with slot Animal::Sound())", t.reasonOf(4));
    }

    @Test
    void reasonsNamingTheNodeBeforeAreStoredOnce() {
        ReasonTable t = new ReasonTable(NODES, firstReasons());
        assertEquals(List.of("entry point", "call from \u0001", "newobj in \u0001", "vtable slot 3 of Dog (with slot Animal::Sound())"),
                t.reasons());
        assertEquals(t.entries().get(1).reason(), t.entries().get(3).reason());
        assertEquals("call from Program::Run()", t.reasonOf(3));
    }

    @Test
    void aNodeNoRootReachesHasNoReason() {
        ReasonTable t = new ReasonTable(NODES, firstReasons());
        assertEquals(new ReasonTable.Entry("Orphan::M()", -1, -1), t.entries().get(5));
        assertNull(t.reasonOf(5));
        assertEquals(List.of(5), t.chain(5));
    }

    @Test
    void nodesOfTheGraphOnAChainButNotListedAreAddedAfterTheListedOnes() {
        ReasonTable t = new ReasonTable(List.of("Dog::Sound()"), firstReasons());
        assertEquals("Dog::Sound()", t.entries().get(0).name());
        List<String> chain = t.chain(0).stream().map(i -> t.entries().get(i).name()).toList();
        assertEquals(List.of("Program::Main()", "constructed Dog", "Dog::Sound()"), chain);
    }

    @Test
    void withoutAGraphEveryNodeIsUnexplained() {
        ReasonTable t = new ReasonTable(List.of("A", "B"), null);
        assertEquals(List.of(new ReasonTable.Entry("A", -1, -1), new ReasonTable.Entry("B", -1, -1)), t.entries());
    }
}
