package dev.kiln.compiler.deps;

import dev.kiln.typesystem.EcmaModule;
import dev.kiln.typesystem.FieldDesc;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.NetNames;
import dev.kiln.typesystem.TrimmingAnnotations;
import dev.kiln.typesystem.TrimmingSuppressions;
import dev.kiln.typesystem.TypeDesc;
import dev.kiln.typesystem.metadata.Instruction;
import dev.kiln.typesystem.metadata.OpCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a method's reflection calls name, followed through the evaluation stack, locals and arguments (as ILLink's
 * dataflow does): {@code typeof(T).GetMethod("Name")}, {@code GetProperty}, {@code GetField}, {@code GetConstructor},
 * the {@code GetMethods()} family, {@code Activator.CreateInstance(typeof(T))}, {@code Type.GetType("Ns.Name")} and
 * {@code MakeGenericType} with constant arguments keep exactly the members they name ({@link ReflectionPatterns}).
 * Where a pattern's type or name is not a constant the analysis can see, it reports an ILLink-style warning
 * ({@link ReflectionWarning}).
 *
 * <p>The scanner records every instruction (with what the importer resolved its token to); the analysis runs after
 * the walk, only if the body calls a reflection API. Locals are flow-insensitive: a local holds a constant only if
 * every store to it stores that constant (iterated until the locals settle). The stack is cleared where control
 * merges (branch targets, after an unconditional transfer), and an instruction it does not model clears it too: a
 * value the analysis lost track of is unknown, which warns rather than keeps too little.
 */
final class ReflectionDataflow {
    /** A value on the stack or in a local, as far as the analysis knows it. */
    sealed interface Value permits TypeValue, StringValue, IntValue, TypeArray, NullValue, MethodValue, DynamicCallValue, Unknown {
    }

    record TypeValue(TypeDesc type) implements Value {
    }

    record StringValue(String text) implements Value {
    }

    record IntValue(int value) implements Value {
    }

    /** A Type[] made here with constant length: its elements as stored (null: not stored, or not a constant). */
    record TypeArray(TypeDesc[] elements) implements Value {
    }

    /** ldnull: satisfies any annotation (reflection on it throws, nothing needs keeping). */
    record NullValue() implements Value {
    }

    /** The binder of a dynamic method call (Binder.InvokeMember) with a constant name, for its CallSite<T>.Create. */
    record DynamicCallValue(String name, TypeArray typeArguments) implements Value {
    }

    /** The methods GetMethod(name) found on a constant type (for MakeGenericMethod). */
    record MethodValue(TypeDesc type, String name) implements Value {
    }

    /**
     * Not a constant: origin says where it came from, for the warning ("the return value of X", "parameter 1"); kinds
     * what its [DynamicallyAccessedMembers] annotation guarantees the type it holds keeps (0: none, -1: All).
     */
    record Unknown(String origin, Origin kind, int kinds) implements Value {
        Unknown(String origin, Origin kind) {
            this(origin, kind, 0);
        }
    }

    /** Where a value comes from, or (as a target) where it flows to: ILLink's codes are a table of the two. */
    enum Origin { PARAMETER, RETURN, FIELD, THIS, GENERIC_PARAMETER, OTHER }

    private record Event(Instruction insn, Object[] payload) {
    }

    private static final Unknown LOST = new Unknown("a value the analysis does not follow", Origin.OTHER);

    private final MethodDesc method;
    private final List<Event> events = new ArrayList<>();
    private final int returnKinds;
    private final Set<Integer> storedArguments = new HashSet<>();
    private boolean reflects;

    ReflectionDataflow(MethodDesc method) {
        this.method = method;
        this.returnKinds = TrimmingAnnotations.parameter(method, 0);
        this.reflects = returnKinds != 0; // what it returns must satisfy its annotation
    }

    /** The next instruction of the body, in IL order. */
    void instruction(Instruction insn) {
        events.add(new Event(insn, new Object[1]));
        if (insn.opcode() == OpCode.STARG || insn.opcode() == OpCode.STARG_S) {
            storedArguments.add((int) insn.operand()); // no longer (only) what the caller passed: not followed
        }
    }

