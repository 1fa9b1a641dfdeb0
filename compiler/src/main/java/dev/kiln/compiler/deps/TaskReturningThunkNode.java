package dev.kiln.compiler.deps;

import dev.kiln.il.AsyncHelperMethods;
import dev.kiln.depgraph.DependencyListEntry;
import dev.kiln.typesystem.MethodDesc;
import java.util.ArrayList;
import java.util.List;

/**
 * The task-returning form of a runtime-async method — what ordinary callers, delegates and the ordinary vtable slot
 * reach: it runs the async variant and wraps the outcome in a task.
 */
public final class TaskReturningThunkNode extends CodeNode {
    private final MethodDesc method;

    TaskReturningThunkNode(MethodDesc method) {
        this.method = method;
    }

    @Override
    public MethodDesc method() {
        return method;
    }

    @Override
    public String kind() {
        return "TaskReturningThunk";
    }

    @Override
    public String name() {
        return method.fullName() + " [task-returning thunk]";
    }

    @Override
    public List<DependencyListEntry<NodeFactory>> staticDependencies(NodeFactory factory) {
        List<DependencyListEntry<NodeFactory>> deps = new ArrayList<>();
        addEdge(deps, factory.asyncVariant(method), "run by the task-returning thunk");
        for (MethodDesc helper : AsyncHelperMethods.taskReturningThunk(factory.typeSystem(), method.signature().returnType()).all()) {
            addEdge(deps, factory.methodEntry(helper), "creates and completes the thunk's task");
            addTokens(deps, factory.tokens().method(helper), "creates and completes the thunk's task");
        }
        for (MethodDesc helper : AsyncHelperMethods.thunkContexts(factory.typeSystem())) {
            addEdge(deps, factory.methodEntry(helper), "saves and restores the caller's contexts");
            addTokens(deps, factory.tokens().method(helper), "saves and restores the caller's contexts");
        }
        MethodDesc commit = AsyncHelperMethods.commitSuspension(factory.typeSystem());
        addEdge(deps, factory.methodEntry(commit), "hands a suspended chain over");
        addTokens(deps, factory.tokens().method(commit), "hands a suspended chain over");
        return deps;
    }

    @Override
    public FunctionToCompile function() {
        return new FunctionToCompile(FunctionToCompile.Kind.TASK_RETURNING_THUNK, method);
    }
}
