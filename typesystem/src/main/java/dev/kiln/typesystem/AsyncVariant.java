package dev.kiln.typesystem;

/**
 * The async variant of a Task-returning method (shared/runtime-async.md §2): same owner, name and parameters,
 * the task's result as its return type (void for Task and ValueTask). Only runtime-async code calls it, when it
 * awaits the method. Canonical per method: equality and hashing are identity, so compiler nodes can key on it.
 */
public final class AsyncVariant extends MethodDesc {
    private final MethodDesc taskReturning;
    private final MethodSignature signature;

    AsyncVariant(MethodDesc taskReturning, TypeDesc unwrappedReturnType) {
        this.taskReturning = taskReturning;
        MethodSignature s = taskReturning.signature();
        this.signature = new MethodSignature(s.hasThis(), unwrappedReturnType, s.parameters(), s.genericParameterCount());
    }

    /** The task-returning method this is the variant of. */
    public MethodDesc taskReturningMethod() {
        return taskReturning;
    }

    @Override public TypeDesc owningType() { return taskReturning.owningType(); }
    @Override public String name() { return taskReturning.name(); }
    @Override public MethodSignature signature() { return signature; }
    @Override public boolean isStatic() { return taskReturning.isStatic(); }
    @Override public boolean isVirtual() { return taskReturning.isVirtual(); }
    @Override public boolean isNewSlot() { return taskReturning.isNewSlot(); }
    @Override public boolean isAbstract() { return taskReturning.isAbstract(); }
    @Override public boolean isFinal() { return taskReturning.isFinal(); }
    @Override public boolean isInternalCall() { return false; }
    @Override public boolean isRuntimeAsync() { return taskReturning.isRuntimeAsync(); }
    @Override public GenericContext genericContext() { return taskReturning.genericContext(); }
    @Override public boolean isGenericMethodDefinition() { return taskReturning.isGenericMethodDefinition(); }

    /** A runtime-async method's variant is its own IL; an ordinary method's variant is a thunk or async version. */
    @Override
    public boolean hasIL() {
        return taskReturning.isRuntimeAsync() && taskReturning.hasIL();
    }

    @Override
    public MethodIL methodIL() {
        return taskReturning.isRuntimeAsync() ? taskReturning.methodIL() : null;
    }

    @Override
    public String location() {
        return taskReturning.location() + " (async variant)";
    }

    @Override
    public String fullName() {
        return "[async] " + taskReturning.fullName();
    }
}
