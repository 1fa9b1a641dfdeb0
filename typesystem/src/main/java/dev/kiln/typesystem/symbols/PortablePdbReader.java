package dev.kiln.typesystem.symbols;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads a portable PDB (dotnet/runtime docs/design/specs/PortablePdb-Metadata.md), as Roslyn writes it: an ECMA-335
 * metadata root whose #Pdb stream holds the PDB id and the row counts of the assembly's tables, and whose #~ stream
 * holds the debug tables — Document (0x30), MethodDebugInformation (0x31: a row per MethodDef, its sequence points
 * blob), LocalScope (0x32) and LocalVariable (0x33) for local names.
 */
public final class PortablePdbReader {
    private static final int DOCUMENT = 0x30, METHOD_DEBUG_INFORMATION = 0x31, LOCAL_SCOPE = 0x32, LOCAL_VARIABLE = 0x33,
            LOCAL_CONSTANT = 0x34, IMPORT_SCOPE = 0x35, STATE_MACHINE_METHOD = 0x36, METHOD_DEF = 0x06;

    private final ByteBuffer data;
    private final String name;
    private int pdbStart, tablesStart, stringsStart, blobStart, guidStart;
    private byte[] id;
    private final int[] rows = new int[64];
    private final int[] tableOffset = new int[64];
    private int stringIndexSize, guidIndexSize, blobIndexSize;

    private PortablePdbReader(byte[] bytes, String name) {
        this.data = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        this.name = name;
    }

    /** The GUID of the PDB id (its first 16 bytes), which the assembly's CodeView debug directory entry names. */
    public static UUID id(byte[] bytes, String name) {
        PortablePdbReader reader = new PortablePdbReader(bytes, name);
        try {
            reader.readStreams();
        } catch (IndexOutOfBoundsException | IllegalArgumentException | java.nio.BufferUnderflowException e) {
            throw new SymbolFormatException(name + ": truncated or corrupt portable PDB (" + e.getMessage() + ")");
        }
        return Guids.of(reader.id, 0);
    }

    public static ModuleSymbols read(byte[] bytes, String name) {
        PortablePdbReader reader = new PortablePdbReader(bytes, name);
        try {
            reader.readStreams();
            reader.readTables();
            return reader.readMethods();
        } catch (IndexOutOfBoundsException | IllegalArgumentException | java.nio.BufferUnderflowException e) {
            throw new SymbolFormatException(name + ": truncated or corrupt portable PDB (" + e.getMessage() + ")");
        }
    }

    private void readStreams() {
        if (data.capacity() < 16 || data.getInt(0) != 0x424A5342) { // "BSJB"
            throw new SymbolFormatException(name + ": not a portable PDB (no metadata signature)");
        }
        int versionLength = data.getInt(12);
        int p = 16 + versionLength;
        int streams = data.getShort(p + 2) & 0xFFFF;
        p += 4;
        pdbStart = tablesStart = stringsStart = blobStart = guidStart = -1;
        for (int i = 0; i < streams; i++) {
            int offset = data.getInt(p), size = data.getInt(p + 4);
            if (offset < 0 || size < 0 || offset + size > data.capacity()) {
                throw new SymbolFormatException(name + ": a metadata stream lies outside the file");
            }
            p += 8;
            StringBuilder stream = new StringBuilder();
            while (data.get(p) != 0) {
                stream.append((char) data.get(p++));
            }
            p = (p + 4) & ~3;
            switch (stream.toString()) {
                case "#Pdb" -> pdbStart = offset;
                case "#~" -> tablesStart = offset;
                case "#Strings" -> stringsStart = offset;
                case "#Blob" -> blobStart = offset;
                case "#GUID" -> guidStart = offset;
                default -> { }
            }
        }
        if (pdbStart < 0 || tablesStart < 0) {
            throw new SymbolFormatException(name + ": not a portable PDB (no #Pdb or #~ stream)");
        }
        id = new byte[20];
        data.get(pdbStart, id);
    }

