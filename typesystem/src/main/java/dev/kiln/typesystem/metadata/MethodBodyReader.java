package dev.kiln.typesystem.metadata;

import java.util.ArrayList;
import java.util.List;

/** Parses tiny and fat method headers and small and fat exception sections. */
final class MethodBodyReader {
    private MethodBodyReader() {
    }

    static MethodBody read(PEImage pe, int rva) {
        byte[] data = pe.data();
        int p = pe.rvaToOffset(rva, 1, "method body");
        int first = data[p] & 0xFF;
        if ((first & 3) == 2) {
            int size = first >>> 2;
            int start = pe.rvaToOffset(rva, 1 + size, "method body");
            return new MethodBody(8, false, 0, copy(data, start + 1, size), List.of());
        }
        if ((first & 3) != 3) {
            throw pe.bad("method body at RVA 0x" + Integer.toHexString(rva) + " has an invalid header");
        }
        p = pe.rvaToOffset(rva, 12, "method header");
        int flags = pe.u16(p);
        int headerSize = (flags >>> 12) * 4;
        if (headerSize < 12) {
            throw pe.bad("method body at RVA 0x" + Integer.toHexString(rva) + " has a fat header of " + headerSize + " bytes");
        }
        int maxStack = pe.u16(p + 2);
        int codeSize = pe.i32(p + 4);
        int localSig = pe.i32(p + 8);
        if (codeSize < 0) {
            throw pe.bad("method body at RVA 0x" + Integer.toHexString(rva) + " has code size " + Integer.toUnsignedString(codeSize));
        }
        int codeStart = pe.rvaToOffset(rva, headerSize + codeSize, "method body") + headerSize;
        byte[] code = copy(data, codeStart, codeSize);
        List<ExceptionClause> clauses = new ArrayList<>();
        if ((flags & 0x8) != 0) {
            long sectionRva = Integer.toUnsignedLong(rva) + headerSize + codeSize;
            boolean more = true;
            int guard = 0;
            while (more) {
                if (++guard > 1024) {
                    throw pe.bad("method body at RVA 0x" + Integer.toHexString(rva) + " has too many data sections");
                }
                sectionRva = (sectionRva + 3) & ~3L;
                int s = pe.rvaToOffset((int) sectionRva, 4, "exception section");
                int kind = data[s] & 0xFF;
                more = (kind & 0x80) != 0;
                boolean fat = (kind & 0x40) != 0;
                int dataSize = fat ? (data[s + 1] & 0xFF) | (data[s + 2] & 0xFF) << 8 | (data[s + 3] & 0xFF) << 16
                        : data[s + 1] & 0xFF;
                if (dataSize < 4) {
                    throw pe.bad("exception section at RVA 0x" + Long.toHexString(sectionRva) + " has size " + dataSize);
                }
                pe.rvaToOffset((int) sectionRva, dataSize, "exception section");
                if ((kind & 0x01) != 0) {
                    int clauseSize = fat ? 24 : 12;
                    int count = (dataSize - 4) / clauseSize;
                    for (int i = 0; i < count; i++) {
                        int c = s + 4 + i * clauseSize;
                        clauses.add(fat
                                ? new ExceptionClause(pe.i32(c), pe.i32(c + 4), pe.i32(c + 8), pe.i32(c + 12), pe.i32(c + 16), pe.i32(c + 20))
                                : new ExceptionClause(pe.u16(c), pe.u16(c + 2), data[c + 4] & 0xFF, pe.u16(c + 5),
                                        data[c + 7] & 0xFF, pe.i32(c + 8)));
                    }
                }
                sectionRva += dataSize;
            }
        }
        for (ExceptionClause c : clauses) {
            if (c.tryOffset() < 0 || c.tryLength() < 0 || (long) c.tryOffset() + c.tryLength() > codeSize
                    || c.handlerOffset() < 0 || c.handlerLength() < 0 || (long) c.handlerOffset() + c.handlerLength() > codeSize) {
                throw pe.bad("method body at RVA 0x" + Integer.toHexString(rva) + " has an exception clause outside its code");
            }
        }
        return new MethodBody(maxStack, (flags & 0x10) != 0, localSig, code, List.copyOf(clauses));
    }

    private static byte[] copy(byte[] data, int start, int length) {
        byte[] out = new byte[length];
        System.arraycopy(data, start, out, 0, length);
        return out;
    }
}
