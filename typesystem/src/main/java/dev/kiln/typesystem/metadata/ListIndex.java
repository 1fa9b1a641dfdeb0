package dev.kiln.typesystem.metadata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reverse lookups over the tables: member lists (with FieldPtr/MethodPtr/ParamPtr indirection), declaring types,
 * nesting, layouts, RVAs, and the rows that point at a given parent. Built once, on first use of each kind.
 */
final class ListIndex {
    private final MetadataFile md;
    private int[] methodOwner;
    private int[] fieldOwner;
    private int[] enclosing;
    private int[] fieldRvas;
    private int[] fieldOffsets;
    private int[] classLayouts;
    private Map<Integer, int[]> genericParams;
    private Map<Integer, int[]> customAttributes;
    private final Map<TableId, Map<Integer, int[]>> byParent = new HashMap<>();

    ListIndex(MetadataFile md) {
        this.md = md;
    }

    private int listLength(TableId target) {
        TableId ptr = pointerTable(target);
        if (ptr != null && md.rowCount(ptr) > 0) {
            return md.rowCount(ptr);
        }
        return md.rowCount(target);
    }

    private static TableId pointerTable(TableId target) {
        switch (target) {
            case Field: return TableId.FieldPtr;
            case MethodDef: return TableId.MethodPtr;
            case Param: return TableId.ParamPtr;
            case Event: return TableId.EventPtr;
            case Property: return TableId.PropertyPtr;
            default: return null;
        }
    }

    /** {first, end (exclusive)} list positions of owner row rid's list in column c. */
    int[] range(TableId owner, int rid, int c, TableId target) {
        int length = listLength(target);
        int first = start(owner, rid, c, length);
        int end = rid < md.rowCount(owner) ? start(owner, rid + 1, c, length) : length + 1;
        if (end < first) {
            throw md.bad(owner + " row " + rid + " has a " + target + " list that ends before it starts");
        }
        return new int[] {first, end};
    }

    private int start(TableId owner, int rid, int c, int length) {
        int s = Tokens.rid(md.column(owner, rid, c));
        if (s == 0) {
            s = length + 1;
        }
        return Math.min(Math.max(s, 1), length + 1);
    }

    int indirect(TableId ptr, int listIndex) {
        if (md.rowCount(ptr) > 0) {
            return Tokens.rid(md.column(ptr, listIndex, 0));
        }
        return listIndex;
    }

    private TableId targetOfPtr(TableId ptr) {
        return ptr == TableId.FieldPtr ? TableId.Field : ptr == TableId.MethodPtr ? TableId.MethodDef : TableId.Param;
    }

    synchronized int declaringTypeOfMethod(int methodRid) {
        if (methodOwner == null) {
            methodOwner = owners(5, TableId.MethodDef, TableId.MethodPtr);
        }
        return lookup(methodOwner, methodRid, TableId.MethodDef);
    }

    synchronized int declaringTypeOfField(int fieldRid) {
        if (fieldOwner == null) {
            fieldOwner = owners(4, TableId.Field, TableId.FieldPtr);
        }
        return lookup(fieldOwner, fieldRid, TableId.Field);
    }

    private int lookup(int[] owners, int rid, TableId table) {
        if (rid < 1 || rid >= owners.length) {
            throw md.bad(table + " row " + rid + " does not exist");
        }
        if (owners[rid] == 0) {
            throw md.bad(table + " row " + rid + " belongs to no type");
        }
        return owners[rid];
    }

    private int[] owners(int column, TableId target, TableId ptr) {
        int[] owners = new int[md.rowCount(target) + 1];
        int types = md.rowCount(TableId.TypeDef);
        for (int t = 1; t <= types; t++) {
            int[] r = range(TableId.TypeDef, t, column, target);
            for (int i = r[0]; i < r[1]; i++) {
                int rid = indirect(ptr, i);
                if (rid >= 1 && rid < owners.length) {
                    owners[rid] = t;
                }
            }
        }
        return owners;
    }

