package dev.kiln.typesystem.metadata;

import java.util.List;

/** A type as written in a signature blob (II.23.2.12), before resolution. */
public sealed interface SigType {
    record Primitive(ElementType type) implements SigType { }
    record ClassRef(int token) implements SigType { }
    record ValueTypeRef(int token) implements SigType { }
    record SzArray(SigType element) implements SigType { }
    record MdArray(SigType element, int rank, int[] sizes, int[] lowerBounds) implements SigType { }
    record Pointer(SigType target) implements SigType { }
    record ByRef(SigType target) implements SigType { }
    record GenericInst(boolean valueType, int typeToken, List<SigType> args) implements SigType { }
    record TypeVar(int index) implements SigType { }
    record MethodVar(int index) implements SigType { }
    record FnPtr(MethodSig sig) implements SigType { }
    record Pinned(SigType type) implements SigType { }
    record Modified(boolean required, int modifierToken, SigType type) implements SigType { }
    record Sentinel() implements SigType { }
}
