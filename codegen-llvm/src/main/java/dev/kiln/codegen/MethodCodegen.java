package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.kiln.il.StackKind;
import dev.kiln.il.AwaitSites;
import dev.kiln.il.CallSite;
import dev.kiln.il.ILImporter;
import dev.kiln.il.ILVisitor;
import dev.kiln.il.ImportedBody;
import dev.kiln.il.NewObjectSite;
import dev.kiln.il.ILCompileException;
import dev.kiln.typesystem.FieldDesc;
import dev.kiln.typesystem.MethodDesc;
import dev.kiln.typesystem.MethodSignature;
import dev.kiln.typesystem.MissingItem;
import dev.kiln.typesystem.MethodIL;
import dev.kiln.typesystem.TypeDesc;
import dev.kiln.typesystem.metadata.ExceptionClause;
import dev.kiln.typesystem.metadata.Instruction;
import dev.kiln.typesystem.metadata.OpCode;
import dev.kiln.typesystem.metadata.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Translates one method's IL into its LLVM function.
 *
 * IL arguments and locals live in allocas, and evaluation-stack values that cross a basic-block boundary are
 * stored in per-(depth, kind) spill slots; SROA/mem2reg turn both into SSA values. Keeping every piece of IL state
 * addressable is deliberate: runtime-async lowering saves and restores exactly these slots at suspension points.
 * Blocks are translated in IL order, so when a block is entered every forward edge into it has been translated: its
 * entry stack shape is the merge of those edges' shapes (ECMA-335 III.1.8.1.3), and backward edges are coerced to it
 * (III.1.7.5: a block reached only backwards starts with an empty stack). See decideEntryShape.
 */
final class MethodCodegen {
    final NativeModuleBuilder ctx;
    final LlvmModule m;
    final MethodDesc method;
    final MethodIL il;
    private final LlvmFunction function;
    private final List<StackValue> stack = new ArrayList<>();
    private final TreeMap<Integer, LLVMBasicBlockRef> blocks = new TreeMap<>();
    /** Decided entry shapes: of blocks already entered, and of exception handlers (the exception). */
    private final Map<Integer, List<StackSlot>> entryShapes = new HashMap<>();
    private final Map<Integer, List<PendingEdge>> pendingEdges = new HashMap<>();
    /** Blocks some branch reaches from the same or a later offset. */
    private final java.util.Set<Integer> backwardTargets = new java.util.HashSet<>();
    private final Map<String, LLVMValueRef> spillSlots = new HashMap<>();
    private LLVMValueRef[] argSlots;
    private TypeDesc[] argTypes;
    private LLVMValueRef[] localSlots;
    private LLVMBasicBlockRef entryBlock;
    private boolean reachable;
    int currentOffset;
    /** A `volatile.` prefix was read and waits for its instruction. */
    private boolean volatilePending;
    /** The instruction being emitted carries `volatile.`: its loads acquire and its stores release (VolatileAccess). */
    boolean volatileAccess;
    /** The instruction before the current one in IL order (a fall-through edge leaves from it). */
    private int lastOffset;
    private final ArithmeticEmitter arithmetic;
    private final ObjectEmitter objects;
    private final CallEmitter calls;
    private ExceptionHandling eh;
    /** Function pointers pushed by ldftn/ldvirtftn, by value: `newobj` of a delegate needs to know the method. */
    final Map<LLVMValueRef, MethodDesc> functionPointerSources = new HashMap<>();
    /** The value each box made by this method stores (ObjectEmitter.box), for intrinsics that need no box. */
    final Map<LLVMValueRef, LLVMValueRef> boxedValues = new HashMap<>();

    /** The async variant compiled from this IL (runtime-async body or async version), or null for ordinary code. */
    private final dev.kiln.typesystem.AsyncVariant asyncVariant;
    private final AwaitSites.Mode asyncMode;
    private AsyncLowering async;
    /** The body as the scanner imported it (decoded once, await sites found once). */
    private final ImportedBody body;
    /** The method's filters, compiled as funclets after it (null when it has none, and in a funclet). */
    private FilterFunclets filters;
    /** In a funclet: the filter clause it compiles (its index among the method's clauses); -1 in a method. */
    private final int funcletClause;
    /** In a funclet: the function of the method whose frame it reads; null in a method. */
    private final LLVMValueRef funcletParent;
    /** The source locations of the method's instructions (null: no debug information for it). */
    private DebugInfo.MethodScope debugScope;

    MethodCodegen(NativeModuleBuilder ctx, ImportedBody body) {
        this(ctx, body, null);
    }

    MethodCodegen(NativeModuleBuilder ctx, ImportedBody body, dev.kiln.typesystem.AsyncVariant asyncVariant) {
        this.ctx = ctx;
        this.m = ctx.m;
        this.body = body;
        this.method = body.method();
        this.asyncVariant = asyncVariant;
        this.asyncMode = body.mode();
        this.il = body.il();
        this.function = asyncVariant == null && dev.kiln.il.SynchronizedMethods.isSynchronized(method)
                ? SynchronizedWrappers.wrap(ctx, method) : ctx.functions.get(asyncVariant != null ? asyncVariant : method);
        this.funcletClause = -1;
        this.funcletParent = null;
        this.arithmetic = new ArithmeticEmitter(this);
        this.objects = new ObjectEmitter(this);
        this.calls = new CallEmitter(this);
    }

