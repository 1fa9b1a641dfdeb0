package dev.kiln.typesystem.metadata;

/** One exception-handling clause (II.25.4.6). kind: 0 catch, 1 filter, 2 finally, 4 fault. */
public record ExceptionClause(int kind, int tryOffset, int tryLength, int handlerOffset, int handlerLength,
                              int classTokenOrFilterOffset) {
    public static final int CATCH = 0;
    public static final int FILTER = 1;
    public static final int FINALLY = 2;
    public static final int FAULT = 4;
}
