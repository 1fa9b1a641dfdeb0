package dev.kiln.il;

import dev.kiln.typesystem.ArrayMethod;
import dev.kiln.typesystem.InstantiatedMethod;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.MethodIL;
import dev.kiln.typesystem.TaskTypes;
import dev.kiln.typesystem.TypeDesc;
import dev.kiln.typesystem.metadata.ExceptionClause;
import dev.kiln.typesystem.metadata.ILReader;
import dev.kiln.typesystem.metadata.Instruction;
import dev.kiln.typesystem.metadata.OpCode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a method compiled as an async variant awaits (shared/runtime-async.md §1, §3), found once and read by both
 * the code generator and the dependency scanner so that they agree on what is called.
 *
 * In a runtime-async method: `call|callvirt M; [ldc.i4 b; call ConfigureAwait;] call AsyncHelpers.Await` calls M's
 * async variant (a tail await when `ret` follows and the results match); any other AsyncHelpers await awaits the
 * value it is given. In an async version of an ordinary method: `[tail.] call|callvirt N; ret` with N returning the
 * same task type is a tail await, and every other `ret` awaits the task it returns.
 */
public final class AwaitSites {
    public enum Mode { RUNTIME_ASYNC, ASYNC_VERSION }

    /** What happens at one instruction; consumed() more instructions after it belong to the same site. */
    public sealed interface Site {
        int consumed();
    }

    /**
     * A call whose task is awaited at once: call target's async variant instead (through its variant slot when
     * dispatch). A tail await returns the callee's result and continuation as its own. continueOnCapturedContext is
     * false after `ConfigureAwait(false)`: a suspension there captures no context (spec §7).
     */
    public record VariantCall(MethodDesc target, boolean dispatch, int consumed, boolean tail, boolean continueOnCapturedContext)
            implements Site {
    }

    /** AsyncHelpers.Await(value), AwaitAwaiter or UnsafeAwaitAwaiter in a runtime-async method. */
    public record ValueAwait(MethodDesc helper) implements Site {
        @Override
        public int consumed() {
            return 0;
        }
    }

    /** A `ret` in an async version: await the returned task and return its result. */
    public record AwaitReturn(TypeDesc taskType) implements Site {
        @Override
        public int consumed() {
            return 0;
        }
    }

    private AwaitSites() {
    }

    /** The sites by instruction index. */
    public static Map<Integer, Site> find(MethodDesc method, List<Instruction> code, Mode mode) {
        return find(method, code, mode, false);
    }

    /**
     * keepFrame: a runtime-async method's tail awaits are ordinary awaits, so that its frame stays on the chain and
     * in stack traces, as under .NET, whose runtime async keeps a continuation per method (with debug information).
     */
    public static Map<Integer, Site> find(MethodDesc method, List<Instruction> code, Mode mode, boolean keepFrame) {
        MethodIL il = method.methodIL();
        Set<Integer> boundaries = boundaries(code, il.exceptionClauses());
        Map<Integer, Site> sites = new HashMap<>();
        TypeDesc returnType = method.signature().returnType();
        for (int i = 0; i < code.size(); i++) {
            Instruction insn = code.get(i);
            OpCode op = insn.opcode();
            if (op == OpCode.CALL || op == OpCode.CALLVIRT) {
                MethodDesc target = il.module().resolveMethod((int) insn.operand(), il.context());
                Site site = mode == Mode.RUNTIME_ASYNC
                        ? runtimeAsyncCall(method, code, i, target, boundaries, keepFrame)
                        : versionCall(code, i, target, returnType, boundaries);
                if (site != null) {
                    sites.put(i, site);
                    i += site.consumed();
                }
            } else if (op == OpCode.RET && mode == Mode.ASYNC_VERSION) {
                sites.put(i, new AwaitReturn(returnType));
            }
        }
        return sites;
    }

    /**
     * Whether an ordinary task-returning method can be compiled as an async version. Its frame is never saved
     * (tail awaits need none, a returned task is awaited after the body is done), so only `jmp`, which hands this
     * frame to another method's ordinary entry point, rules it out.
     */
    public static boolean canCompileVersion(MethodDesc method) {
        MethodIL il = method.methodIL();
        if (il == null || method.isRuntimeAsync() || TaskTypes.resultType(method.signature().returnType()) == null) {
            return false;
        }
        if (SynchronizedMethods.isSynchronized(method)) {
            return false; // its lock is taken by the ordinary body's wrapper: awaiting it goes through the thunk
        }
        for (Instruction insn : ILReader.decode(il.code())) {
            if (insn.opcode() == OpCode.JMP) {
                return false;
            }
        }
        return true;
    }

    /** Decodes the method's IL and finds its sites. */
    public static Map<Integer, Site> find(MethodDesc method, Mode mode) {
        return find(method, ILReader.decode(method.methodIL().code()), mode);
    }

    private static Site runtimeAsyncCall(MethodDesc method, List<Instruction> code, int i, MethodDesc target, Set<Integer> boundaries,
                                         boolean keepFrame) {
        if (AsyncHelperMethods.isAwait(target)) {
            return new ValueAwait(target);
        }
        if (!hasCallableVariant(code, i, target)) {
            return null;
        }
        TypeDesc task = target.signature().returnType();
        int awaitAt = i + 1;
        TypeDesc awaited = task;
        boolean continueOnCapturedContext = true;
        if (isConfigureAwait(code, i, task, method, boundaries)) {
            awaited = resolve(method, code.get(i + 2)).signature().returnType();
            awaitAt = i + 3;
            continueOnCapturedContext = int32Constant(code.get(i + 1)) != 0;
        }
        if (!continues(code, i, awaitAt, boundaries)) {
            return null;
        }
        MethodDesc next = resolveCall(method, code.get(awaitAt));
        if (next == null || !next.name().equals("Await") || !AsyncHelperMethods.isAsyncHelpers(next.owningType())
                || next.signature().parameters().get(0) != awaited) {
            return null;
        }
        int consumed = awaitAt - i;
        boolean tail = !keepFrame && continues(code, i, awaitAt + 1, boundaries) && code.get(awaitAt + 1).opcode() == OpCode.RET
                && TaskTypes.resultType(task) == TaskTypes.resultType(method.signature().returnType());
        return new VariantCall(target, dispatches(code.get(i), target), tail ? consumed + 1 : consumed, tail, continueOnCapturedContext);
    }