    /** The funclet of parent's filter clause (FilterFunclets): that filter expression's IL, over parent's frame. */
    private MethodCodegen(MethodCodegen parent, int clause) {
        this.ctx = parent.ctx;
        this.m = parent.m;
        this.body = parent.body;
        this.method = parent.method;
        this.asyncVariant = null; // a filter never awaits: its calls are ordinary calls
        this.asyncMode = null;
        this.il = parent.il;
        this.function = new LlvmFunction(parent.filters.funclet(clause), FilterFunclets.funcletType(m));
        this.funcletClause = clause;
        this.funcletParent = parent.function.value();
        this.arithmetic = new ArithmeticEmitter(this);
        this.objects = new ObjectEmitter(this);
        this.calls = new CallEmitter(this);
    }

    void compile() {
        if (funcletClause >= 0) {
            compileFunclet();
            return;
        }
        if (method.isRuntimeAsync() && asyncVariant == null) {
            // Its IL returns the unwrapped result: it is only ever compiled as its async variant.
            throw new ILCompileException(method.location() + ": runtime-async method compiled as an ordinary method");
        }
        if ((asyncVariant == null) != (asyncMode == null)) {
            throw new IllegalArgumentException(method.location() + ": body imported as " + asyncMode + " compiled as "
                    + (asyncVariant == null ? "an ordinary body" : "an async variant"));
        }
        List<Instruction> code = body.code();
        ctx.functions.markDefined(asyncVariant != null ? asyncVariant : method);
        debugScope = ctx.debugScope(function.value(), method, asyncVariant != null);
        if (debugScope != null) {
            debugScope.at(-1);
        }
        try {
            compileBody(code);
        } finally {
            if (debugScope != null) {
                debugScope.end();
            }
        }
        List<ExceptionClause> clauses = il.exceptionClauses();
        for (int i = 0; i < clauses.size(); i++) {
            if (clauses.get(i).kind() == ExceptionClause.FILTER) {
                new MethodCodegen(this, i).compile();
            }
        }
    }

    private void compileBody(List<Instruction> code) {
        entryBlock = LLVMAppendBasicBlockInContext(m.context, function.value(), "entry");
        LLVMPositionBuilderAtEnd(m.builder, entryBlock);
        allocateArgumentsAndLocals();
        filters = FilterFunclets.of(ctx, il, function.value());
        if (filters != null) {
            filters.publishFrame(frameSlots());
        }
        eh = new ExceptionHandling(this, il.exceptionClauses(), filters, -1);
        findBlocks(code);
        if (asyncVariant != null) {
            async = new AsyncLowering(this, asyncVariant, asyncMode, LLVMGetParam(function.value(), argSlots.length));
        }
        if (!eh.isEmpty()) {
            LLVMSetPersonalityFn(function.value(), ctx.runtime.personality().value());
            for (var entry : eh.handlerEntries().entrySet()) {
                if (entry.getValue()) {
                    entryShapes.put(entry.getKey(), List.of(new StackSlot(StackKind.OBJECT, null)));
                }
            }
        }
        if (async != null) {
            async.emitEntry(block(0));
        } else {
            LLVMBuildBr(m.builder, block(0));
        }
        reachable = false;
        ILImporter.walk(body, new Emitter());
        if (reachable) {
            throw error(currentOffset, "control falls off the end of the method");
        }
    }

    /**
     * A filter funclet: its parameters are the exception and the frame pointer of the method's frame, whose
     * argument and local slots it recovers; it enters the filter expression with the exception on the stack, and
     * returns at endfilter (or 0 when an exception would leave the filter).
     */
    private void compileFunclet() {
        ExceptionClause clause = il.exceptionClauses().get(funcletClause);
        entryBlock = LLVMAppendBasicBlockInContext(m.context, function.value(), "entry");
        LLVMPositionBuilderAtEnd(m.builder, entryBlock);
        declareArgumentTypes();
        LLVMValueRef[] slots = FilterFunclets.recoverFrame(ctx, funcletParent, LLVMGetParam(function.value(), 1),
                argTypes.length + il.locals().size());
        argSlots = java.util.Arrays.copyOfRange(slots, 0, argTypes.length);
        localSlots = java.util.Arrays.copyOfRange(slots, argTypes.length, slots.length);
        eh = new ExceptionHandling(this, il.exceptionClauses(), null, funcletClause);
        findBlocks(body.code());
        LLVMSetPersonalityFn(function.value(), ctx.runtime.personality().value());
        for (var entry : eh.handlerEntries().entrySet()) {
            if (entry.getValue()) {
                entryShapes.put(entry.getKey(), List.of(new StackSlot(StackKind.OBJECT, null)));
            }
        }
        storeHandlerException(clause.classTokenOrFilterOffset(), LLVMGetParam(function.value(), 0));
        LLVMBuildBr(m.builder, block(clause.classTokenOrFilterOffset()));
        reachable = false;
        ILImporter.walk(body, new Emitter());
        if (reachable) {
            throw error(currentOffset, "control falls off the end of the filter");
        }
    }

    /**
     * Whether the instruction at offset is compiled into this function: a funclet holds its filter expression, a
     * method everything but its filter expressions.
     */
    private boolean compiles(int offset) {
        if (funcletClause >= 0) {
            ExceptionClause c = il.exceptionClauses().get(funcletClause);
            return offset >= c.classTokenOrFilterOffset() && offset < c.handlerOffset();
        }
        if (filters == null) {
            return true;
        }
        for (ExceptionClause c : il.exceptionClauses()) {
            if (c.kind() == ExceptionClause.FILTER && offset >= c.classTokenOrFilterOffset() && offset < c.handlerOffset()) {
                return false;
            }
        }
        return true;
    }

