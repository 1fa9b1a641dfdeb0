package dev.kiln.compiler.deps;

/** A string literal (ldstr): a constant String object in read-only data, one per distinct value. */
public final class StringLiteralNode extends KilnNode {
    private final String value;

    StringLiteralNode(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    /** {type, length, UTF-16 units, terminating 0}, as kiln.h lays strings out. */
    public long size() {
        return 12 + 2L * value.length() + 2;
    }

    @Override
    public String kind() {
        return "StringLiteral";
    }

    @Override
    public String name() {
        String shown = value.length() > 60 ? value.substring(0, 57) + "..." : value;
        return "string \"" + shown.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"" + (value.length() > 60 ? "#" + Integer.toHexString(value.hashCode()) : "");
    }
}