    private void readTables() {
        // #Pdb: id, entry point, then the row counts of the assembly's tables that the debug tables index
        long referenced = data.getLong(pdbStart + 24);
        int p = pdbStart + 32;
        for (int t = 0; t < 64; t++) {
            if ((referenced >>> t & 1) != 0) {
                rows[t] = data.getInt(p);
                p += 4;
            }
        }
        int heapSizes = data.get(tablesStart + 6) & 0xFF;
        stringIndexSize = (heapSizes & 1) != 0 ? 4 : 2;
        guidIndexSize = (heapSizes & 2) != 0 ? 4 : 2;
        blobIndexSize = (heapSizes & 4) != 0 ? 4 : 2;
        long valid = data.getLong(tablesStart + 8);
        p = tablesStart + 24;
        for (int t = 0; t < 64; t++) {
            if ((valid >>> t & 1) != 0) {
                rows[t] = data.getInt(p);
                p += 4;
            }
        }
        for (int t = 0; t < 64; t++) {
            if ((valid >>> t & 1) != 0) {
                tableOffset[t] = p;
                if (t > STATE_MACHINE_METHOD) {
                    break; // CustomDebugInformation, the last table: its rows are not read
                }
                if (t < DOCUMENT) {
                    throw new SymbolFormatException(name + ": a portable PDB with type-system table " + t);
                }
                p += rows[t] * rowSize(t);
            }
        }
    }

    private int index(int table) {
        return rows[table] < 0x10000 ? 2 : 4;
    }

    private int rowSize(int table) {
        return switch (table) {
            case DOCUMENT -> blobIndexSize + guidIndexSize + blobIndexSize + guidIndexSize;
            case METHOD_DEBUG_INFORMATION -> index(DOCUMENT) + blobIndexSize;
            case LOCAL_SCOPE -> index(METHOD_DEF) + index(IMPORT_SCOPE) + index(LOCAL_VARIABLE) + index(LOCAL_CONSTANT) + 8;
            case LOCAL_VARIABLE -> 4 + stringIndexSize;
            case LOCAL_CONSTANT -> stringIndexSize + blobIndexSize;
            case IMPORT_SCOPE -> index(IMPORT_SCOPE) + blobIndexSize;
            case STATE_MACHINE_METHOD -> 2 * index(METHOD_DEF);
            default -> throw new SymbolFormatException(name + ": unexpected table " + table);
        };
    }

    private int column(int offset, int size) {
        return size == 2 ? data.getShort(offset) & 0xFFFF : data.getInt(offset);
    }

    private ModuleSymbols readMethods() {
        Map<Integer, String> documents = new HashMap<>();
        Map<Integer, Map<Integer, String>> locals = readLocals();
        Map<Integer, MethodSymbols> methods = new HashMap<>();
        int rowSize = rowSize(METHOD_DEBUG_INFORMATION);
        for (int rid = 1; rid <= rows[METHOD_DEBUG_INFORMATION]; rid++) {
            int row = tableOffset[METHOD_DEBUG_INFORMATION] + (rid - 1) * rowSize;
            int document = column(row, index(DOCUMENT));
            int points = column(row + index(DOCUMENT), blobIndexSize);
            List<SequencePoint> sequence = points == 0 ? List.of() : sequencePoints(points, document, documents);
            Map<Integer, String> names = locals.getOrDefault(rid, Map.of());
            if (!sequence.isEmpty() || !names.isEmpty()) {
                methods.put(0x06000000 | rid, new MethodSymbols(sequence, names));
            }
        }
        return new ModuleSymbols(methods, name);
    }

    /** The sequence points blob: a header (local signature, initial document), then IL-ordered records. */
    private List<SequencePoint> sequencePoints(int blob, int document, Map<Integer, String> documents) {
        Blob b = blob(blob);
        b.unsigned(); // the local signature
        if (document == 0) {
            document = b.unsigned();
        }
        List<SequencePoint> points = new ArrayList<>();
        int il = 0, line = 0, column = 0;
        boolean first = true, firstVisible = true;
        while (b.more()) {
            int deltaIl = b.unsigned();
            if (deltaIl == 0 && !first) {
                document = b.unsigned(); // a document record
                continue;
            }
            il = first ? deltaIl : il + deltaIl;
            first = false;
            int deltaLines = b.unsigned();
            int deltaColumns = deltaLines == 0 ? b.unsigned() : b.signed();
            String path = documents.computeIfAbsent(document, this::documentName);
            if (deltaLines == 0 && deltaColumns == 0) {
                points.add(new SequencePoint(il, path, 0, 0));
                continue;
            }
            if (firstVisible) {
                line = b.unsigned();
                column = b.unsigned();
                firstVisible = false;
            } else {
                line += b.signed();
                column += b.signed();
            }
            points.add(new SequencePoint(il, path, line == 0xFEEFEE ? 0 : line, column));
        }
        return points;
    }

