package dev.kiln.compiler.deps;

import dev.kiln.il.AwaitSites;
import dev.kiln.typesystem.MethodDesc;

/** The compiled code of one method's IL (for a runtime-async method there is none: see AsyncVariantNode). */
public final class MethodBodyNode extends ScannedBodyNode {
    MethodBodyNode(MethodDesc method) {
        super(method);
    }

    @Override
    AwaitSites.Mode scanMode() {
        return null;
    }

    @Override
    public String kind() {
        return "MethodBody";
    }

    @Override
    public String name() {
        return method().fullName();
    }

    @Override
    FunctionToCompile.Kind bodyKind() {
        return FunctionToCompile.Kind.METHOD_BODY;
    }
}
