package dev.kiln.il;

import dev.kiln.typesystem.EcmaType;
import dev.kiln.typesystem.InstantiatedMethod;
import dev.kiln.typesystem.InstantiatedType;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.TaskTypes;
import dev.kiln.typesystem.TypeCategory;
import dev.kiln.typesystem.TypeDesc;
import dev.kiln.typesystem.TypeSystem;
import java.util.List;

/**
 * The core library's AsyncHelpers members that compiled async code calls (corelib AsyncHelpers.cs names them as
 * the compiler's contract). Each construct that calls helpers has one method here listing them, used by the code
 * generator and by the dependency graph alike, so the two always agree on what is needed.
 */
public final class AsyncHelperMethods {
    private AsyncHelperMethods() {
    }

    public static TypeDesc helpers(TypeSystem ts) {
        return ts.coreLibraryModule().findType("System.Runtime.CompilerServices", "AsyncHelpers");
    }

    public static boolean isAsyncHelpers(TypeDesc t) {
        return t instanceof EcmaType e && t.typeSystem().isCoreLibraryType(e)
                && e.fullName().equals("System.Runtime.CompilerServices.AsyncHelpers");
    }

    /** AsyncHelpers.Await*, AwaitAwaiter or UnsafeAwaitAwaiter: the calls that are awaits in runtime-async code. */
    public static boolean isAwait(MethodDesc method) {
        return isAsyncHelpers(method.owningType()) && (method.name().equals("Await") || method.name().equals("AwaitAwaiter")
                || method.name().equals("UnsafeAwaitAwaiter"));
    }

    private static TypeDesc requireHelpers(TypeSystem ts) {
        TypeDesc h = helpers(ts);
        if (h == null) {
            throw new ILCompileException("the core library lacks System.Runtime.CompilerServices.AsyncHelpers");
        }
        return h;
    }

    /** AsyncHelpers.name, generic over typeArgument when it is non-null and not void, with parameterCount parameters. */
    static MethodDesc find(TypeSystem ts, String name, TypeDesc typeArgument, int parameterCount) {
        boolean generic = typeArgument != null && typeArgument.category() != TypeCategory.VOID;
        for (MethodDesc m : requireHelpers(ts).methods()) {
            if (m.name().equals(name) && m.signature().parameters().size() == parameterCount
                    && (m.signature().genericParameterCount() > 0) == generic) {
                return generic ? ts.instantiate(m, List.of(typeArgument)) : m;
            }
        }
        throw new ILCompileException("the core library's AsyncHelpers lacks " + name);
    }

    /** AsyncHelpers.name(awaited): the overload whose one parameter is exactly the awaited type. */
    private static MethodDesc findFor(TypeSystem ts, String name, TypeDesc awaited) {
        for (MethodDesc m : requireHelpers(ts).methods()) {
            if (!m.name().equals(name) || m.signature().parameters().size() != 1) {
                continue;
            }
            MethodDesc candidate = m;
            if (m.signature().genericParameterCount() == 1) {
                if (!(awaited instanceof InstantiatedType it) || it.arguments().size() != 1) {
                    continue;
                }
                candidate = ts.instantiate(m, List.of(it.arguments().get(0)));
            } else if (m.signature().genericParameterCount() != 0) {
                continue;
            }
            if (candidate.signature().parameters().get(0) == awaited) {
                return candidate;
            }
        }
        throw new ILCompileException("awaiting a value of type " + awaited.fullName() + " is not supported");
    }

    /** Awaiting a task or configured awaitable: {SuspendFor(value) → leaf or null, ResultOf(value) → result}. */
    public static List<MethodDesc> valueAwait(TypeSystem ts, TypeDesc awaited) {
        return List.of(findFor(ts, "SuspendFor", awaited), findFor(ts, "ResultOf", awaited));
    }

    /**
     * The transparent await of a returned task (async versions, async-callable thunks): {SuspendTransparentlyFor(task)
     * → leaf or null, ResultOf(task) → result}. It captures no context, as the ordinary method it stands for did not.
     */
    public static List<MethodDesc> transparentAwait(TypeSystem ts, TypeDesc taskType) {
        return List.of(findFor(ts, "SuspendTransparentlyFor", taskType), findFor(ts, "ResultOf", taskType));
    }