    /** A document's name blob: a separator, then blob indexes of the UTF-8 parts joined by it. */
    private String documentName(int rid) {
        if (rid <= 0 || rid > rows[DOCUMENT]) {
            throw new SymbolFormatException(name + ": document " + rid + " out of range");
        }
        int row = tableOffset[DOCUMENT] + (rid - 1) * rowSize(DOCUMENT);
        Blob b = blob(column(row, blobIndexSize));
        int separator = b.more() ? b.bytes[b.position++] & 0xFF : 0;
        StringBuilder path = new StringBuilder();
        boolean firstPart = true;
        while (b.more()) {
            if (!firstPart && separator != 0) {
                path.append((char) separator);
            }
            firstPart = false;
            int part = b.unsigned();
            if (part != 0) {
                path.append(new String(blob(part).bytes, StandardCharsets.UTF_8));
            }
        }
        return path.toString();
    }

    /** Local names by method rid: each LocalScope row's variables run up to the next row's VariableList. */
    private Map<Integer, Map<Integer, String>> readLocals() {
        Map<Integer, Map<Integer, String>> byMethod = new HashMap<>();
        int scopes = rows[LOCAL_SCOPE];
        int size = rowSize(LOCAL_SCOPE);
        int methodSize = index(METHOD_DEF), importSize = index(IMPORT_SCOPE), variableSize = index(LOCAL_VARIABLE);
        for (int i = 0; i < scopes; i++) {
            int row = tableOffset[LOCAL_SCOPE] + i * size;
            int method = column(row, methodSize);
            int firstVariable = column(row + methodSize + importSize, variableSize);
            int endVariable = i + 1 < scopes
                    ? column(row + size + methodSize + importSize, variableSize) : rows[LOCAL_VARIABLE] + 1;
            for (int v = firstVariable; v < endVariable && v <= rows[LOCAL_VARIABLE]; v++) {
                int variable = tableOffset[LOCAL_VARIABLE] + (v - 1) * rowSize(LOCAL_VARIABLE);
                int attributes = data.getShort(variable) & 0xFFFF;
                int slot = data.getShort(variable + 2) & 0xFFFF;
                if ((attributes & 1) == 0) { // not DebuggerHidden
                    byMethod.computeIfAbsent(method, k -> new HashMap<>()).putIfAbsent(slot, string(column(variable + 4, stringIndexSize)));
                }
            }
        }
        return byMethod;
    }

    private String string(int index) {
        if (stringsStart < 0) {
            return null;
        }
        int start = stringsStart + index, end = start;
        while (data.get(end) != 0) {
            end++;
        }
        byte[] bytes = new byte[end - start];
        data.get(start, bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private Blob blob(int index) {
        if (blobStart < 0) {
            throw new SymbolFormatException(name + ": no #Blob stream");
        }
        Blob header = new Blob(data, blobStart + index);
        int length = header.unsigned();
        byte[] bytes = new byte[length];
        data.get(blobStart + index + header.position, bytes);
        return new Blob(bytes);
    }

    /** ECMA-335 II.23.2 compressed integers over a blob's bytes. */
    private static final class Blob {
        final byte[] bytes;
        int position;

        Blob(byte[] bytes) {
            this.bytes = bytes;
        }

        /** Reads the length prefix in place: position counts the prefix's bytes. */
        Blob(ByteBuffer data, int offset) {
            byte[] prefix = new byte[Math.min(4, data.capacity() - offset)];
            data.get(offset, prefix);
            this.bytes = prefix;
        }

        boolean more() {
            return position < bytes.length;
        }

        int unsigned() {
            int b = bytes[position] & 0xFF;
            if ((b & 0x80) == 0) {
                position += 1;
                return b;
            }
            if ((b & 0xC0) == 0x80) {
                int v = (b & 0x3F) << 8 | bytes[position + 1] & 0xFF;
                position += 2;
                return v;
            }
            int v = (b & 0x1F) << 24 | (bytes[position + 1] & 0xFF) << 16 | (bytes[position + 2] & 0xFF) << 8 | bytes[position + 3] & 0xFF;
            position += 4;
            return v;
        }

        /** A compressed signed integer: the sign bit rotated into bit 0 of the unsigned encoding's value. */
        int signed() {
            int start = position;
            int raw = unsigned();
            int width = position - start == 1 ? 7 : position - start == 2 ? 14 : 29;
            int value = raw >>> 1;
            if ((raw & 1) != 0) {
                value -= 1 << (width - 1);
            }
            return value;
        }
    }
}
