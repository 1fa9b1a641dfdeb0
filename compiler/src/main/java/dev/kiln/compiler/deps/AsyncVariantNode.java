package dev.kiln.compiler.deps;

import dev.kiln.il.AwaitSites;
import dev.kiln.typesystem.MethodDesc;

/** A runtime-async method's IL compiled as its async variant, with suspension and resumption at each await. */
public final class AsyncVariantNode extends ScannedBodyNode {
    AsyncVariantNode(MethodDesc method) {
        super(method);
    }

    @Override
    AwaitSites.Mode scanMode() {
        return AwaitSites.Mode.RUNTIME_ASYNC;
    }

    @Override
    public String kind() {
        return "AsyncVariant";
    }

    @Override
    public String name() {
        return method().fullName() + " [async variant]";
    }

    @Override
    FunctionToCompile.Kind bodyKind() {
        return FunctionToCompile.Kind.ASYNC_VARIANT;
    }
}