    /** The code-generator half of the IL importer: each instruction of the walk, emitted. */
    private final class Emitter implements ILVisitor {
        @Override
        public void caught(ExceptionClause clause, TypeDesc type) {
            // ExceptionHandling matches the clause's type when it builds the landing pads
        }

        @Override
        public boolean begin(Instruction insn) {
            if (!compiles(insn.offset())) {
                skip(insn.offset());
                return false;
            }
            lastOffset = currentOffset;
            currentOffset = insn.offset();
            if (debugScope != null) {
                debugScope.at(currentOffset);
            }
            if (blocks.containsKey(insn.offset())) {
                enterBlock(insn.offset());
            }
            trackVolatilePrefix(insn.opcode());
            return reachable;
        }

        @Override
        public void simple(Instruction insn) {
            emit(insn);
        }

        @Override
        public void call(Instruction insn, CallSite site) {
            calls.call(site);
        }

        @Override
        public void newObject(Instruction insn, NewObjectSite site) {
            calls.newObject(site);
        }

        @Override
        public void functionPointer(Instruction insn, CallSite site) {
            calls.functionPointer(site);
        }

        @Override
        public void jump(Instruction insn, CallSite site) {
            calls.jump(site);
        }

        @Override
        public void indirectCall(Instruction insn, MethodSignature signature) {
            calls.indirectCall(signature);
        }

        @Override
        public void loadString(Instruction insn, String value) {
            push(new StackValue(StackKind.OBJECT, ctx.strings.get(value), ctx.typeSystem.wellKnown(dev.kiln.typesystem.WellKnownType.STRING)));
        }

        @Override
        public void field(Instruction insn, FieldDesc field) {
            objects.field(insn.opcode(), field);
        }

        @Override
        public void type(Instruction insn, TypeDesc type) {
            objects.type(insn.opcode(), type);
        }

        @Override
        public void token(Instruction insn, Object member) {
            objects.ldtoken(member);
        }

        @Override
        public void await(Instruction insn, AwaitSites.Site site) {
            async.emit(site, insn.opcode() == OpCode.CALLVIRT);
        }

        @Override
        public void missing(MissingItem item, int ilOffset) {
            // the scanner compiles a body that names something missing as a throw: reaching here is a compiler bug
            throw error(ilOffset, "names " + item.describe() + ", which the scanner did not report");
        }
    }

    /** An instruction another function compiles: its block, never entered here, only needs a terminator. */
    private void skip(int offset) {
        LLVMBasicBlockRef b = blocks.get(offset);
        LLVMValueRef terminator = b == null ? null : LLVMGetBasicBlockTerminator(b);
        if (b != null && (terminator == null || terminator.isNull())) {
            LLVMPositionBuilderAtEnd(m.builder, b);
            LLVMBuildUnreachable(m.builder);
        }
        reachable = false;
    }

    ILCompileException error(int offset, String message) {
        return new ILCompileException(method.location() + " at IL_" + String.format("%04x", offset) + ": " + message);
    }

    ILCompileException unsupported(String what) {
        return error(currentOffset, what + " is not supported yet");
    }

    // ---- setup ----

    private void declareArgumentTypes() {
        var sig = method.signature();
        int thisOffset = method.isStatic() ? 0 : 1;
        int count = sig.parameters().size() + thisOffset;
        argTypes = new TypeDesc[count];
        for (int i = 0; i < count; i++) {
            if (i < thisOffset) {
                TypeDesc owner = method.owningType();
                argTypes[i] = owner.isValueType() ? owner.makeByRefType() : owner;
            } else {
                argTypes[i] = sig.parameters().get(i - thisOffset);
            }
        }
    }

    private void allocateArgumentsAndLocals() {
        declareArgumentTypes();
        int count = argTypes.length;
        argSlots = new LLVMValueRef[count];
        for (int i = 0; i < count; i++) {
            TypeDesc type = argTypes[i];
            LLVMTypeRef storage = ctx.types.storageType(type);
            argSlots[i] = LLVMBuildAlloca(m.builder, storage, "arg" + i);
            m.store(LLVMGetParam(function.value(), i), argSlots[i]);
            if (debugScope != null) {
                debugScope.declare(argSlots[i], debugScope.parameterName(i), type, i + 1, entryBlock);
            }
        }
        localSlots = new LLVMValueRef[il.locals().size()];
        for (int i = 0; i < localSlots.length; i++) {
            LLVMTypeRef storage = ctx.types.storageType(il.locals().get(i));
            localSlots[i] = LLVMBuildAlloca(m.builder, storage, "loc" + i);
            // Zero every local: verifiable code needs it with localsinit, and conservative GC scanning prefers it.
            m.store(LLVMConstNull(storage), localSlots[i]);
            if (debugScope != null) {
                debugScope.declare(localSlots[i], debugScope.localName(i), il.locals().get(i), 0, entryBlock);
            }
        }
    }

