package dev.kiln.compiler.deps;

import dev.kiln.il.AwaitSites;
import dev.kiln.typesystem.MethodDesc;

/**
 * The async version of an ordinary task-returning method (shared/runtime-async.md §3): its IL compiled as an async
 * variant, where a call returning the same task type followed by `ret` is a tail await and any other `ret` awaits
 * the returned task. Awaiting a chain of such wrappers allocates nothing when it completes synchronously.
 */
public final class AsyncVersionNode extends ScannedBodyNode {
    AsyncVersionNode(MethodDesc method) {
        super(method);
    }

    @Override
    AwaitSites.Mode scanMode() {
        return AwaitSites.Mode.ASYNC_VERSION;
    }

    @Override
    public String kind() {
        return "AsyncVersion";
    }

    @Override
    public String name() {
        return method().fullName() + " [async version]";
    }

    @Override
    FunctionToCompile.Kind bodyKind() {
        return FunctionToCompile.Kind.ASYNC_VERSION;
    }
}
