package dev.kiln.typesystem.symbols;

import java.util.UUID;

/** 16 GUID bytes as the metadata reader's #GUID heap reads them (Heaps.guid), so that equal GUIDs compare equal. */
final class Guids {
    private Guids() {
    }

    static UUID of(byte[] bytes, int offset) {
        long hi = 0, lo = 0;
        for (int i = 0; i < 8; i++) {
            hi = hi << 8 | (bytes[offset + i] & 0xFF);
            lo = lo << 8 | (bytes[offset + 8 + i] & 0xFF);
        }
        return new UUID(hi, lo);
    }
}