    private void findBlocks(List<Instruction> code) {
        java.util.Set<Integer> starts = new java.util.HashSet<>();
        for (Instruction insn : code) {
            starts.add(insn.offset());
        }
        blocks.put(0, null);
        for (Instruction insn : code) {
            OpCode op = insn.opcode();
            if (insn.switchTargets() != null) {
                for (int t : insn.switchTargets()) {
                    addTarget(insn, t, starts);
                }
                blocks.put(insn.nextOffset(), null);
            } else if (insn.opcode().isBranch()) {
                addTarget(insn, (int) insn.operand(), starts);
                blocks.put(insn.nextOffset(), null);
            } else if (op == OpCode.RET || op == OpCode.THROW || op == OpCode.RETHROW || op == OpCode.JMP
                    || op == OpCode.ENDFINALLY || op == OpCode.ENDFILTER) {
                blocks.put(insn.nextOffset(), null);
            }
        }
        for (ExceptionClause c : il.exceptionClauses()) {
            List<Integer> entries = new ArrayList<>(List.of(c.handlerOffset(), c.tryOffset()));
            if (c.kind() == ExceptionClause.FILTER) {
                entries.add(c.classTokenOrFilterOffset());
            }
            for (int offset : entries) {
                if (!starts.contains(offset)) {
                    throw error(0, "exception clause region starts at " + label(offset) + ", which is not the start of an instruction");
                }
                blocks.put(offset, null);
            }
        }
        int end = code.isEmpty() ? 0 : code.get(code.size() - 1).nextOffset();
        blocks.remove(end);
        for (Integer offset : new ArrayList<>(blocks.keySet())) {
            blocks.put(offset, LLVMAppendBasicBlockInContext(m.context, function.value(), "IL_" + Integer.toHexString(offset)));
        }
    }

    /** A branch target: it must start an instruction (every block gets translated and so terminated). */
    private void addTarget(Instruction branch, int target, java.util.Set<Integer> starts) {
        if (!starts.contains(target)) {
            throw error(branch.offset(), "branch to " + label(target) + ", which is not the start of an instruction");
        }
        blocks.put(target, null);
        if (target <= branch.offset()) {
            backwardTargets.add(target);
        }
    }

    LLVMBasicBlockRef block(int offset) {
        LLVMBasicBlockRef b = blocks.get(offset);
        if (b == null) {
            throw error(currentOffset, "branch to " + label(offset) + ", which is not the start of an instruction");
        }
        return b;
    }

    private void enterBlock(int offset) {
        LLVMBasicBlockRef b = block(offset);
        if (reachable) {
            // fall-through into the next block: an edge from the last instruction before it
            int blockOffset = currentOffset;
            currentOffset = lastOffset;
            saveStackFor(offset);
            currentOffset = blockOffset;
            LLVMBuildBr(m.builder, b);
        }
        List<StackSlot> shape = decideEntryShape(offset);
        LLVMPositionBuilderAtEnd(m.builder, b);
        stack.clear();
        for (int depth = 0; depth < shape.size(); depth++) {
            StackSlot slot = shape.get(depth);
            stack.add(new StackValue(slot.kind(), m.load(llvmType(slot), spillSlot(depth, slot)), slot.type()));
        }
        // A block no edge has reached yet is entered only by backward branches (its stack is empty by ECMA-335
        // III.1.7.5) or not at all: translate it anyway; LLVM removes unreferenced blocks.
        reachable = true;
    }

    /**
     * Fixes the entry shape of the block at offset, now that every forward edge into it has been translated (blocks
     * are translated in IL order), and stores each edge's stack into the spill slots of that shape, coerced, just
     * before the edge's branch. Deciding at entry rather than at the first edge is what lets a block first reached
     * with a native int and later with a pointer (`fixed` as mcs compiles it) be translated once: backward edges,
     * which come after the block, are coerced to the decided shape (ECMA-335 III.1.8.1.3 keeps the stored type
     * when the new one is assignable to it). Object types are forgotten at blocks a backward branch reaches,
     * whose later edges may bring other types.
     */
    private List<StackSlot> decideEntryShape(int offset) {
        List<PendingEdge> edges = pendingEdges.remove(offset);
        List<StackSlot> shape = entryShapes.get(offset);
        if (edges == null) {
            if (shape == null) {
                shape = List.of();
                entryShapes.put(offset, shape);
            }
            return shape;
        }
        int savedOffset = currentOffset;
        if (shape == null) {
            for (PendingEdge edge : edges) {
                currentOffset = edge.branchOffset();
                shape = shape == null ? edge.shape() : merged(shape, edge.shape(), offset);
            }
            if (backwardTargets.contains(offset)) {
                shape = shape.stream().map(StackSlot::untyped).toList();
            }
            entryShapes.put(offset, shape);
        }
        for (int depth = 0; depth < shape.size(); depth++) {
            // created first: entryAlloca puts the builder back at the end of a block, not before its branch
            spillSlot(depth, shape.get(depth));
        }
        var savedLocation = LLVMGetCurrentDebugLocation2(m.builder);
        for (PendingEdge edge : edges) {
            currentOffset = edge.branchOffset();
            LLVMValueRef branch = LLVMGetBasicBlockTerminator(edge.from());
            if (branch == null) {
                throw new IllegalStateException(method.location() + ": the branch at " + label(edge.branchOffset()) + " was not built");
            }
            LLVMPositionBuilderBefore(m.builder, branch);
            storeStack(edge.values(), shape, offset);
        }
        LLVMSetCurrentDebugLocation2(m.builder, savedLocation);
        currentOffset = savedOffset;
        return shape;
    }

    /** A branch's stack, kept until its target's entry shape is decided. */
    private record PendingEdge(LLVMBasicBlockRef from, int branchOffset, List<StackValue> values) {
        List<StackSlot> shape() {
            return values.stream().map(StackSlot::of).toList();
        }
    }

