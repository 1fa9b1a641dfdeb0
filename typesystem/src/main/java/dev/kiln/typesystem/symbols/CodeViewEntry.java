package dev.kiln.typesystem.symbols;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.UUID;

/**
 * The GUID of an assembly's CodeView debug directory entry ("RSDS" record): the id of the PDB written with it,
 * which a portable PDB repeats as the first 16 bytes of its PDB id (PE/COFF debug directory, type 2).
 */
final class CodeViewEntry {
    private static final int IMAGE_DEBUG_TYPE_CODEVIEW = 2;
    private static final int RSDS = 0x53445352;

    private CodeViewEntry() {
    }

    /** The GUID, or null when the image has no CodeView entry (mcs writes none). */
    static UUID guid(byte[] image) {
        try {
            ByteBuffer pe = ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN);
            int header = pe.getInt(0x3c);
            int sections = pe.getShort(header + 6) & 0xFFFF;
            int optionalSize = pe.getShort(header + 20) & 0xFFFF;
            int optional = header + 24;
            boolean pe32plus = (pe.getShort(optional) & 0xFFFF) == 0x20b;
            int directories = optional + (pe32plus ? 112 : 96);
            int debugRva = pe.getInt(directories + 6 * 8), debugSize = pe.getInt(directories + 6 * 8 + 4);
            if (debugRva == 0) {
                return null;
            }
            int table = fileOffset(pe, optional + optionalSize, sections, debugRva);
            for (int entry = table; entry + 28 <= table + debugSize; entry += 28) {
                if (pe.getInt(entry + 12) == IMAGE_DEBUG_TYPE_CODEVIEW) {
                    int data = pe.getInt(entry + 24);
                    if (pe.getInt(data) == RSDS) {
                        return Guids.of(image, data + 4);
                    }
                }
            }
            return null;
        } catch (IndexOutOfBoundsException e) {
            return null;
        }
    }

    private static int fileOffset(ByteBuffer pe, int sectionTable, int count, int rva) {
        for (int i = 0; i < count; i++) {
            int s = sectionTable + 40 * i;
            int virtualAddress = pe.getInt(s + 12), virtualSize = pe.getInt(s + 8), raw = pe.getInt(s + 20);
            if (rva >= virtualAddress && rva < virtualAddress + Math.max(virtualSize, pe.getInt(s + 16))) {
                return rva - virtualAddress + raw;
            }
        }
        throw new IndexOutOfBoundsException("RVA " + rva + " in no section");
    }
}