    private static Site versionCall(List<Instruction> code, int i, MethodDesc target, TypeDesc returnType, Set<Integer> boundaries) {
        if (target.signature().returnType() != returnType || !hasCallableVariant(code, i, target)
                || !continues(code, i, i + 1, boundaries) || code.get(i + 1).opcode() != OpCode.RET) {
            return null;
        }
        return new VariantCall(target, dispatches(code.get(i), target), 1, true, false);
    }

    /** `ldc.i4 b; call|callvirt Task(`1)::ConfigureAwait(bool)` right after the call at i. */
    private static boolean isConfigureAwait(List<Instruction> code, int i, TypeDesc task, MethodDesc method, Set<Integer> boundaries) {
        if (!continues(code, i, i + 2, boundaries) || !isInt32Constant(code.get(i + 1).opcode())) {
            return false;
        }
        MethodDesc configure = resolveCall(method, code.get(i + 2));
        return configure != null && configure.name().equals("ConfigureAwait") && configure.owningType() == task
                && !configure.isStatic();
    }

    /**
     * Whether a call of target can go to its async variant: a task-returning method that is not generic-virtual, a
     * delegate's Invoke, an array accessor or behind a `constrained.` prefix, and whose variant exists to call
     * directly (an IL body or a runtime-async body) or through a slot.
     */
    private static boolean hasCallableVariant(List<Instruction> code, int i, MethodDesc target) {
        if (TaskTypes.resultType(target.signature().returnType()) == null || target instanceof ArrayMethod
                || DelegateMethods.isRuntimeImplemented(target) || target.isInternalCall()) {
            return false;
        }
        if (i > 0 && code.get(i - 1).opcode() == OpCode.CONSTRAINED) {
            return false;
        }
        boolean dispatch = dispatches(code.get(i), target);
        if (dispatch && target instanceof InstantiatedMethod im && im.genericMethod().isVirtual()) {
            return false;
        }
        return dispatch || (!target.isAbstract() && target.hasIL());
    }

    static boolean dispatches(Instruction call, MethodDesc target) {
        return call.opcode() == OpCode.CALLVIRT && target.isVirtual() && !target.isFinal()
                && !target.owningType().isSealed();
    }

    /** Instructions from..to exist and none of from+1..to starts a block (so the sequence is one straight line). */
    private static boolean continues(List<Instruction> code, int from, int to, Set<Integer> boundaries) {
        if (to >= code.size()) {
            return false;
        }
        for (int j = from + 1; j <= to; j++) {
            if (boundaries.contains(code.get(j).offset())) {
                return false;
            }
        }
        return true;
    }

    private static MethodDesc resolveCall(MethodDesc method, Instruction insn) {
        OpCode op = insn.opcode();
        return op == OpCode.CALL || op == OpCode.CALLVIRT ? resolve(method, insn) : null;
    }

    /** ldc.i4 in any of its forms (ConfigureAwait's argument). */
    private static boolean isInt32Constant(OpCode op) {
        switch (op) {
            case LDC_I4: case LDC_I4_S: case LDC_I4_M1: case LDC_I4_0: case LDC_I4_1: case LDC_I4_2: case LDC_I4_3:
            case LDC_I4_4: case LDC_I4_5: case LDC_I4_6: case LDC_I4_7: case LDC_I4_8:
                return true;
            default:
                return false;
        }
    }

    /** The value an ldc.i4 form pushes. */
    private static int int32Constant(Instruction insn) {
        switch (insn.opcode()) {
            case LDC_I4_M1: return -1;
            case LDC_I4_0: return 0;
            case LDC_I4_1: return 1;
            case LDC_I4_2: return 2;
            case LDC_I4_3: return 3;
            case LDC_I4_4: return 4;
            case LDC_I4_5: return 5;
            case LDC_I4_6: return 6;
            case LDC_I4_7: return 7;
            case LDC_I4_8: return 8;
            default: return (int) insn.operand();
        }
    }

    private static MethodDesc resolve(MethodDesc method, Instruction insn) {
        MethodIL il = method.methodIL();
        return il.module().resolveMethod((int) insn.operand(), il.context());
    }

    /** Offsets where control can arrive other than by falling through: branch targets and region starts and ends. */
    private static Set<Integer> boundaries(List<Instruction> code, List<ExceptionClause> clauses) {
        Set<Integer> set = new HashSet<>();
        for (Instruction insn : code) {
            if (insn.switchTargets() != null) {
                for (int t : insn.switchTargets()) {
                    set.add(t);
                }
            } else if (insn.opcode().isBranch()) {
                set.add((int) insn.operand());
            }
        }
        for (ExceptionClause c : clauses) {
            set.add(c.tryOffset());
            set.add(c.tryOffset() + c.tryLength());
            set.add(c.handlerOffset());
            set.add(c.handlerOffset() + c.handlerLength());
            if (c.kind() == ExceptionClause.FILTER) {
                set.add(c.classTokenOrFilterOffset());
            }
        }
        return set;
    }
}