    private List<StackSlot> merged(List<StackSlot> existing, List<StackSlot> incoming, int targetOffset) {
        if (existing.size() != incoming.size()) {
            throw error(currentOffset, "stack depth " + incoming.size() + " at branch to " + label(targetOffset)
                    + " differs from depth " + existing.size() + " of the other paths to it");
        }
        List<StackSlot> out = new ArrayList<>(existing.size());
        for (int depth = 0; depth < existing.size(); depth++) {
            StackSlot u = StackSlot.merge(existing.get(depth), incoming.get(depth));
            if (u == null) {
                throw error(currentOffset, "stack shape " + incoming + " at branch to " + label(targetOffset)
                        + " differs from " + existing + " (ECMA-335 III.1.8.1.3: the entries do not merge)");
            }
            out.add(u);
        }
        return out;
    }

    static String label(int offset) {
        return "IL_" + String.format("%04x", offset);
    }

    /** The address of a stack value: pointers as they are, struct values copied to a temporary. */
    LLVMValueRef addressOf(StackValue v) {
        if (v.kind() == StackKind.VALUE) {
            LLVMValueRef temp = entryAlloca(LLVMTypeOf(v.value()), "tmp");
            m.store(v.value(), temp);
            return temp;
        }
        return v.value();
    }

    /**
     * The address an indirect access (ldind, stind, ldobj, stobj, initobj, cpobj, cpblk, initblk, ldfld through a
     * pointer) goes through: a managed or unmanaged pointer, or a native int (ECMA-335 III.1.1.2: unmanaged
     * pointers are native ints), which becomes a pointer here.
     */
    LLVMValueRef pointerOperand(StackValue v, String instruction) {
        switch (v.kind()) {
            case POINTER: return v.value();
            case NATIVE_INT: return LLVMBuildIntToPtr(m.builder, v.value(), m.ptr, "");
            default: throw error(currentOffset, instruction + " needs an address (native int, & or *), not " + v.kind().ecmaName());
        }
    }

    /** An array index, array length or byte count: int32 or native int (ECMA-335 III.4.20, III.4.21, III.3.47). */
    StackValue indexOperand(StackValue v, String instruction) {
        if (v.kind() != StackKind.I32 && v.kind() != StackKind.NATIVE_INT) {
            throw error(currentOffset, instruction + " needs an int32 or native int, not " + v.kind().ecmaName());
        }
        return v;
    }

    /** An object reference operand (ldlen, castclass, isinst, unbox, throw, callvirt's this, ...). */
    LLVMValueRef objectOperand(StackValue v, String instruction) {
        if (v.kind() != StackKind.OBJECT) {
            throw error(currentOffset, instruction + " needs an object reference, not " + v.kind().ecmaName());
        }
        return v.value();
    }

    /**
     * Stores the current stack for the branch to targetOffset: at once when the target's entry shape is known
     * (a backward branch, or an exception handler), otherwise when the target is entered (see decideEntryShape).
     */
    void saveStackFor(int targetOffset) {
        block(targetOffset);
        List<StackSlot> decided = entryShapes.get(targetOffset);
        if (decided == null) {
            pendingEdges.computeIfAbsent(targetOffset, k -> new ArrayList<>())
                    .add(new PendingEdge(LLVMGetInsertBlock(m.builder), currentOffset, List.copyOf(stack)));
            return;
        }
        merged(decided, stack.stream().map(StackSlot::of).toList(), targetOffset);
        storeStack(stack, decided, targetOffset);
    }

    private void storeStack(List<StackValue> values, List<StackSlot> shape, int targetOffset) {
        for (int depth = 0; depth < values.size(); depth++) {
            StackSlot slot = shape.get(depth);
            m.store(toSlot(values.get(depth), slot), spillSlot(depth, slot));
        }
    }

    /** A stack value in the representation of a merged slot (int32 joining native ints and pointers sign-extends). */
    private LLVMValueRef toSlot(StackValue v, StackSlot slot) {
        if (v.kind() == StackKind.I32 && slot.kind() == StackKind.POINTER) {
            return LLVMBuildIntToPtr(m.builder, LLVMBuildSExt(m.builder, v.value(), m.i64, ""), m.ptr, "");
        }
        return coerce(v, llvmType(slot), false);
    }

    private LLVMValueRef spillSlot(int depth, StackSlot slot) {
        return spillSlots.computeIfAbsent(depth + ":" + slot.storageKey(), k -> entryAlloca(llvmType(slot), "stack" + depth));
    }

    /** An alloca in the entry block (so mem2reg can promote it), whatever block is being built. */
    LLVMValueRef entryAlloca(LLVMTypeRef type, String name) {
        var saved = LLVMGetInsertBlock(m.builder);
        // positioning before an instruction also takes its debug location: keep the current one
        var savedLocation = LLVMGetCurrentDebugLocation2(m.builder);
        LLVMPositionBuilder(m.builder, entryBlock, LLVMGetFirstInstruction(entryBlock));
        LLVMValueRef slot = LLVMBuildAlloca(m.builder, type, name);
        LLVMPositionBuilderAtEnd(m.builder, saved);
        LLVMSetCurrentDebugLocation2(m.builder, savedLocation);
        return slot;
    }

    LLVMTypeRef llvmType(StackSlot slot) {
        if (slot.kind() == StackKind.FLOAT) {
            return slot.float32() ? m.f32 : m.f64;
        }
        return slot.kind() == StackKind.VALUE ? ctx.types.storageType(slot.type()) : llvmType(slot.kind());
    }

