package dev.kiln.compiler.deps;

import dev.kiln.codegen.NativeModuleBuilder;
import dev.kiln.typesystem.MethodDesc;

/**
 * A node that puts one function into the executable: a method's body, or one of the functions runtime async adds
 * around task-returning methods (shared/runtime-async.md §2). It knows how to compile itself and its symbol.
 */
public abstract class CodeNode extends KilnNode {
    /** The method (for async variants, the task-returning method) this code belongs to. */
    public abstract MethodDesc method();

    public abstract void compile(NativeModuleBuilder builder);

    /** The function's symbol in the object file (for sizes in --map). */
    public abstract String symbol(NativeModuleBuilder builder);

    /** Adds an edge to node unless it is null (code another image provides, or nothing to compile). */
    static void addEdge(java.util.List<dev.kiln.depgraph.DependencyListEntry<NodeFactory>> deps, CodeNode node, String reason) {
        if (node != null) {
            deps.add(new dev.kiln.depgraph.DependencyListEntry<>(node, reason));
        }
    }
}
