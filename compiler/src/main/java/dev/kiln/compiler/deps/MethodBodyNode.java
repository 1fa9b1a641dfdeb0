package dev.kiln.compiler.deps;

import dev.kiln.codegen.AwaitSites;
import dev.kiln.codegen.NativeModuleBuilder;
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
    void compileBody(NativeModuleBuilder builder) {
        builder.compileMethod(method());
    }

    @Override
    public String symbol(NativeModuleBuilder builder) {
        return builder.symbolOf(method());
    }
}