    /** What the importer resolved the current instruction's token to (a CallSite's target, a type, a string). */
    void resolved(Object payload) {
        if (!events.isEmpty()) {
            events.get(events.size() - 1).payload()[0] = payload;
            if (payload instanceof MethodDesc m && (ReflectionPatterns.triggers(m) || TrimmingAnnotations.annotatesSignature(m)
                    || TrimmingSuppressions.requiresUnreferencedCode(m) != null)
                    || payload instanceof FieldDesc f && TrimmingAnnotations.field(f) != 0) {
                reflects = true;
            }
        }
    }

    /** Runs the analysis (if the body calls a reflection API) and reports what the patterns name to sink. */
    void analyze(DependencySink sink) {
        if (!reflects) {
            return;
        }
        Set<Integer> merges = mergePoints();
        Map<Integer, Value> locals = new HashMap<>();
        // flow-insensitive locals: evaluate until every local's value (the merge of its stores) settles
        for (int round = 0; round < 4; round++) {
            Map<Integer, Value> stored = new HashMap<>();
            run(merges, locals, stored, new ReflectionPatterns(method, ReflectionPatterns.SILENT));
            if (stored.equals(locals)) {
                break;
            }
            locals = stored;
        }
        run(merges, locals, new HashMap<>(), new ReflectionPatterns(method, sink));
    }

    private Set<Integer> mergePoints() {
        Set<Integer> merges = new HashSet<>();
        boolean afterTransfer = false;
        for (Event e : events) {
            Instruction insn = e.insn();
            if (afterTransfer) {
                merges.add(insn.offset());
            }
            if (insn.opcode().isBranch()) {
                merges.add((int) insn.operand());
            } else if (insn.opcode() == OpCode.SWITCH) {
                for (int t : insn.switchTargets()) {
                    merges.add(t);
                }
            }
            afterTransfer = switch (insn.opcode()) {
                case BR, BR_S, LEAVE, LEAVE_S, RET, THROW, RETHROW, ENDFINALLY, JMP -> true;
                default -> false;
            };
        }
        return merges;
    }

