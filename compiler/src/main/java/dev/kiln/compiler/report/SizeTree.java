package dev.kiln.compiler.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Code and data sizes as a tree: groups (assembly, namespace, type, ...) whose size is the sum of what they
 * contain, over items (one node of the dependency graph each). Children are ordered biggest first, then by label,
 * so the tree is the same whatever order the items came in.
 */
public final class SizeTree {
    /** One sized thing: the groups it is in (outermost first), its own label, its size, and its node's index. */
    public record Item(List<String> groups, String label, long size, int node) {
        public Item {
            groups = List.copyOf(groups);
        }
    }

    /** Biggest first; ties by label, then groups before items, then by node index. */
    private static final Comparator<SizeTree> ORDER = Comparator.comparingLong(SizeTree::size).reversed()
            .thenComparing(SizeTree::label).thenComparingInt(SizeTree::node);

    private final String label;
    private final long size;
    private final int node;
    private final List<SizeTree> children;

    private SizeTree(String label, long size, int node, List<SizeTree> children) {
        this.label = label;
        this.size = size;
        this.node = node;
        this.children = children;
    }

    /** The tree of items under one root group; items without a size (inlined methods, bookkeeping) are left out. */
    public static SizeTree build(String rootLabel, List<Item> items) {
        GroupBuilder root = new GroupBuilder(rootLabel);
        for (Item item : items) {
            if (item.size() <= 0) {
                continue;
            }
            GroupBuilder g = root;
            for (String label : item.groups()) {
                g = g.groups.computeIfAbsent(label, GroupBuilder::new);
            }
            g.items.add(new SizeTree(item.label(), item.size(), item.node(), null));
        }
        return root.freeze();
    }

    public String label() {
        return label;
    }

    /** Bytes of code and data, summed over the children for a group. */
    public long size() {
        return size;
    }

    /** The item's node index, or -1 for a group. */
    public int node() {
        return node;
    }

    public boolean isGroup() {
        return children != null;
    }

    /** The children of a group, biggest first (empty for an item). */
    public List<SizeTree> children() {
        return children == null ? List.of() : children;
    }

    /** The child group or item with this label, or null. */
    public SizeTree child(String label) {
        for (SizeTree c : children()) {
            if (c.label.equals(label)) {
                return c;
            }
        }
        return null;
    }

    /** How many items (leaves) the tree holds. */
    public int itemCount() {
        if (!isGroup()) {
            return 1;
        }
        int n = 0;
        for (SizeTree c : children) {
            n += c.itemCount();
        }
        return n;
    }

    @Override
    public String toString() {
        return (isGroup() ? "group " : "item ") + label + " " + size;
    }

    private static final class GroupBuilder {
        final String label;
        final Map<String, GroupBuilder> groups = new LinkedHashMap<>();
        final List<SizeTree> items = new ArrayList<>();

        GroupBuilder(String label) {
            this.label = label;
        }

        SizeTree freeze() {
            List<SizeTree> children = new ArrayList<>(items);
            for (GroupBuilder g : groups.values()) {
                children.add(g.freeze());
            }
            children.sort(ORDER);
            long total = 0;
            for (SizeTree c : children) {
                total += c.size;
            }
            return new SizeTree(label, total, -1, List.copyOf(children));
        }
    }
}
