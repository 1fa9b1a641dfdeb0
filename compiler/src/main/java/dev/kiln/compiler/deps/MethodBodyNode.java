package dev.kiln.compiler.deps;

import dev.kiln.depgraph.DependencyListEntry;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeDesc;
import java.util.ArrayList;
import java.util.List;

/** The compiled code of one method. Its dependencies are what its IL calls, allocates and touches. */
public final class MethodBodyNode extends KilnNode {
    private final MethodDesc method;

    MethodBodyNode(MethodDesc method) {
        this.method = method;
    }

    public MethodDesc method() {
        return method;
    }

    @Override
    public String kind() {
        return "MethodBody";
    }

    @Override
    public String name() {
        return method.fullName();
    }

    private volatile List<DependencyListEntry<NodeFactory>> computed;

    /** Dependencies come from scanning the body, done in batches (in parallel) by the compilation graph. */
    @Override
    public boolean staticDependenciesAreComputed() {
        return false;
    }

    void compute(NodeFactory factory) {
        computed = scan(factory);
    }

    @Override
    public List<DependencyListEntry<NodeFactory>> staticDependencies(NodeFactory factory) {
        List<DependencyListEntry<NodeFactory>> deps = computed;
        return deps != null ? deps : scan(factory);
    }

    private List<DependencyListEntry<NodeFactory>> scan(NodeFactory factory) {
        List<DependencyListEntry<NodeFactory>> deps = new ArrayList<>();
        ILScanner.scan(method, new DependencySink() {
            @Override
            public void methodBody(MethodDesc target, String reason) {
                if (target.methodIL() != null || dev.kiln.codegen.DelegateSupport.isInvoke(target)) {
                    deps.add(new DependencyListEntry<>(factory.methodBody(target), reason));
                }
            }

            @Override
            public void virtualUse(MethodDesc target, String reason) {
                deps.add(new DependencyListEntry<>(factory.virtualMethodUse(target), reason));
            }

            @Override
            public void constructed(TypeDesc type, String reason) {
                deps.add(new DependencyListEntry<>(factory.constructedType(type), reason));
            }

            @Override
            public void genericVirtualUse(dev.kiln.typesystem.InstantiatedMethod method, String reason) {
                deps.add(new DependencyListEntry<>(factory.genericVirtualUse(method), reason));
            }

            @Override
            public void stringLiteral(String value, String reason) {
                deps.add(new DependencyListEntry<>(factory.stringLiteral(value), reason));
            }

            @Override
            public void staticBase(TypeDesc type, String reason) {
                deps.add(new DependencyListEntry<>(factory.staticBase(type), reason));
            }

            @Override
            public void externalToken(String module, int token, String description, String reason) {
                deps.add(new DependencyListEntry<>(factory.token(module, token, description), reason));
            }

            @Override
            public void classConstructor(TypeDesc type, String reason) {
                MethodDesc cctor = type.staticConstructor();
                if (cctor != null) {
                    deps.add(new DependencyListEntry<>(factory.methodBody(cctor), reason));
                }
            }
        });
        return deps;
    }
}
