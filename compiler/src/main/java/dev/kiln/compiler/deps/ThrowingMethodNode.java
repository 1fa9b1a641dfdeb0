package dev.kiln.compiler.deps;

import dev.kiln.il.ThrowingMethods;
import dev.kiln.depgraph.DependencyListEntry;
import dev.kiln.typesystem.MethodDesc;
import java.util.ArrayList;
import java.util.List;

/**
 * A runtime method without a Kiln implementation, compiled to throw PlatformNotSupportedException: delegate
 * BeginInvoke/EndInvoke (as .NET Core does) and P/Invoke methods until Kiln binds them.
 */
public final class ThrowingMethodNode extends CodeNode {
    private final MethodDesc method;
    private final String message;

    ThrowingMethodNode(MethodDesc method, String message) {
        this.method = method;
        this.message = message;
    }

    @Override
    public MethodDesc method() {
        return method;
    }

    @Override
    public String kind() {
        return "ThrowingMethod";
    }

    @Override
    public String name() {
        return method.fullName() + " [throws PlatformNotSupportedException]";
    }

    @Override
    public List<DependencyListEntry<NodeFactory>> staticDependencies(NodeFactory factory) {
        List<DependencyListEntry<NodeFactory>> deps = new ArrayList<>();
        ScannedBodyNode.addThrowerDependencies(deps, factory, method, message, "the body of " + method.fullName() + " throws");
        return deps;
    }

    @Override
    public FunctionToCompile function() {
        return FunctionToCompile.throwing(FunctionToCompile.Kind.THROWING_BODY, method, ThrowingMethods.PLATFORM_NOT_SUPPORTED, message);
    }
}
