package dev.kiln.typesystem;

/** A field as the compiler sees it. Canonical: compare by identity. */
public abstract class FieldDesc {
    public abstract TypeDesc owningType();

    public abstract String name();

    public abstract TypeDesc fieldType();

    public abstract boolean isStatic();

    /** A compile-time constant (C# const): has no storage. */
    public abstract boolean isLiteral();

    /** A static field marked [ThreadStatic]: each thread has its own storage, default(T) at first. */
    public abstract boolean isThreadStatic();

    /** Static data with an RVA (array initializers): its initial bytes, or null. */
    public abstract byte[] rvaData();

    /** Byte offset of an instance field from the start of the object (after the header) or struct. */
    public int offset() {
        return owningType().typeSystem().layoutOf(owningType()).offsetOf(this);
    }

    public String fullName() {
        return owningType().fullName() + "::" + name();
    }

    @Override
    public String toString() {
        return fullName();
    }
}
