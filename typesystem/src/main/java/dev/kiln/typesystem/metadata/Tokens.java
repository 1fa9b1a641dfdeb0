package dev.kiln.typesystem.metadata;

/** Metadata tokens: (table number &lt;&lt; 24) | row id, row ids counting from 1. */
public final class Tokens {
    private Tokens() {
    }

    public static int make(TableId table, int rid) {
        return (table.number() << 24) | rid;
    }

    public static TableId table(int token) {
        return TableId.fromNumber(token >>> 24);
    }

    public static int rid(int token) {
        return token & 0xFFFFFF;
    }

    public static String format(int token) {
        return String.format("0x%08x", token);
    }
}