    LLVMTypeRef llvmType(StackKind kind) {
        switch (kind) {
            case I32: return m.i32;
            case I64: case NATIVE_INT: return m.i64;
            case FLOAT: return m.f64;
            default: return m.ptr;
        }
    }

    // ---- stack ----

    void push(StackValue v) {
        stack.add(v);
    }

    void push(StackKind kind, LLVMValueRef value) {
        stack.add(StackValue.of(kind, value));
    }

    StackValue pop() {
        if (stack.isEmpty()) {
            throw error(currentOffset, "evaluation stack underflow");
        }
        return stack.remove(stack.size() - 1);
    }

    /** The value depth entries below the top of the stack (0: the top), or null when the stack is not that deep. */
    StackValue peekAt(int depth) {
        return depth < stack.size() ? stack.get(stack.size() - 1 - depth) : null;
    }

    StackValue peek() {
        if (stack.isEmpty()) {
            throw error(currentOffset, "evaluation stack underflow");
        }
        return stack.get(stack.size() - 1);
    }

    /** Loads a value of the given type from memory and pushes it with its stack kind (small ints widened). */
    void pushLoaded(TypeDesc type, LLVMValueRef address) {
        LLVMValueRef raw = m.load(ctx.types.storageType(type), address);
        if (volatileAccess) {
            VolatileAccess.acquire(m, raw);
        }
        push(toStack(type, raw));
    }

    /** Stores a value an IL store instruction (stfld, stsfld, stind, stobj) writes; `volatile.` makes it a release. */
    void storeValue(LLVMValueRef value, LLVMValueRef address) {
        if (volatileAccess) {
            VolatileAccess.release(m, value, address);
        } else {
            m.store(value, address);
        }
    }

    private void trackVolatilePrefix(OpCode op) {
        switch (op) {
            case VOLATILE -> volatilePending = true;
            case UNALIGNED, CONSTRAINED, TAIL, READONLY, NO -> { }
            default -> {
                volatileAccess = volatilePending;
                volatilePending = false;
            }
        }
    }

    StackValue toStack(TypeDesc type, LLVMValueRef raw) {
        StackKind kind = TypeMapper.stackKind(type);
        switch (type.category()) {
            case BOOLEAN: case UINT8: case CHAR: case UINT16:
                return new StackValue(kind, LLVMBuildZExt(m.builder, raw, m.i32, ""), type);
            case INT8: case INT16:
                return new StackValue(kind, LLVMBuildSExt(m.builder, raw, m.i32, ""), type);
            default:
                return new StackValue(kind, raw, type);
        }
    }

    /** Converts a stack value to the storage representation of type (implicit IL conversions on store/call). */
    LLVMValueRef toStorage(StackValue v, TypeDesc type) {
        LLVMTypeRef target = ctx.types.storageType(type);
        boolean struct = type.category() == dev.kiln.typesystem.TypeCategory.STRUCT;
        if (struct != (v.kind() == StackKind.VALUE)) {
            throw error(currentOffset, "cannot store " + v.kind().ecmaName() + " as a " + type.fullName());
        }
        return coerce(v, target, TypeMapper.isUnsignedSmall(type));
    }

    LLVMValueRef coerce(StackValue v, LLVMTypeRef target, boolean unsigned) {
        LLVMValueRef value = v.value();
        LLVMTypeRef source = LLVMTypeOf(value);
        if (source.equals(target)) {
            return value;
        }
        int targetKind = LLVMGetTypeKind(target);
        int sourceKind = LLVMGetTypeKind(source);
        if (targetKind == LLVMIntegerTypeKind && sourceKind == LLVMIntegerTypeKind) {
            int tw = LLVMGetIntTypeWidth(target);
            int sw = LLVMGetIntTypeWidth(source);
            if (tw < sw) {
                return LLVMBuildTrunc(m.builder, value, target, "");
            }
            return unsigned ? LLVMBuildZExt(m.builder, value, target, "") : LLVMBuildSExt(m.builder, value, target, "");
        }
        if (targetKind == LLVMPointerTypeKind && sourceKind == LLVMIntegerTypeKind) {
            return LLVMBuildIntToPtr(m.builder, value, target, "");
        }
        if (targetKind == LLVMIntegerTypeKind && sourceKind == LLVMPointerTypeKind) {
            return LLVMBuildPtrToInt(m.builder, value, target, "");
        }
        if (targetKind == LLVMFloatTypeKind && sourceKind == LLVMDoubleTypeKind) {
            return LLVMBuildFPTrunc(m.builder, value, target, "");
        }
        if (targetKind == LLVMDoubleTypeKind && sourceKind == LLVMFloatTypeKind) {
            return LLVMBuildFPExt(m.builder, value, target, "");
        }
        throw error(currentOffset, "cannot convert a " + v.kind() + " stack value to " + LLVMPrintTypeToString(target).getString());
    }

    // ---- runtime helpers ----

    /** Branches to a cold block that raises a runtime exception when condition is true. */
    void throwIf(LLVMValueRef condition, int exceptionCode) {
        LLVMBasicBlockRef fail = LLVMAppendBasicBlockInContext(m.context, function.value(), "throw");
        LLVMBasicBlockRef ok = LLVMAppendBasicBlockInContext(m.context, function.value(), "ok");
        LLVMBuildCondBr(m.builder, condition, fail, ok);
        LLVMPositionBuilderAtEnd(m.builder, fail);
        LlvmFunction t = ctx.runtime.throwBuiltin();
        callMayThrow(t.type(), t.value(), m.constI32(exceptionCode));
        LLVMBuildUnreachable(m.builder);
        LLVMPositionBuilderAtEnd(m.builder, ok);
    }

