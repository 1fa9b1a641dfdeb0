package dev.kiln.compiler.deps;

import dev.kiln.typesystem.MethodDesc;

/**
 * A node that puts one function into the executable: a method's body, or one of the functions runtime async adds
 * around task-returning methods (shared/runtime-async.md §2). It says which function that is (function()).
 */
public abstract class CodeNode extends KilnNode {
    /** The method (for async variants, the task-returning method) this code belongs to. */
    public abstract MethodDesc method();

    /** The function this node puts into the output (the compiler has the code generator compile it). */
    public abstract FunctionToCompile function();

    /** Adds an edge to node unless it is null (code another image provides, or nothing to compile). */
    static void addEdge(java.util.List<dev.kiln.depgraph.DependencyListEntry<NodeFactory>> deps, CodeNode node, String reason) {
        if (node != null) {
            deps.add(new dev.kiln.depgraph.DependencyListEntry<>(node, reason));
        }
    }
}
