package dev.kiln.typesystem.metadata;

import java.nio.charset.StandardCharsets;

/** A cursor over one blob; every read is checked against the blob's end. */
public final class BlobReader {
    private final String file;
    private final byte[] data;
    private final int start;
    private final int end;
    private final int heapIndex;
    private int p;

    BlobReader(String file, byte[] data, int start, int length, int heapIndex) {
        this.file = file;
        this.data = data;
        this.start = start;
        this.end = start + length;
        this.heapIndex = heapIndex;
        this.p = start;
    }

    private BadImageFormatException bad(String what) {
        return new BadImageFormatException(file + ": blob 0x" + Integer.toHexString(heapIndex) + " " + what
                + " at byte " + (p - start));
    }

    private void need(int n) {
        if (p + n > end) {
            throw bad("ends early (needs " + n + " more bytes)");
        }
    }

    public boolean hasMore() {
        return p < end;
    }

    public int position() {
        return p - start;
    }

    public int length() {
        return end - start;
    }

    public int readByte() {
        need(1);
        return data[p++] & 0xFF;
    }

    public int peekByte() {
        need(1);
        return data[p] & 0xFF;
    }

    public int readUInt16() {
        need(2);
        int v = (data[p] & 0xFF) | (data[p + 1] & 0xFF) << 8;
        p += 2;
        return v;
    }

    public int readInt32() {
        need(4);
        int v = (data[p] & 0xFF) | (data[p + 1] & 0xFF) << 8 | (data[p + 2] & 0xFF) << 16 | (data[p + 3] & 0xFF) << 24;
        p += 4;
        return v;
    }

    public long readInt64() {
        long lo = readInt32() & 0xFFFFFFFFL;
        long hi = readInt32() & 0xFFFFFFFFL;
        return hi << 32 | lo;
    }

    public float readFloat() {
        return Float.intBitsToFloat(readInt32());
    }

    public double readDouble() {
        return Double.longBitsToDouble(readInt64());
    }

    public int readCompressedUInt() {
        int b0 = readByte();
        if ((b0 & 0x80) == 0) {
            return b0;
        }
        if ((b0 & 0xC0) == 0x80) {
            return (b0 & 0x3F) << 8 | readByte();
        }
        if ((b0 & 0xE0) == 0xC0) {
            return (b0 & 0x1F) << 24 | readByte() << 16 | readByte() << 8 | readByte();
        }
        throw bad("has an invalid compressed integer 0x" + Integer.toHexString(b0));
    }

    /** ECMA-335 II.23.2: the sign bit is rotated into the lowest bit. */
    public int readCompressedInt() {
        int b0 = peekByte();
        int raw = readCompressedUInt();
        boolean negative = (raw & 1) != 0;
        int value = raw >>> 1;
        if (!negative) {
            return value;
        }
        if ((b0 & 0x80) == 0) {
            return value - 0x40;
        }
        if ((b0 & 0xC0) == 0x80) {
            return value - 0x2000;
        }
        return value - 0x10000000;
    }

    /** A TypeDefOrRefOrSpecEncoded value (II.23.2.8) as a token. */
    public int readTypeDefOrRefToken() {
        int raw = readCompressedUInt();
        int tag = raw & 3;
        int rid = raw >>> 2;
        TableId t;
        switch (tag) {
            case 0: t = TableId.TypeDef; break;
            case 1: t = TableId.TypeRef; break;
            case 2: t = TableId.TypeSpec; break;
            default: throw bad("has an invalid TypeDefOrRef tag 3");
        }
        if (rid == 0) {
            throw bad("has a null type reference");
        }
        return Tokens.make(t, rid);
    }

    /** A SerString (II.23.3): 0xFF for null, else compressed length and UTF-8 bytes. */
    public String readSerString() {
        if (peekByte() == 0xFF) {
            p++;
            return null;
        }
        int length = readCompressedUInt();
        need(length);
        String s = new String(data, p, length, StandardCharsets.UTF_8);
        p += length;
        return s;
    }
}