    void nullCheck(LLVMValueRef object) {
        throwIf(LLVMBuildICmp(m.builder, LLVMIntEQ, object, m.nullPtr(), ""), RuntimeAbi.EX_NULL_REFERENCE);
    }

    LLVMBasicBlockRef newBlock(String name) {
        return LLVMAppendBasicBlockInContext(m.context, function.value(), name);
    }

    // ---- instructions ----

    /** An instruction without a token (ILVisitor.simple): prefixes never get here, the importer folds them in. */
    private void emit(Instruction insn) {
        OpCode op = insn.opcode();
        long operand = insn.operand();
        switch (op) {
            case NOP: case BREAK: return;
            case LDARG_0: case LDARG_1: case LDARG_2: case LDARG_3: loadArg(op.ordinal() - OpCode.LDARG_0.ordinal()); return;
            case LDARG_S: case LDARG: loadArg((int) operand); return;
            case LDARGA_S: case LDARGA: push(StackKind.POINTER, argSlot((int) operand)); return;
            case STARG_S: case STARG: storeArg((int) operand); return;
            case LDLOC_0: case LDLOC_1: case LDLOC_2: case LDLOC_3: loadLocal(op.ordinal() - OpCode.LDLOC_0.ordinal()); return;
            case LDLOC_S: case LDLOC: loadLocal((int) operand); return;
            case LDLOCA_S: case LDLOCA: push(StackKind.POINTER, localSlot((int) operand)); return;
            case STLOC_0: case STLOC_1: case STLOC_2: case STLOC_3: storeLocal(op.ordinal() - OpCode.STLOC_0.ordinal()); return;
            case STLOC_S: case STLOC: storeLocal((int) operand); return;
            case LDNULL: push(new StackValue(StackKind.OBJECT, m.nullPtr(), null)); return;
            case LDC_I4_M1: push(StackKind.I32, m.constI32(-1)); return;
            case LDC_I4_0: case LDC_I4_1: case LDC_I4_2: case LDC_I4_3: case LDC_I4_4:
            case LDC_I4_5: case LDC_I4_6: case LDC_I4_7: case LDC_I4_8:
                push(StackKind.I32, m.constI32(op.ordinal() - OpCode.LDC_I4_0.ordinal())); return;
            case LDC_I4_S: case LDC_I4: push(StackKind.I32, m.constI32((int) operand)); return;
            case LDC_I8: push(StackKind.I64, m.constI64(operand)); return;
            case LDC_R4: push(StackKind.FLOAT, LLVMConstReal(m.f32, insn.floatOperand())); return;
            case LDC_R8: push(StackKind.FLOAT, LLVMConstReal(m.f64, insn.floatOperand())); return;
            case DUP: push(peek()); return;
            case POP: pop(); return;
            case RET: emitReturn(); return;
            case BR: case BR_S: branch((int) operand); return;
            case LEAVE: case LEAVE_S: leave((int) operand); return;
            case ENDFINALLY: eh.endFinally(currentOffset); reachable = false; return;
            case ENDFILTER: eh.endFilter(currentOffset, arithmetic.truth(pop(), true)); reachable = false; return;
            case RETHROW: {
                LlvmFunction t = ctx.runtime.rethrowException();
                callMayThrow(t.type(), t.value(), eh.currentException(currentOffset));
                markUnreachable();
                return;
            }
            case BRTRUE: case BRTRUE_S: case BRFALSE: case BRFALSE_S:
                conditionalBranch(arithmetic.truth(pop(), op == OpCode.BRTRUE || op == OpCode.BRTRUE_S), (int) operand, insn.nextOffset());
                return;
            case SWITCH: emitSwitch(insn); return;
            case LOCALLOC: {
                if (async != null && async.mode() == AwaitSites.Mode.RUNTIME_ASYNC) {
                    throw unsupported("localloc in a runtime-async method (its memory cannot live across an await)");
                }
                LLVMValueRef size = coerce(indexOperand(pop(), op.mnemonic()), m.i64, true);
                LLVMValueRef memory = LLVMBuildArrayAlloca(m.builder, m.i8, size, "localloc");
                LLVMSetAlignment(memory, 16);
                if (il.initLocals()) {
                    LLVMBuildMemSet(m.builder, memory, m.constI8(0), size, 16);
                }
                push(StackKind.POINTER, memory);
                return;
            }
            case CPBLK: {
                LLVMValueRef size = coerce(indexOperand(pop(), op.mnemonic()), m.i64, true);
                LLVMValueRef source = pointerOperand(pop(), op.mnemonic());
                LLVMValueRef destination = pointerOperand(pop(), op.mnemonic());
                LLVMBuildMemMove(m.builder, destination, 1, source, 1, size);
                return;
            }
            case INITBLK: {
                LLVMValueRef size = coerce(indexOperand(pop(), op.mnemonic()), m.i64, true);
                LLVMValueRef value = coerce(pop(), m.i8, true);
                LLVMValueRef destination = pointerOperand(pop(), op.mnemonic());
                LLVMBuildMemSet(m.builder, destination, value, size, 1);
                return;
            }
            case REFANYTYPE: objects.typedReferenceType(); return;
            case ARGLIST: new VarargCalls(this, ctx).argumentHandle(method, function.value()); return;
            case THROW: objects.emitThrow(); return;
            default:
                break;
        }
        if (arithmetic.tryEmit(insn)) {
            return;
        }
        if (objects.tryEmitUntyped(op)) {
            return;
        }
        throw unsupported("IL instruction '" + op.mnemonic() + "'");
    }