    synchronized int enclosingType(int typeRid) {
        if (enclosing == null) {
            enclosing = new int[md.rowCount(TableId.TypeDef) + 1];
            for (int r = 1; r <= md.rowCount(TableId.NestedClass); r++) {
                NestedClassRow row = md.nestedClass(r);
                if (row.enclosingRid() < 1 || row.enclosingRid() >= enclosing.length) {
                    throw md.bad("NestedClass row " + r + " names enclosing TypeDef row " + row.enclosingRid() + ", which does not exist");
                }
                if (row.nestedRid() >= 1 && row.nestedRid() < enclosing.length && row.nestedRid() != row.enclosingRid()) {
                    enclosing[row.nestedRid()] = row.enclosingRid();
                }
            }
            breakCycles();
        }
        if (typeRid < 1 || typeRid >= enclosing.length) {
            throw md.bad("TypeDef row " + typeRid + " does not exist");
        }
        return enclosing[typeRid];
    }

    /** A nesting cycle (malformed input) would make name building loop forever: reject it. */
    private void breakCycles() {
        for (int start = 1; start < enclosing.length; start++) {
            int steps = 0;
            for (int t = enclosing[start]; t != 0; t = enclosing[t]) {
                if (++steps > enclosing.length) {
                    throw md.bad("TypeDef row " + start + " is nested in a cycle of enclosing types");
                }
            }
        }
    }

    synchronized int fieldRva(int fieldRid) {
        if (fieldRvas == null) {
            fieldRvas = new int[md.rowCount(TableId.Field) + 1];
            for (int r = 1; r <= md.rowCount(TableId.FieldRVA); r++) {
                FieldRvaRow row = md.fieldRvaRow(r);
                if (row.fieldRid() >= 1 && row.fieldRid() < fieldRvas.length) {
                    fieldRvas[row.fieldRid()] = row.rva();
                }
            }
        }
        return fieldRid >= 1 && fieldRid < fieldRvas.length ? fieldRvas[fieldRid] : 0;
    }

    synchronized int fieldOffset(int fieldRid) {
        if (fieldOffsets == null) {
            fieldOffsets = new int[md.rowCount(TableId.Field) + 1];
            Arrays.fill(fieldOffsets, -1);
            for (int r = 1; r <= md.rowCount(TableId.FieldLayout); r++) {
                FieldLayoutRow row = md.fieldLayout(r);
                if (row.fieldRid() >= 1 && row.fieldRid() < fieldOffsets.length) {
                    fieldOffsets[row.fieldRid()] = row.offset();
                }
            }
        }
        return fieldRid >= 1 && fieldRid < fieldOffsets.length ? fieldOffsets[fieldRid] : -1;
    }

    synchronized int classLayout(int typeRid) {
        if (classLayouts == null) {
            classLayouts = new int[md.rowCount(TableId.TypeDef) + 1];
            for (int r = 1; r <= md.rowCount(TableId.ClassLayout); r++) {
                int parent = Tokens.rid(md.column(TableId.ClassLayout, r, 2));
                if (parent >= 1 && parent < classLayouts.length) {
                    classLayouts[parent] = r;
                }
            }
        }
        return typeRid >= 1 && typeRid < classLayouts.length ? classLayouts[typeRid] : 0;
    }

    synchronized int[] genericParams(int ownerToken) {
        if (genericParams == null) {
            genericParams = group(TableId.GenericParam, 2);
        }
        return genericParams.getOrDefault(ownerToken, new int[0]);
    }

    synchronized int[] customAttributes(int parentToken) {
        if (customAttributes == null) {
            customAttributes = group(TableId.CustomAttribute, 0);
        }
        return customAttributes.getOrDefault(parentToken, new int[0]);
    }

    /** Rows of table whose column c (a TypeDef index) names typeRid. */
    synchronized int[] rowsByParent(TableId table, int c, int typeRid) {
        Map<Integer, int[]> map = byParent.computeIfAbsent(table, t -> group(t, c));
        return map.getOrDefault(Tokens.make(TableId.TypeDef, typeRid), new int[0]);
    }

    /** Row ids of table grouped by the token in column c, in row order. */
    private Map<Integer, int[]> group(TableId table, int c) {
        Map<Integer, List<Integer>> lists = new HashMap<>();
        for (int r = 1; r <= md.rowCount(table); r++) {
            lists.computeIfAbsent(md.column(table, r, c), k -> new ArrayList<>()).add(r);
        }
        Map<Integer, int[]> out = new HashMap<>();
        lists.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }
}