    /** One pass over the body; patterns (silent in the rounds that only settle the locals) gets every reflection call. */
    private void run(Set<Integer> merges, Map<Integer, Value> locals, Map<Integer, Value> stored, ReflectionPatterns patterns) {
        List<Value> stack = new ArrayList<>();
        for (Event e : events) {
            Instruction insn = e.insn();
            Object payload = e.payload()[0];
            if (merges.contains(insn.offset())) {
                stack.clear();
            }
            OpCode op = insn.opcode();
            switch (op) {
                case LDC_I4_M1, LDC_I4_0, LDC_I4_1, LDC_I4_2, LDC_I4_3, LDC_I4_4, LDC_I4_5, LDC_I4_6, LDC_I4_7, LDC_I4_8 ->
                        stack.add(new IntValue(op.value() - OpCode.LDC_I4_0.value()));
                case LDC_I4, LDC_I4_S -> stack.add(new IntValue((int) insn.operand()));
                case LDNULL -> stack.add(new NullValue());
                case LDC_I8, LDC_R4, LDC_R8 -> stack.add(LOST);
                case LDSTR -> stack.add(payload instanceof String s ? new StringValue(s) : LOST);
                case LDTOKEN -> stack.add(payload instanceof TypeDesc t ? new TypeValue(t) : LOST);
                case LDARG_0, LDARG_1, LDARG_2, LDARG_3 -> stack.add(argument(op.value() - OpCode.LDARG_0.value()));
                case LDARG, LDARG_S -> stack.add(argument((int) insn.operand()));
                case LDLOC_0, LDLOC_1, LDLOC_2, LDLOC_3 -> stack.add(local(locals, op.value() - OpCode.LDLOC_0.value()));
                case LDLOC, LDLOC_S -> stack.add(local(locals, (int) insn.operand()));
                case STLOC_0, STLOC_1, STLOC_2, STLOC_3 -> store(stored, op.value() - OpCode.STLOC_0.value(), pop(stack));
                case STLOC, STLOC_S -> store(stored, (int) insn.operand(), pop(stack));
                case LDLOCA, LDLOCA_S -> {
                    store(stored, (int) insn.operand(), LOST); // written through the address
                    stack.add(LOST);
                }
                case DUP -> {
                    Value v = pop(stack);
                    stack.add(v);
                    stack.add(v);
                }
                case POP, STARG, STARG_S -> pop(stack);
                case NEWARR -> {
                    Value length = pop(stack);
                    stack.add(length instanceof IntValue n && n.value() >= 0 && n.value() <= 64
                            && payload instanceof TypeDesc t && t.fullName().equals("System.Type")
                            ? new TypeArray(new TypeDesc[n.value()]) : LOST);
                }
                case STELEM_REF, STELEM -> {
                    Value v = pop(stack);
                    Value index = pop(stack);
                    Value array = pop(stack);
                    if (array instanceof TypeArray a && index instanceof IntValue i && i.value() >= 0 && i.value() < a.elements().length) {
                        a.elements()[i.value()] = v instanceof TypeValue t ? t.type() : null;
                    }
                }
                case CASTCLASS -> stack.add(pop(stack));
                case BOX -> {
                    // a boxed constant (an expression tree's Expression.Constant(value, typeof(T))): nothing followed
                    pop(stack);
                    stack.add(LOST);
                }
                case LDSFLD -> stack.add(payload instanceof FieldDesc f ? fieldValue(f) : LOST);
                case LDFLD -> {
                    pop(stack);
                    stack.add(payload instanceof FieldDesc f ? fieldValue(f) : LOST);
                }
                case STSFLD, STFLD -> {
                    Value v = pop(stack);
                    if (op == OpCode.STFLD) {
                        pop(stack);
                    }
                    if (payload instanceof FieldDesc f) {
                        patterns.flowsInto(insn.offset(), v, TrimmingAnnotations.field(f), Origin.FIELD,
                                "the field " + f.owningType().fullName() + "." + f.name());
                    }
                }
                case RET -> {
                    if (returnKinds != 0 && !stack.isEmpty()) {
                        patterns.flowsInto(insn.offset(), pop(stack), returnKinds, Origin.RETURN, "the return value of "
                                + NetNames.methodForWarning(method.owningType(), method.name(), method.signature()));
                    }
                    stack.clear();
                }
                case CALL, CALLVIRT -> call(stack, insn, payload, patterns);
                case NEWOBJ -> newObject(stack, insn, payload, patterns);
                case NOP, CONSTRAINED, TAIL, VOLATILE, UNALIGNED, READONLY, NO -> {
                    // prefixes: the instruction they modify follows
                }
                default -> stack.clear();
            }
        }
    }

    private void call(List<Value> stack, Instruction insn, Object payload, ReflectionPatterns patterns) {
        if (!(payload instanceof MethodDesc target)) {
            stack.clear();
            return;
        }
        int count = target.signature().parameters().size();
        Value[] arguments = new Value[count];
        for (int i = count - 1; i >= 0; i--) {
            arguments[i] = pop(stack);
        }
        Value receiver = target.isStatic() ? null : pop(stack);
        patterns.requiresUnreferencedCode(insn.offset(), target);
        Value result = null;
        if (ReflectionPatterns.isPattern(target)) {
            result = patterns.call(insn.offset(), target, receiver, arguments);
        } else {
            annotatedArguments(insn, target, receiver, arguments, patterns);
        }
        if (target.signature().returnType().category() != dev.kiln.typesystem.TypeCategory.VOID) {
            stack.add(result != null ? result : new Unknown("the return value of "
                    + NetNames.methodForWarning(target.owningType(), target.name(), target.signature()), Origin.RETURN,
                    TrimmingAnnotations.parameter(target, 0)));
        }
    }