    private LLVMValueRef argSlot(int index) {
        if (index < 0 || index >= argSlots.length) {
            throw error(currentOffset, "argument " + index + " does not exist");
        }
        return argSlots[index];
    }

    private LLVMValueRef localSlot(int index) {
        if (index < 0 || index >= localSlots.length) {
            throw error(currentOffset, "local " + index + " does not exist");
        }
        return localSlots[index];
    }

    private void loadArg(int index) {
        LLVMValueRef slot = argSlot(index);
        pushLoaded(argTypes[index], slot);
    }

    private void storeArg(int index) {
        LLVMValueRef slot = argSlot(index);
        m.store(toStorage(pop(), argTypes[index]), slot);
    }

    private void loadLocal(int index) {
        LLVMValueRef slot = localSlot(index);
        pushLoaded(il.locals().get(index), slot);
    }

    private void storeLocal(int index) {
        LLVMValueRef slot = localSlot(index);
        m.store(toStorage(pop(), il.locals().get(index)), slot);
    }

    private void emitReturn() {
        if (async != null) {
            async.emitReturn(asyncVariant.signature().returnType().category() == dev.kiln.typesystem.TypeCategory.VOID ? null : pop());
            reachable = false;
            return;
        }
        TypeDesc ret = method.signature().returnType();
        if (ret.category() == dev.kiln.typesystem.TypeCategory.VOID) {
            LLVMBuildRetVoid(m.builder);
        } else {
            LLVMBuildRet(m.builder, toStorage(pop(), ret));
        }
        if (!stack.isEmpty()) {
            throw error(currentOffset, "ret leaves " + stack.size() + " value(s) on the evaluation stack (ECMA-335 III.3.56)");
        }
        reachable = false;
    }

    /** leave: empty the stack, run the finally handlers being exited, continue at target. */
    private void leave(int target) {
        stack.clear();
        saveStackFor(target);
        LLVMBuildBr(m.builder, eh.leaveTarget(currentOffset, block(target), target));
        reachable = false;
    }

    /** Puts the exception where a catch handler or filter starting at offset finds it (stack depth 0). */
    void storeHandlerException(int offset, LLVMValueRef exception) {
        m.store(exception, spillSlot(0, new StackSlot(StackKind.OBJECT, null)));
    }

    /**
     * Calls a function that may throw: inside a try region this is an `invoke` whose unwind edge goes to the
     * region's landing pad; elsewhere a plain call (exceptions simply propagate to the caller).
     */
    LLVMValueRef callMayThrow(LLVMTypeRef fnType, LLVMValueRef fn, LLVMValueRef... args) {
        LLVMBasicBlockRef pad = eh == null ? null : eh.landingPadFor(currentOffset);
        if (pad == null) {
            return m.call(fnType, fn, args);
        }
        LLVMBasicBlockRef normal = newBlock("invoke.cont");
        LLVMValueRef result = LLVMBuildInvoke2(m.builder, fnType, fn, LlvmModule.array((Object[]) args), args.length, normal, pad, "");
        LLVMPositionBuilderAtEnd(m.builder, normal);
        return result;
    }

    void branch(int target) {
        saveStackFor(target);
        LLVMBuildBr(m.builder, block(target));
        reachable = false;
    }

    void conditionalBranch(LLVMValueRef condition, int target, int fallThrough) {
        saveStackFor(target);
        saveStackFor(fallThrough);
        LLVMBuildCondBr(m.builder, condition, block(target), block(fallThrough));
        reachable = false;
    }

    private void emitSwitch(Instruction insn) {
        StackValue selector = pop();
        LLVMValueRef value = coerce(selector, m.i32, false);
        int[] targets = insn.switchTargets();
        saveStackFor(insn.nextOffset());
        for (int t : targets) {
            saveStackFor(t);
        }
        LLVMValueRef sw = LLVMBuildSwitch(m.builder, value, block(insn.nextOffset()), targets.length);
        for (int i = 0; i < targets.length; i++) {
            LLVMAddCase(sw, m.constI32(i), block(targets[i]));
        }
        reachable = false;
    }

    /** Whether this function is an async variant (a runtime-async body or an async version). */
    boolean isAsyncVariant() {
        return async != null;
    }

    CallEmitter calls() {
        return calls;
    }

    ExceptionHandling eh() {
        return eh;
    }

    /** Every value currently on the evaluation stack, bottom first; the stack is left empty. */
    List<StackValue> drainStack() {
        List<StackValue> values = new ArrayList<>(stack);
        stack.clear();
        return values;
    }

    /** The allocas holding the IL arguments and locals (what a suspension saves). */
    List<LLVMValueRef> frameSlots() {
        List<LLVMValueRef> slots = new ArrayList<>(java.util.Arrays.asList(argSlots));
        slots.addAll(java.util.Arrays.asList(localSlots));
        return slots;
    }

    /** jmp passes the current values of the arguments (they may have been stored to). */
    LLVMValueRef loadArgumentForJmp(int index) {
        return m.load(ctx.types.storageType(argTypes[index]), argSlots[index]);
    }

    /** The block ended with its own terminator (ret after a tail call). */
    void markTerminated() {
        reachable = false;
    }

    void markUnreachable() {
        LLVMBuildUnreachable(m.builder);
        reachable = false;
    }

    /** The token of the instruction being compiled, formatted for messages. */
    static String token(int token) {
        return Tokens.format(token);
    }
}
