package dev.kiln.tests.harness;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a minimal portable PDB (no Roslyn on the machine): one document, sequence points per method (IL offset →
 * line), and one local's name per method — the Document, MethodDebugInformation, LocalScope and LocalVariable tables
 * of dotnet/runtime's PortablePdb-Metadata.md, with 2-byte heap indexes.
 */
public final class PortablePdbFixture {
    private final byte[] id;
    private final int methodCount;
    private final String document;
    private final Map<Integer, int[][]> points = new TreeMap<>();
    private final Map<Integer, String> firstLocal = new TreeMap<>();

    /** id: the 20-byte PDB id (GUID bytes then a stamp); methodCount: the assembly's MethodDef rows. */
    public PortablePdbFixture(byte[] id, int methodCount, String document) {
        this.id = id.clone();
        this.methodCount = methodCount;
        this.document = document;
    }

    /** Sequence points of MethodDef rid: {ilOffset, line} pairs in IL order. */
    public PortablePdbFixture method(int rid, int[][] ilAndLine, String local0) {
        points.put(rid, ilAndLine);
        if (local0 != null) {
            firstLocal.put(rid, local0);
        }
        return this;
    }

    public byte[] bytes() {
        ByteArrayOutputStream strings = new ByteArrayOutputStream();
        strings.write(0);
        ByteArrayOutputStream blobs = new ByteArrayOutputStream();
        blobs.write(0);
        // the document name: separator '/', then one blob per part
        List<Integer> parts = new ArrayList<>();
        for (String part : document.substring(1).split("/")) {
            parts.add(blob(blobs, part.getBytes(StandardCharsets.UTF_8)));
        }
        ByteArrayOutputStream name = new ByteArrayOutputStream();
        name.write('/');
        name.write(0); // the empty part before the leading '/'
        for (int part : parts) {
            compressed(name, part);
        }
        int nameBlob = blob(blobs, name.toByteArray());
        int[] sequenceBlobs = new int[methodCount + 1];
        for (var e : points.entrySet()) {
            sequenceBlobs[e.getKey()] = blob(blobs, sequencePoints(e.getValue()));
        }
        Map<Integer, Integer> localNames = new TreeMap<>();
        for (var e : firstLocal.entrySet()) {
            localNames.put(e.getKey(), strings.size());
            strings.writeBytes((e.getValue() + "\0").getBytes(StandardCharsets.UTF_8));
        }
        ByteBuffer tables = le(4096);
        tables.putInt(0).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 1);
        tables.putLong(0xFL << 0x30).putLong(0);
        tables.putInt(1).putInt(methodCount).putInt(localNames.size()).putInt(localNames.size());
        tables.putShort((short) nameBlob).putShort((short) 0).putShort((short) 0).putShort((short) 0); // Document
        for (int rid = 1; rid <= methodCount; rid++) { // MethodDebugInformation
            tables.putShort((short) (sequenceBlobs[rid] != 0 ? 1 : 0)).putShort((short) sequenceBlobs[rid]);
        }
        int variable = 1;
        for (int rid : localNames.keySet()) { // LocalScope: method, import scope, variables, constants, start, length
            tables.putShort((short) rid).putShort((short) 0).putShort((short) variable++).putShort((short) 1).putInt(0).putInt(100);
        }
        for (int nameIndex : localNames.values()) { // LocalVariable: attributes, slot 0, name
            tables.putShort((short) 0).putShort((short) 0).putShort((short) (int) nameIndex);
        }
        ByteBuffer pdb = le(64);
        pdb.put(id).putInt(0).putLong(1L << 6).putInt(methodCount);
        return root(List.of("#Pdb", "#~", "#Strings", "#Blob", "#GUID"),
                List.of(used(pdb), used(tables), strings.toByteArray(), blobs.toByteArray(), new byte[0]));
    }

    private static byte[] sequencePoints(int[][] ilAndLine) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        compressed(b, 0); // local signature
        int previousIl = 0, previousLine = 0;
        for (int i = 0; i < ilAndLine.length; i++) {
            int il = ilAndLine[i][0], line = ilAndLine[i][1];
            compressed(b, i == 0 ? il : il - previousIl);
            compressed(b, 0); // ΔLines: a single-line span
            compressed(b, 4); // ΔColumns (unsigned after ΔLines 0)
            if (i == 0) {
                compressed(b, line);
                compressed(b, 5);
            } else {
                signed(b, line - previousLine);
                signed(b, 0);
            }
            previousIl = il;
            previousLine = line;
        }
        return b.toByteArray();
    }

    private static int blob(ByteArrayOutputStream blobs, byte[] content) {
        int index = blobs.size();
        compressed(blobs, content.length);
        blobs.writeBytes(content);
        return index;
    }

    private static void compressed(ByteArrayOutputStream out, int value) {
        if (value < 0x80) {
            out.write(value);
        } else if (value < 0x4000) {
            out.write(0x80 | value >> 8);
            out.write(value & 0xFF);
        } else {
            out.write(0xC0 | value >> 24);
            out.write(value >> 16 & 0xFF);
            out.write(value >> 8 & 0xFF);
            out.write(value & 0xFF);
        }
    }

    /** Small signed values only (-64..63): one byte, the sign rotated into bit 0. */
    private static void signed(ByteArrayOutputStream out, int value) {
        out.write(((value << 1) & 0x7E) | (value < 0 ? 1 : 0));
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] used(ByteBuffer b) {
        byte[] out = new byte[b.position()];
        b.flip().get(out);
        return out;
    }

    private static byte[] root(List<String> names, List<byte[]> streams) {
        byte[] version = "PDB v1.0\0\0\0\0".getBytes(StandardCharsets.US_ASCII);
        int headers = 0;
        for (String n : names) {
            headers += 8 + ((n.length() + 4) & ~3);
        }
        int offset = 16 + version.length + 4 + headers;
        ByteBuffer b = le(offset + streams.stream().mapToInt(s -> (s.length + 3) & ~3).sum());
        b.putInt(0x424A5342).putShort((short) 1).putShort((short) 1).putInt(0).putInt(version.length).put(version);
        b.putShort((short) 0).putShort((short) names.size());
        for (int i = 0; i < names.size(); i++) {
            int size = (streams.get(i).length + 3) & ~3;
            b.putInt(offset).putInt(size);
            byte[] n = names.get(i).getBytes(StandardCharsets.US_ASCII);
            b.put(n);
            for (int pad = n.length; pad < ((n.length + 4) & ~3); pad++) {
                b.put((byte) 0);
            }
            offset += size;
        }
        for (byte[] s : streams) {
            b.put(s);
            for (int pad = s.length; pad < ((s.length + 3) & ~3); pad++) {
                b.put((byte) 0);
            }
        }
        return b.array();
    }
}
