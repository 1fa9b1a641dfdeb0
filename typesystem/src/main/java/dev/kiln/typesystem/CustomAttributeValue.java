package dev.kiln.typesystem;

import java.util.List;
import java.util.Map;

/**
 * A decoded custom attribute: its constructor, positional arguments and named (field or property) arguments.
 * Values are Boolean, Character, Byte/Short/Integer/Long (unsigned types widened), Float, Double, String, a
 * TypeName for System.Type arguments, an EnumValue for enums, a List for arrays, or null.
 */
public record CustomAttributeValue(MethodDesc constructor, List<Object> fixedArguments, Map<String, Object> namedArguments) {
    /** A System.Type argument, kept as the serialized (assembly-qualified) name. */
    public record TypeName(String name) {
    }

    /** An enum argument: its type and underlying value. */
    public record EnumValue(TypeDesc type, Object value) {
    }
}
