package dev.kiln.compiler.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SizeTreeTest {
    static SizeTree.Item item(String path, long size, int node) {
        List<String> parts = List.of(path.split("/"));
        return new SizeTree.Item(parts.subList(0, parts.size() - 1), parts.get(parts.size() - 1), size, node);
    }

    static final List<SizeTree.Item> PROGRAM = List.of(
            item("App/(no namespace)/Program/Main()", 300, 0),
            item("App/(no namespace)/Program/Helper()", 40, 1),
            item("App/(no namespace)/Program/type descriptor", 100, 2),
            item("CoreLib/System/String/Concat(System.String,System.String)", 500, 3),
            item("CoreLib/System.Collections.Generic/List`1/<System.Int32>/Add(System.Int32)", 120, 4),
            item("CoreLib/System.Collections.Generic/List`1/<System.String>/Add(System.String)", 130, 5),
            item("(string literals)/string \"hello\"", 24, 6));

    @Test
    void groupsAreTheSumOfWhatTheyContain() {
        SizeTree root = SizeTree.build("App.exe", PROGRAM);
        assertEquals(1214, root.size());
        assertEquals(440, root.child("App").size());
        assertEquals(440, root.child("App").child("(no namespace)").child("Program").size());
        SizeTree list = root.child("CoreLib").child("System.Collections.Generic").child("List`1");
        assertEquals(250, list.size());
        assertEquals(130, list.child("<System.String>").size());
        assertEquals(7, root.itemCount());
    }

    @Test
    void itemsKeepTheirNodeAndGroupsHaveNone() {
        SizeTree program = SizeTree.build("App.exe", PROGRAM).child("App").child("(no namespace)").child("Program");
        assertTrue(program.isGroup());
        assertEquals(-1, program.node());
        SizeTree main = program.child("Main()");
        assertFalse(main.isGroup());
        assertEquals(0, main.node());
        assertEquals(300, main.size());
        assertTrue(main.children().isEmpty());
    }

    @Test
    void childrenAreBiggestFirst() {
        SizeTree root = SizeTree.build("App.exe", PROGRAM);
        assertEquals(List.of("CoreLib", "App", "(string literals)"), labels(root));
        assertEquals(List.of("Main()", "type descriptor", "Helper()"),
                labels(root.child("App").child("(no namespace)").child("Program")));
    }

    @Test
    void itemsWithoutSizeAreLeftOutAndEmptyGroupsNeverAppear() {
        List<SizeTree.Item> items = new ArrayList<>(PROGRAM);
        items.add(item("App/(no namespace)/Program/Inlined()", 0, 7));
        items.add(item("App/Unused/Nothing/Inlined()", 0, 8));
        items.add(item("App/Unused/Nothing/Broken()", -1, 9));
        SizeTree root = SizeTree.build("App.exe", items);
        assertNull(root.child("App").child("(no namespace)").child("Program").child("Inlined()"));
        assertNull(root.child("App").child("Unused"));
        assertEquals(7, root.itemCount());
    }

    @Test
    void theTreeDoesNotDependOnTheOrderOfTheItems() {
        String expected = dump(SizeTree.build("App.exe", PROGRAM));
        List<SizeTree.Item> shuffled = new ArrayList<>(PROGRAM);
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(shuffled, random);
            assertEquals(expected, dump(SizeTree.build("App.exe", shuffled)));
        }
    }

    @Test
    void tiesAreOrderedByLabelThenGroupsBeforeItems() {
        SizeTree root = SizeTree.build("r", List.of(item("b", 10, 0), item("a", 10, 1), item("c/x", 10, 2), item("c", 10, 3)));
        assertEquals(List.of("a", "b", "c", "c"), labels(root));
        assertTrue(root.children().get(2).isGroup(), "the group c comes before the item c");
        assertFalse(root.children().get(3).isGroup());
    }

    @Test
    void aRootWithNothingSizedIsAnEmptyGroup() {
        SizeTree root = SizeTree.build("r", List.of(item("a/b", 0, 0)));
        assertTrue(root.isGroup());
        assertEquals(0, root.size());
        assertTrue(root.children().isEmpty());
    }

    static List<String> labels(SizeTree t) {
        return t.children().stream().map(SizeTree::label).toList();
    }

    static String dump(SizeTree t) {
        StringBuilder sb = new StringBuilder();
        dump(t, "", sb);
        return sb.toString();
    }

    private static void dump(SizeTree t, String indent, StringBuilder sb) {
        sb.append(indent).append(t).append(' ').append(t.node()).append('\n');
        for (SizeTree c : t.children()) {
            dump(c, indent + "  ", sb);
        }
    }
}
