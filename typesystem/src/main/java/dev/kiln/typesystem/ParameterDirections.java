package dev.kiln.typesystem;

import dev.kiln.typesystem.metadata.MetadataFile;
import dev.kiln.typesystem.metadata.Tokens;

/**
 * The [In] and [Out] attributes of a method's parameters (ECMA-335 II.23.1.13 ParamAttributes), which decide the
 * direction .NET's marshaller copies a reference-type argument such as a StringBuilder buffer.
 */
public final class ParameterDirections {
    public static final int IN = 0x0001;
    public static final int OUT = 0x0002;

    private ParameterDirections() {
    }

    /** The In/Out flags of parameter i (0-based) of method, 0 when it has no Param row or no such flags. */
    public static int of(MethodDesc method, int i) {
        if (!(method.typicalDefinition() instanceof EcmaMethod e)) {
            return 0;
        }
        MetadataFile md = e.module().metadata();
        var row = md.methodDef(Tokens.rid(e.token()));
        for (int list = row.firstParam(); list < row.endParam(); list++) {
            var param = md.param(md.paramRidAt(list));
            if (param.sequence() == i + 1) {
                return param.flags() & (IN | OUT);
            }
        }
        return 0;
    }
}
