package dev.kiln.typesystem;

import java.util.List;

/**
 * A resolved method signature. Equality compares types by identity (TypeDesc is canonical), which is how
 * MemberRefs are matched to definitions.
 */
public record MethodSignature(boolean hasThis, TypeDesc returnType, List<TypeDesc> parameters, int genericParameterCount) {
    public MethodSignature {
        parameters = List.copyOf(parameters);
    }

    public MethodSignature substitute(GenericContext context) {
        java.util.List<TypeDesc> params = new java.util.ArrayList<>(parameters.size());
        for (TypeDesc t : parameters) {
            params.add(t.substitute(context));
        }
        return new MethodSignature(hasThis, returnType.substitute(context), params, genericParameterCount);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(returnType.fullName()).append('(');
        for (int i = 0; i < parameters.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(parameters.get(i).fullName());
        }
        return sb.append(')').toString();
    }
}
