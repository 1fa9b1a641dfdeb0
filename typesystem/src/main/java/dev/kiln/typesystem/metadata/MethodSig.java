package dev.kiln.typesystem.metadata;

import java.util.List;

/** A method (or property, or function pointer) signature blob, decoded. */
public record MethodSig(int flags, int genericParamCount, SigType returnType, List<SigType> params) {
    public boolean hasThis() {
        return (flags & 0x20) != 0;
    }

    public boolean explicitThis() {
        return (flags & 0x40) != 0;
    }

    public int callingConvention() {
        return flags & 0x0F;
    }

    /** The VARARG calling convention (C#'s __arglist): callers pass more arguments after a sentinel. */
    public boolean isVararg() {
        return callingConvention() == 0x05;
    }

    public boolean isGeneric() {
        return (flags & 0x10) != 0;
    }
}
