package dev.kiln.compiler.deps;

import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TypeDesc;

/**
 * A sink that takes nothing unless a subclass overrides what it wants: for walks over IL that look for one kind of
 * dependency (the reflection dataflow's first rounds, the generic virtual calls another image makes) rather than build
 * the graph. The graph's own sink (ScannedBodyNode) implements DependencySink directly, so it cannot forget one.
 */
abstract class IgnoringDependencySink implements DependencySink {
    @Override
    public void methodBody(MethodDesc method, String reason) {
    }

    @Override
    public void asyncVariantCall(MethodDesc target, boolean dispatch, String reason) {
    }

    @Override
    public void virtualUse(MethodDesc method, String reason) {
    }

    @Override
    public void constructed(TypeDesc type, String reason) {
    }

    @Override
    public void classConstructor(TypeDesc type, String reason) {
    }
}
