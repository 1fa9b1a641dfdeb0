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
 * Reads a Mono symbol file (.mdb, version 50.0, as `mcs -debug` writes it): a header with the assembly's MVID and an
 * offset table, the source file table, and a method table (token, data offset, line-number-table offset) whose line
 * tables are a DWARF-like program over IL offsets (Mono's Mono.CompilerServices.SymbolWriter defines the format).
 */
public final class MdbReader {
    private static final long MAGIC = 0x45e82623fd7fa614L;
    private static final int MAJOR_VERSION = 50;
    private static final int HEADER_SIZE = 8 + 4 + 4 + 16;

    private final ByteBuffer data;
    private final String name;
    private UUID mvid;
    private int lineBase, lineRange, opcodeBase;
    private final Map<Integer, String> sources = new HashMap<>();

    private MdbReader(byte[] bytes, String name) {
        this.data = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        this.name = name;
    }

    /** The MVID a symbol file was written for, without reading the rest. */
    public static UUID mvid(byte[] bytes, String name) {
        MdbReader reader = new MdbReader(bytes, name);
        reader.readHeader();
        return reader.mvid;
    }

    /** Reads every method's sequence points and local names; name is the file's name for error messages. */
    public static ModuleSymbols read(byte[] bytes, String name) {
        MdbReader reader = new MdbReader(bytes, name);
        try {
            return reader.readAll();
        } catch (IndexOutOfBoundsException | java.nio.BufferUnderflowException | IllegalArgumentException e) {
            throw new SymbolFormatException(name + ": truncated or corrupt (" + e.getMessage() + ")");
        }
    }

    private int[] readHeader() {
        if (data.capacity() < HEADER_SIZE + 20 * 4 || data.getLong(0) != MAGIC) {
            throw new SymbolFormatException(name + ": not a Mono symbol file");
        }
        int major = data.getInt(8);
        if (major != MAJOR_VERSION) {
            throw new SymbolFormatException(name + ": Mono symbol file version " + major + " (50 is supported)");
        }
        mvid = uuid(16);
        int[] table = new int[20];
        for (int i = 0; i < table.length; i++) {
            table[i] = data.getInt(HEADER_SIZE + 4 * i);
        }
        return table;
    }

    private ModuleSymbols readAll() {
        int[] table = readHeader();
        int unitCount = table[3], unitTable = table[4];
        int sourceCount = table[6], sourceTable = table[7];
        int methodCount = table[9], methodTable = table[10];
        lineBase = table[16];
        lineRange = table[17];
        opcodeBase = table[18];
        if (lineRange <= 0 || opcodeBase <= 0 || opcodeBase > 255) {
            throw new SymbolFormatException(name + ": bad line table parameters");
        }
        for (int i = 0; i < sourceCount; i++) {
            int index = data.getInt(sourceTable + 8 * i);
            data.position(data.getInt(sourceTable + 8 * i + 4));
            sources.put(index, readString());
        }
        // each compile unit's primary source: the file of line rows that name file 0 (Mono's ilasm writes those)
        Map<Integer, Integer> primarySources = new HashMap<>();
        for (int i = 0; i < unitCount; i++) {
            int index = data.getInt(unitTable + 8 * i);
            data.position(data.getInt(unitTable + 8 * i + 4));
            primarySources.put(index, readLeb128());
        }
        Map<Integer, MethodSymbols> methods = new HashMap<>();
        for (int i = 0; i < methodCount; i++) {
            int entry = methodTable + 12 * i;
            int token = data.getInt(entry);
            int dataOffset = data.getInt(entry + 4);
            int lineTable = data.getInt(entry + 8);
            data.position(dataOffset);
            int unit = readLeb128();
            int localTable = readLeb128();
            List<SequencePoint> points = lineTable != 0 ? readLineTable(lineTable, primarySources.getOrDefault(unit, 0)) : List.of();
            Map<Integer, String> locals = localTable != 0 ? readLocals(localTable) : Map.of();
            methods.put(token, new MethodSymbols(points, locals));
        }
        return new ModuleSymbols(methods, name);
    }

    private Map<Integer, String> readLocals(int offset) {
        data.position(offset);
        int count = readLeb128();
        Map<Integer, String> locals = new HashMap<>();
        for (int i = 0; i < count; i++) {
            int index = readLeb128();
            String local = readString();
            readLeb128(); // the block
            locals.putIfAbsent(index, local);
        }
        return locals;
    }

    /** The line number program: standard opcodes 1-8, special opcodes from opcodeBase, one extended Mono opcode. */
    private List<SequencePoint> readLineTable(int offset, int primarySource) {
        data.position(offset);
        int maxAddressIncrement = (255 - opcodeBase) / lineRange;
        List<SequencePoint> points = new ArrayList<>();
        boolean hidden = false, modified = false;
        int line = 1, il = 0, file = 1;
        while (true) {
            int opcode = data.get() & 0xFF;
            if (opcode == 0) {
                int size = data.get() & 0xFF;
                int end = data.position() + size;
                int extended = data.get() & 0xFF;
                if (extended == 1) { // end of sequence
                    if (modified) {
                        points.add(point(il, file == 0 ? primarySource : file, line, hidden));
                    }
                    return points;
                } else if (extended == 0x40) { // Mono: negate is_hidden
                    hidden = !hidden;
                    modified = true;
                } else if (extended < 0x40 || extended > 0x7f) {
                    throw new SymbolFormatException(name + ": unknown extended line opcode " + extended);
                }
                data.position(end);
            } else if (opcode < opcodeBase) {
                switch (opcode) {
                    case 1 -> {
                        points.add(point(il, file == 0 ? primarySource : file, line, hidden));
                        modified = false;
                    }
                    case 2 -> { il += readLeb128(); modified = true; }
                    case 3 -> { line += readLeb128(); modified = true; }
                    case 4 -> { file = readLeb128(); modified = true; }
                    case 8 -> { il += maxAddressIncrement; modified = true; }
                    default -> throw new SymbolFormatException(name + ": unknown line opcode " + opcode);
                }
            } else {
                int special = opcode - opcodeBase;
                il += special / lineRange;
                line += lineBase + special % lineRange;
                points.add(point(il, file == 0 ? primarySource : file, line, hidden));
                modified = false;
            }
        }
    }

    private SequencePoint point(int il, int file, int line, boolean hidden) {
        // mcs marks compiler-generated code hidden, and some of it with the line 0xFEEFEE as PDBs do
        boolean noLine = hidden || line == 0xFEEFEE;
        return new SequencePoint(il, sources.get(file), noLine ? 0 : line, 0);
    }

    /** .NET's 7-bit encoded int (Mono's ReadLeb128): unsigned groups of 7 bits, low first, as a 32-bit int. */
    private int readLeb128() {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = data.get() & 0xFF;
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new SymbolFormatException(name + ": bad compressed integer");
    }

    private String readString() {
        int length = readLeb128();
        if (length < 0 || length > data.remaining()) {
            throw new SymbolFormatException(name + ": bad string length " + length);
        }
        byte[] bytes = new byte[length];
        data.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The 16 bytes as the metadata reader's #GUID heap reads them, so that equal GUIDs compare equal. */
    private UUID uuid(int offset) {
        byte[] bytes = new byte[16];
        data.get(offset, bytes);
        return Guids.of(bytes, 0);
    }
}
