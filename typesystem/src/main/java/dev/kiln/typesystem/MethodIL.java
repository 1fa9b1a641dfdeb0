package dev.kiln.typesystem;

import dev.kiln.typesystem.metadata.ExceptionClause;
import java.util.List;

/** A method body with its locals resolved to types. Tokens in the code resolve through {@link #module()}. */
public record MethodIL(EcmaModule module, MethodDesc owner, byte[] code, int maxStack, boolean initLocals,
                       List<TypeDesc> locals, List<ExceptionClause> exceptionClauses) {
}
