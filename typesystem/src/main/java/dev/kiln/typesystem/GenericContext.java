package dev.kiln.typesystem;

import java.util.List;

/** The instantiation in force while resolving a signature: type arguments of the type and of the method. */
public record GenericContext(List<TypeDesc> typeArguments, List<TypeDesc> methodArguments) {
    public static final GenericContext NONE = new GenericContext(List.of(), List.of());
}