    /** AwaitAwaiter&lt;T&gt; / UnsafeAwaitAwaiter&lt;T&gt;: SuspendForAwaiter&lt;T&gt; or UnsafeSuspendForAwaiter&lt;T&gt;. */
    public static MethodDesc awaiterSuspension(TypeSystem ts, MethodDesc awaitHelper) {
        TypeDesc awaiter = ((InstantiatedMethod) awaitHelper).arguments().get(0);
        String name = awaitHelper.name().equals("UnsafeAwaitAwaiter") ? "UnsafeSuspendForAwaiter" : "SuspendForAwaiter";
        return find(ts, name, awaiter, 1);
    }

    /** What AsyncHelpers calls an await site needs: an awaiter's suspension, or a value's suspension and result. */
    public static List<MethodDesc> forAwaitHelper(TypeSystem ts, MethodDesc awaitHelper) {
        if (!awaitHelper.name().equals("Await")) {
            return List.of(awaiterSuspension(ts, awaitHelper));
        }
        return valueAwait(ts, awaitHelper.signature().parameters().get(0));
    }

    /** The helpers of a task-returning thunk for a method returning taskType (one of the four task types). */
    public record ThunkHelpers(MethodDesc fromResult, MethodDesc fromException, MethodDesc newPending,
            MethodDesc fromPending, MethodDesc complete, MethodDesc fail) {
        public List<MethodDesc> all() {
            return List.of(fromResult, fromException, newPending, fromPending, complete, fail);
        }
    }

    public static ThunkHelpers taskReturningThunk(TypeSystem ts, TypeDesc taskType) {
        TypeDesc result = TaskTypes.resultType(taskType);
        if (result == null) {
            throw new ILCompileException(taskType.fullName() + " is not a task type");
        }
        boolean isVoid = result.category() == TypeCategory.VOID;
        String shape = taskType.isValueType() ? "ValueTask" : "Task";
        return new ThunkHelpers(
                find(ts, shape + "FromResult", result, isVoid ? 0 : 1),
                find(ts, shape + "FromException", result, 1),
                find(ts, "NewPending", result, 0),
                find(ts, shape + "FromPending", result, 1),
                find(ts, "Complete", result, isVoid ? 1 : 2),
                find(ts, "Fail", null, 2));
    }

    /**
     * AsyncHelpers.CommitSuspension: registers what the innermost suspended frame waits for, called where a
     * completely linked chain is handed over (a task-returning thunk that suspended, a resumed frame that suspended
     * again).
     */
    public static MethodDesc commitSuspension(TypeSystem ts) {
        return find(ts, "CommitSuspension", null, 0);
    }

    /**
     * AsyncHelpers.CaptureContextForVariantAwait(int): called where a runtime-async method's await of a callee's variant
     * suspends (the cold path), so that a chain whose innermost wait captured nothing (a transparent await of an
     * async version or thunk) resumes in this frame's captured context unless the await said ConfigureAwait(false).
     */
    public static MethodDesc captureContextForVariantAwait(TypeSystem ts) {
        return find(ts, "CaptureContextForVariantAwait", null, 1);
    }

    /**
     * What a task-returning thunk calls around the variant it runs (spec §7): CurrentExecutionContext() and
     * CurrentSynchronizationContext() before it, RestoreContexts(both) once the variant returned, suspended or threw,
     * so a runtime-async method's AsyncLocal writes and context changes do not leak to its ordinary caller.
     */
    public static List<MethodDesc> thunkContexts(TypeSystem ts) {
        return List.of(find(ts, "CurrentExecutionContext", null, 0), find(ts, "CurrentSynchronizationContext", null, 0),
                find(ts, "RestoreContexts", null, 2));
    }

    /** AsyncHelpers.RunMain for a Main returning Task or Task&lt;int&gt;, or null for other return types. */
    public static MethodDesc entryPointRunner(TypeSystem ts, TypeDesc mainReturnType) {
        if (mainReturnType.isValueType() || TaskTypes.resultType(mainReturnType) == null) {
            return null;
        }
        for (MethodDesc m : requireHelpers(ts).methods()) {
            if (m.name().equals("RunMain") && m.signature().parameters().get(0) == mainReturnType) {
                return m;
            }
        }
        return null;
    }
}
