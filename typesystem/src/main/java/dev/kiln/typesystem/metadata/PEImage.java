package dev.kiln.typesystem.metadata;

/**
 * The PE/COFF container of a CLI assembly: section table, RVA mapping and the CLI header (ECMA-335 II.25).
 * Every read is bounds-checked against the file.
 */
final class PEImage {
    private static final int CLI_HEADER_DIRECTORY = 14;

    private final String name;
    private final byte[] data;
    private final int[] sectionRva;
    private final int[] sectionVirtualSize;
    private final int[] sectionRawOffset;
    private final int[] sectionRawSize;
    final int metadataRva;
    final int metadataSize;
    final int cliFlags;
    /** The COFF header's Machine (0x14c for an AnyCPU or x86 assembly) and whether the image is PE32+. */
    final int machine;
    final boolean pe32Plus;
    final int entryPointToken;
    final int resourcesRva;
    final int resourcesSize;

    PEImage(String name, byte[] data) {
        this.name = name;
        this.data = data;
        if (data.length < 0x40 || u16(0) != 0x5A4D) {
            throw bad("not a PE file (no MZ signature)");
        }
        int pe = i32(0x3C);
        if (pe < 0 || pe > data.length - 24 || i32(pe) != 0x00004550) {
            throw bad("not a PE file (no PE signature at 0x" + Integer.toHexString(pe) + ")");
        }
        int coff = pe + 4;
        int sections = u16(coff + 2);
        int optionalSize = u16(coff + 16);
        int optional = coff + 20;
        int magic = u16(optional);
        machine = u16(coff);
        pe32Plus = magic == 0x20b;
        int directories;
        int directoryCount;
        if (magic == 0x10b) {
            directoryCount = i32(optional + 92);
            directories = optional + 96;
        } else if (magic == 0x20b) {
            directoryCount = i32(optional + 108);
            directories = optional + 112;
        } else {
            throw bad("unknown optional header magic 0x" + Integer.toHexString(magic));
        }
        if (directoryCount <= CLI_HEADER_DIRECTORY || directoryCount > 16) {
            throw bad("no CLI header data directory (not a .NET assembly)");
        }
        int cliRva = i32(directories + CLI_HEADER_DIRECTORY * 8);
        int sectionTable = optional + optionalSize;
        if (sections < 0 || sections > 96) {
            throw bad("implausible section count " + sections);
        }
        sectionRva = new int[sections];
        sectionVirtualSize = new int[sections];
        sectionRawOffset = new int[sections];
        sectionRawSize = new int[sections];
        for (int i = 0; i < sections; i++) {
            int s = sectionTable + i * 40;
            sectionVirtualSize[i] = i32(s + 8);
            sectionRva[i] = i32(s + 12);
            sectionRawSize[i] = i32(s + 16);
            sectionRawOffset[i] = i32(s + 20);
        }
        if (cliRva == 0) {
            throw bad("no CLI header (not a .NET assembly)");
        }
        int cli = rvaToOffset(cliRva, 72, "CLI header");
        metadataRva = i32(cli + 8);
        metadataSize = i32(cli + 12);
        cliFlags = i32(cli + 16);
        entryPointToken = i32(cli + 20);
        resourcesRva = i32(cli + 24);
        resourcesSize = i32(cli + 28);
        rvaToOffset(metadataRva, metadataSize, "metadata");
    }

    byte[] data() {
        return data;
    }

    String name() {
        return name;
    }

    /** File offset of an RVA whose `length` bytes must lie inside one section's raw data. */
    int rvaToOffset(int rva, int length, String what) {
        for (int i = 0; i < sectionRva.length; i++) {
            long start = Integer.toUnsignedLong(sectionRva[i]);
            long size = Math.max(Integer.toUnsignedLong(sectionVirtualSize[i]), Integer.toUnsignedLong(sectionRawSize[i]));
            long r = Integer.toUnsignedLong(rva);
            if (r >= start && r < start + size) {
                long offset = Integer.toUnsignedLong(sectionRawOffset[i]) + (r - start);
                long rawEnd = Integer.toUnsignedLong(sectionRawOffset[i]) + Integer.toUnsignedLong(sectionRawSize[i]);
                if (length < 0 || offset + length > Math.min(rawEnd, data.length)) {
                    throw bad(what + " at RVA 0x" + Integer.toHexString(rva) + " (" + length + " bytes) extends past its section");
                }
                return (int) offset;
            }
        }
        throw bad(what + " RVA 0x" + Integer.toHexString(rva) + " is not inside any section");
    }

    int u16(int offset) {
        check(offset, 2);
        return (data[offset] & 0xFF) | (data[offset + 1] & 0xFF) << 8;
    }

    int i32(int offset) {
        check(offset, 4);
        return (data[offset] & 0xFF) | (data[offset + 1] & 0xFF) << 8 | (data[offset + 2] & 0xFF) << 16
                | (data[offset + 3] & 0xFF) << 24;
    }

    private void check(int offset, int length) {
        if (offset < 0 || offset > data.length - length) {
            throw bad("read of " + length + " bytes at file offset 0x" + Integer.toHexString(offset) + " past the end (size 0x"
                    + Integer.toHexString(data.length) + ")");
        }
    }

    BadImageFormatException bad(String what) {
        return new BadImageFormatException(name + ": " + what);
    }
}
