package dev.kiln.typesystem.metadata;

import java.util.ArrayList;
import java.util.List;

/**
 * Where every table and column lies inside the #~ stream: row counts, heap and table index widths (2 or 4 bytes,
 * per HeapSizes and row counts, II.24.2.6) and row sizes. Reading a column is a few array lookups.
 */
final class TableLayout {
    private static final int TABLE_SLOTS = 64;

    private final String name;
    private final byte[] data;
    private final int[] rows = new int[TABLE_SLOTS];
    private final int[] tableStart = new int[TABLE_SLOTS];
    private final int[] rowSize = new int[TABLE_SLOTS];
    private final int[][] columnOffset = new int[TABLE_SLOTS][];
    private final int[][] columnWidth = new int[TABLE_SLOTS][];
    private final Column[][] columns = new Column[TABLE_SLOTS][];

    TableLayout(String name, byte[] data, int start, int size, boolean uncompressed) {
        this.name = name;
        this.data = data;
        int end = start + size;
        if (size < 24) {
            throw bad("#~ stream is too small (" + size + " bytes)");
        }
        int heapSizes = data[start + 6] & 0xFF;
        long valid = readLong(start + 8);
        int p = start + 24;
        for (int t = 0; t < TABLE_SLOTS; t++) {
            if ((valid >>> t & 1) != 0) {
                if (p + 4 > end) {
                    throw bad("#~ row counts extend past the stream");
                }
                int count = readInt(p);
                p += 4;
                if (TableId.fromNumber(t) == null) {
                    if (count != 0) {
                        throw bad("#~ has rows for unknown table 0x" + Integer.toHexString(t));
                    }
                    continue;
                }
                if (count < 0 || count > 0x00FFFFFF) {
                    throw bad("table " + TableId.fromNumber(t) + " has an impossible row count " + Integer.toUnsignedString(count));
                }
                rows[t] = count;
            }
        }
        if ((heapSizes & 0x40) != 0) {
            p += 4; // "extra data" present in some uncompressed (#-) streams
        }
        int stringWidth = (heapSizes & 0x01) != 0 ? 4 : 2;
        int guidWidth = (heapSizes & 0x02) != 0 ? 4 : 2;
        int blobWidth = (heapSizes & 0x04) != 0 ? 4 : 2;
        long offset = p;
        for (TableId table : TableId.values()) {
            int t = table.number();
            List<Column> cols = TableSchema.columns(table);
            columns[t] = cols.toArray(new Column[0]);
            columnOffset[t] = new int[cols.size()];
            columnWidth[t] = new int[cols.size()];
            int o = 0;
            for (int c = 0; c < cols.size(); c++) {
                int w = width(cols.get(c), stringWidth, guidWidth, blobWidth);
                columnOffset[t][c] = o;
                columnWidth[t][c] = w;
                o += w;
            }
            rowSize[t] = o;
            tableStart[t] = (int) Math.min(offset, Integer.MAX_VALUE);
            offset += (long) o * rows[t];
            if (offset > end) {
                throw bad("table " + table + " (" + rows[t] + " rows of " + o + " bytes) extends past the #~ stream");
            }
        }
    }

    private int width(Column c, int stringWidth, int guidWidth, int blobWidth) {
        switch (c.kind()) {
            case U8: return 1;
            case U16: return 2;
            case U32: return 4;
            case STRING: return stringWidth;
            case GUID: return guidWidth;
            case BLOB: return blobWidth;
            case TABLE: return rows[c.table().number()] < 0x10000 ? 2 : 4;
            default: {
                int max = 0;
                for (TableId t : c.coded().tables) {
                    if (t != null) {
                        max = Math.max(max, rows[t.number()]);
                    }
                }
                return max < (1 << (16 - c.coded().tagBits)) ? 2 : 4;
            }
        }
    }

    private BadImageFormatException bad(String what) {
        return new BadImageFormatException(name + ": " + what);
    }

    private int readInt(int p) {
        return (data[p] & 0xFF) | (data[p + 1] & 0xFF) << 8 | (data[p + 2] & 0xFF) << 16 | (data[p + 3] & 0xFF) << 24;
    }

    private long readLong(int p) {
        return (readInt(p) & 0xFFFFFFFFL) | (long) readInt(p + 4) << 32;
    }

    int rowCount(TableId t) {
        return rows[t.number()];
    }

    List<TableId> presentTables() {
        List<TableId> list = new ArrayList<>();
        for (TableId t : TableId.values()) {
            if (rows[t.number()] > 0) {
                list.add(t);
            }
        }
        return list;
    }

    /** File offset of a column's bytes (for tools that patch assemblies, such as the runtime-async test toolkit). */
    int columnFileOffset(TableId table, int rid, int c) {
        int t = table.number();
        if (rid < 1 || rid > rows[t]) {
            throw bad(table + " row " + rid + " does not exist (" + rows[t] + " rows)");
        }
        return tableStart[t] + (rid - 1) * rowSize[t] + columnOffset[t][c];
    }

    int column(TableId table, int rid, int c, Heaps heaps) {
        int t = table.number();
        if (rid < 1 || rid > rows[t]) {
            throw bad(table + " row " + rid + " does not exist (" + rows[t] + " rows)");
        }
        Column[] cols = columns[t];
        if (c < 0 || c >= cols.length) {
            throw new IllegalArgumentException(table + " has no column " + c);
        }
        int p = tableStart[t] + (rid - 1) * rowSize[t] + columnOffset[t][c];
        int raw = columnWidth[t][c] == 2 ? (data[p] & 0xFF) | (data[p + 1] & 0xFF) << 8
                : columnWidth[t][c] == 1 ? data[p] & 0xFF : readInt(p);
        Column col = cols[c];
        switch (col.kind()) {
            case TABLE: {
                if (raw < 0 || raw > rows[col.table().number()] + 1) {
                    throw bad(table + " row " + rid + " column " + col.name() + " refers to " + col.table() + " row "
                            + Integer.toUnsignedString(raw) + " (" + rows[col.table().number()] + " rows)");
                }
                return raw == 0 ? 0 : Tokens.make(col.table(), raw);
            }
            case CODED: {
                Integer token = col.coded().decode(raw);
                if (token == null) {
                    throw bad(table + " row " + rid + " column " + col.name() + " has an invalid coded index 0x" + Integer.toHexString(raw));
                }
                if (token != 0 && Tokens.rid(token) > rows[token >>> 24]) {
                    throw bad(table + " row " + rid + " column " + col.name() + " refers to missing "
                            + Tokens.table(token) + " row " + Tokens.rid(token));
                }
                return token;
            }
            case STRING:
                if (raw < 0 || raw >= Math.max(heaps.stringsSize(), 1)) {
                    throw bad(table + " row " + rid + " column " + col.name() + ": #Strings offset 0x"
                            + Integer.toHexString(raw) + " out of range");
                }
                return raw;
            default:
                return raw;
        }
    }
}
