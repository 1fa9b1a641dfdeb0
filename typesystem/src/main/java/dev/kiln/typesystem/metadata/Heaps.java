package dev.kiln.typesystem.metadata;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** The #Strings, #US, #Blob and #GUID heaps: bounds-checked reads from the file's bytes. */
final class Heaps {
    private final String name;
    private final byte[] data;
    private final int stringsStart;
    private final int stringsSize;
    private final int usStart;
    private final int usSize;
    private final int blobStart;
    private final int blobSize;
    private final int guidStart;
    private final int guidSize;

    private Heaps(Builder b) {
        this.name = b.name;
        this.data = b.data;
        this.stringsStart = b.stringsStart;
        this.stringsSize = b.stringsSize;
        this.usStart = b.usStart;
        this.usSize = b.usSize;
        this.blobStart = b.blobStart;
        this.blobSize = b.blobSize;
        this.guidStart = b.guidStart;
        this.guidSize = b.guidSize;
    }

    int stringsSize() {
        return stringsSize;
    }

    int blobSize() {
        return blobSize;
    }

    int guidCount() {
        return guidSize / 16;
    }

    private BadImageFormatException bad(String what) {
        return new BadImageFormatException(name + ": " + what);
    }

    String string(int index) {
        if (index < 0 || index >= stringsSize) {
            throw bad("#Strings offset 0x" + Integer.toHexString(index) + " out of range (size 0x" + Integer.toHexString(stringsSize) + ")");
        }
        int start = stringsStart + index;
        int end = start;
        int limit = stringsStart + stringsSize;
        while (end < limit && data[end] != 0) {
            end++;
        }
        if (end >= limit) {
            throw bad("#Strings entry at 0x" + Integer.toHexString(index) + " is not terminated");
        }
        return new String(data, start, end - start, StandardCharsets.UTF_8);
    }

    /** A #US entry: compressed length, UTF-16LE characters, one trailing flag byte. */
    String userString(int index) {
        int[] span = span(usStart, usSize, index, "#US");
        int length = span[1];
        int chars = Math.max(0, (length - 1) / 2);
        char[] out = new char[chars];
        for (int i = 0; i < chars; i++) {
            int p = span[0] + 2 * i;
            out[i] = (char) ((data[p] & 0xFF) | (data[p + 1] & 0xFF) << 8);
        }
        return new String(out);
    }

    BlobReader blob(int index) {
        int[] span = span(blobStart, blobSize, index, "#Blob");
        return new BlobReader(name, data, span[0], span[1], index);
    }

    byte[] blobBytes(int index) {
        int[] span = span(blobStart, blobSize, index, "#Blob");
        byte[] out = new byte[span[1]];
        System.arraycopy(data, span[0], out, 0, span[1]);
        return out;
    }

    UUID guid(int index) {
        if (index == 0) {
            return null;
        }
        int offset = (index - 1) * 16;
        if (index < 0 || offset + 16 > guidSize) {
            throw bad("#GUID index " + index + " out of range (" + guidCount() + " GUIDs)");
        }
        long hi = 0;
        long lo = 0;
        for (int i = 0; i < 8; i++) {
            hi = hi << 8 | (data[guidStart + offset + i] & 0xFF);
            lo = lo << 8 | (data[guidStart + offset + 8 + i] & 0xFF);
        }
        return new UUID(hi, lo);
    }

    /** {start, length} of the entry at index of a length-prefixed heap. */
    private int[] span(int heapStart, int heapSize, int index, String heap) {
        if (index < 0 || index >= Math.max(heapSize, 1) || heapSize == 0) {
            if (index == 0) {
                return new int[] {heapStart, 0};
            }
            throw bad(heap + " offset 0x" + Integer.toHexString(index) + " out of range (size 0x" + Integer.toHexString(heapSize) + ")");
        }
        int p = heapStart + index;
        int end = heapStart + heapSize;
        int b0 = data[p] & 0xFF;
        int length;
        int header;
        if ((b0 & 0x80) == 0) {
            length = b0;
            header = 1;
        } else if ((b0 & 0xC0) == 0x80) {
            if (p + 2 > end) {
                throw bad(heap + " entry at 0x" + Integer.toHexString(index) + " has a truncated length");
            }
            length = (b0 & 0x3F) << 8 | (data[p + 1] & 0xFF);
            header = 2;
        } else if ((b0 & 0xE0) == 0xC0) {
            if (p + 4 > end) {
                throw bad(heap + " entry at 0x" + Integer.toHexString(index) + " has a truncated length");
            }
            length = (b0 & 0x1F) << 24 | (data[p + 1] & 0xFF) << 16 | (data[p + 2] & 0xFF) << 8 | (data[p + 3] & 0xFF);
            header = 4;
        } else {
            throw bad(heap + " entry at 0x" + Integer.toHexString(index) + " has an invalid length prefix");
        }
        if ((long) p + header + length > end) {
            throw bad(heap + " entry at 0x" + Integer.toHexString(index) + " (" + length + " bytes) extends past the heap");
        }
        return new int[] {p + header, length};
    }

    static final class Builder {
        final String name;
        final byte[] data;
        int stringsStart, stringsSize, usStart, usSize, blobStart, blobSize, guidStart, guidSize;

        Builder(String name, byte[] data) {
            this.name = name;
            this.data = data;
        }

        void strings(int start, int size) {
            stringsStart = start;
            stringsSize = size;
        }

        void userStrings(int start, int size) {
            usStart = start;
            usSize = size;
        }

        void blobs(int start, int size) {
            blobStart = start;
            blobSize = size;
        }

        void guids(int start, int size) {
            guidStart = start;
            guidSize = size;
        }

        Heaps build() {
            return new Heaps(this);
        }
    }
}
