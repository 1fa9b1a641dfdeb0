package dev.kiln.typesystem.metadata;

import java.util.List;

/** A method body (II.25.4): header values, IL bytes and exception-handling clauses. */
public record MethodBody(int maxStack, boolean initLocals, int localVarSigToken, byte[] code, List<ExceptionClause> clauses) {
}
