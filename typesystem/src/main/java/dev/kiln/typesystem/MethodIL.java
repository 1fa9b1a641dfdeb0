package dev.kiln.typesystem;

import dev.kiln.typesystem.metadata.ExceptionClause;
import java.util.List;

/** A method body with its locals resolved to types. Tokens in the code resolve through {@link #module()}. */
public record MethodIL(EcmaModule module, MethodDesc owner, byte[] code, int maxStack, boolean initLocals,
                       List<TypeDesc> locals, List<ExceptionClause> exceptionClauses, GenericContext context) {
    /** The same body seen from an instantiation: tokens resolve in the new context, locals are substituted. */
    public MethodIL instantiate(MethodDesc newOwner, GenericContext newContext) {
        List<TypeDesc> substituted = new java.util.ArrayList<>(locals.size());
        for (TypeDesc t : locals) {
            substituted.add(t.substitute(newContext));
        }
        return new MethodIL(module, newOwner, code, maxStack, initLocals, substituted, exceptionClauses, newContext);
    }
}