    private void newObject(List<Value> stack, Instruction insn, Object payload, ReflectionPatterns patterns) {
        if (!(payload instanceof MethodDesc ctor)) {
            stack.clear();
            return;
        }
        Value[] arguments = new Value[ctor.signature().parameters().size()];
        for (int i = arguments.length - 1; i >= 0; i--) {
            arguments[i] = pop(stack);
        }
        patterns.requiresUnreferencedCode(insn.offset(), ctor);
        annotatedArguments(insn, ctor, null, arguments, patterns);
        stack.add(LOST);
    }

    /** Arguments (and a receiver) passed where the callee's [DynamicallyAccessedMembers] asks for members. */
    private static void annotatedArguments(Instruction insn, MethodDesc target, Value receiver, Value[] arguments,
                                           ReflectionPatterns patterns) {
        if (!TrimmingAnnotations.annotatesSignature(target)) {
            return;
        }
        String callee = NetNames.methodForWarning(target.owningType(), target.name(), target.signature());
        for (int i = 0; i < arguments.length; i++) {
            patterns.flowsInto(insn.offset(), arguments[i], TrimmingAnnotations.parameter(target, i + 1), Origin.PARAMETER,
                    "parameter " + i + " of " + callee);
        }
        if (receiver != null) {
            patterns.flowsInto(insn.offset(), receiver, TrimmingAnnotations.thisValue(target), Origin.THIS,
                    "the 'this' of " + callee);
        }
    }

    private Value argument(int index) {
        if (storedArguments.contains(index)) {
            return new Unknown("argument " + index + ", which the method assigns", Origin.OTHER);
        }
        int parameter = method.isStatic() ? index : index - 1;
        if (parameter < 0) {
            return new Unknown("'this'", Origin.THIS, TrimmingAnnotations.thisValue(method));
        }
        return new Unknown("parameter " + parameter + " of " + NetNames.methodForWarning(method.owningType(), method.name(),
                method.signature()), Origin.PARAMETER, TrimmingAnnotations.parameter(method, parameter + 1));
    }

    private static Value fieldValue(FieldDesc f) {
        return new Unknown("the field " + f.owningType().fullName() + "." + f.name(), Origin.FIELD, TrimmingAnnotations.field(f));
    }

    private static Value local(Map<Integer, Value> locals, int index) {
        Value v = locals.get(index);
        return v != null ? v : LOST;
    }

    /** A local's value is the merge of every store: one constant, else unknown. */
    private static void store(Map<Integer, Value> stored, int index, Value v) {
        Value old = stored.get(index);
        if (v instanceof TypeArray) {
            v = LOST; // arrays are mutable: a local holding one is not followed
        }
        stored.put(index, old == null || old.equals(v) ? v
                : new Unknown("local V_" + index + ", which is assigned more than one value", Origin.OTHER));
    }

    private static Value pop(List<Value> stack) {
        return stack.isEmpty() ? LOST : stack.remove(stack.size() - 1);
    }

    /** Finds a type by its full name ("Ns.Outer+Inner", optionally ", Assembly") in the loaded modules, or null. */
    static TypeDesc findType(dev.kiln.typesystem.TypeSystem ts, String name) {
        int comma = name.indexOf(',');
        String assembly = comma < 0 ? null : name.substring(comma + 1).split(",")[0].trim();
        String full = (comma < 0 ? name : name.substring(0, comma)).trim();
        if (full.isEmpty() || full.contains("[") || full.contains("*") || full.contains("&")) {
            return null; // generic instantiations, arrays, pointers: not followed
        }
        int plus = full.indexOf('+');
        int dot = (plus < 0 ? full : full.substring(0, plus)).lastIndexOf('.');
        String ns = dot < 0 ? "" : full.substring(0, dot);
        String simple = full.substring(dot + 1);
        for (EcmaModule module : ts.modules()) {
            if (assembly != null && !module.assemblyName().equals(assembly)) {
                continue;
            }
            TypeDesc t = module.findType(ns, simple);
            if (t != null) {
                return t;
            }
        }
        return null;
    }
}
