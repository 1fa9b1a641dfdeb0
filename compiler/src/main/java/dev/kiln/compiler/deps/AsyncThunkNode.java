package dev.kiln.compiler.deps;

import dev.kiln.il.AsyncHelperMethods;
import dev.kiln.depgraph.DependencyListEntry;
import dev.kiln.typesystem.MethodDesc;
import java.util.ArrayList;
import java.util.List;

/** The async-callable thunk of an ordinary task-returning method: calls the method, then awaits its task. */
public final class AsyncThunkNode extends CodeNode {
    private final MethodDesc method;

    AsyncThunkNode(MethodDesc method) {
        this.method = method;
    }

    @Override
    public MethodDesc method() {
        return method;
    }

    @Override
    public String kind() {
        return "AsyncThunk";
    }

    @Override
    public String name() {
        return method.fullName() + " [async thunk]";
    }

    @Override
    public List<DependencyListEntry<NodeFactory>> staticDependencies(NodeFactory factory) {
        List<DependencyListEntry<NodeFactory>> deps = new ArrayList<>();
        addEdge(deps, factory.methodEntry(method), "called by its async thunk");
        addTokens(deps, factory.tokens().method(method), "called by its async thunk");
        for (MethodDesc helper : AsyncHelperMethods.transparentAwait(factory.typeSystem(), method.signature().returnType())) {
            addEdge(deps, factory.methodEntry(helper), "the async thunk awaits the returned task");
            addTokens(deps, factory.tokens().method(helper), "the async thunk awaits the returned task");
        }
        return deps;
    }

    @Override
    public FunctionToCompile function() {
        return new FunctionToCompile(FunctionToCompile.Kind.ASYNC_THUNK, method);
    }
}
