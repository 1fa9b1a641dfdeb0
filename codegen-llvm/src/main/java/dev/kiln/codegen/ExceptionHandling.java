package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.kiln.typesystem.TypeDesc;
import dev.kiln.typesystem.metadata.ExceptionClause;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Lowers a method's exception-handling clauses to zero-cost LLVM exception handling: calls inside try regions
 * become `invoke`s whose landing pad lists the catch types of every enclosing clause (innermost first) and a
 * cleanup when a finally or fault encloses the call. After landing, a dispatch chain walks the clauses in the same
 * order: a matching catch enters its handler, a finally or fault runs and continues the chain, a filter clause
 * enters its handler when the search phase chose it (the landing pad's selector says so); at the end the exception
 * resumes unwinding (runtime-c's personality routine decides what matches, by walking the thrown object's type
 * descriptors and by running filters, compiled apart as funclets: FilterFunclets).
 *
 * Finally and fault handlers are compiled once; each has an i32 "continuation" local that `leave` and the
 * dispatch chains set before entering it, and its `endfinally` switches on that local.
 *
 * A filter funclet is compiled by a MethodCodegen of its own with an ExceptionHandling for it (funclet mode): its
 * endfilter returns the verdict, and an exception that would leave the filter expression makes it return false.
 */
final class ExceptionHandling {
    /** One IL clause with its protected range, handler range and kind. */
    record Clause(int index, ExceptionClause clause, TypeDesc catchType) {
        boolean protects(int offset) {
            return offset >= clause.tryOffset() && offset < clause.tryOffset() + clause.tryLength();
        }

        boolean inHandler(int offset) {
            int start = clause.kind() == ExceptionClause.FILTER ? clause.classTokenOrFilterOffset() : clause.handlerOffset();
            return offset >= start && offset < clause.handlerOffset() + clause.handlerLength();
        }

        boolean isFinallyLike() {
            return clause.kind() == ExceptionClause.FINALLY || clause.kind() == ExceptionClause.FAULT;
        }
    }

    private final MethodCodegen g;
    private final LlvmModule m;
    private final List<Clause> clauses = new ArrayList<>();
    private final Map<String, LLVMBasicBlockRef> landingPads = new HashMap<>();
    private final Map<Integer, LLVMValueRef> continuationSlots = new HashMap<>();
    private final Map<Integer, List<LLVMBasicBlockRef>> continuations = new HashMap<>();
    private final Map<Integer, List<LLVMValueRef>> switches = new HashMap<>();
    private final Map<Integer, LLVMValueRef> exceptionSlots = new HashMap<>();
    /** The method's filter funclets (null when it has no filter, and in a funclet). */
    private final FilterFunclets filters;
    /** In a funclet: the index of the filter clause it compiles; -1 in a method. */
    private final int funcletClause;

    ExceptionHandling(MethodCodegen g, List<ExceptionClause> raw, FilterFunclets filters, int funcletClause) {
        this.g = g;
        this.m = g.m;
        this.filters = filters;
        this.funcletClause = funcletClause;
        for (int i = 0; i < raw.size(); i++) {
            ExceptionClause c = raw.get(i);
            TypeDesc type = c.kind() == ExceptionClause.CATCH
                    ? g.il.module().resolveType(c.classTokenOrFilterOffset(), g.il.context()) : null;
            clauses.add(new Clause(i, c, type));
        }
    }

    boolean isEmpty() {
        return clauses.isEmpty();
    }

    /** Whether offset lies in a catch, filter, finally or fault handler. */
    boolean isInHandler(int offset) {
        for (Clause c : clauses) {
            if (c.inHandler(offset)) {
                return true;
            }
        }
        return false;
    }

    /** Offsets where handlers and filters begin, and whether each starts with the exception on the stack. */
    Map<Integer, Boolean> handlerEntries() {
        Map<Integer, Boolean> entries = new HashMap<>();
        for (Clause c : clauses) {
            ExceptionClause x = c.clause();
            boolean hasException = x.kind() == ExceptionClause.CATCH || x.kind() == ExceptionClause.FILTER;
            entries.put(x.handlerOffset(), hasException);
            if (x.kind() == ExceptionClause.FILTER) {
                entries.put(x.classTokenOrFilterOffset(), true);
            }
        }
        return entries;
    }

    /** Clauses whose try range contains offset, innermost first (ECMA-335 orders nested clauses inner before outer). */
    private List<Clause> protecting(int offset) {
        List<Clause> list = new ArrayList<>();
        for (Clause c : clauses) {
            if (c.protects(offset)) {
                list.add(c);
            }
        }
        list.sort((a, b) -> Integer.compare(a.clause().tryLength(), b.clause().tryLength()));
        return list;
    }

    /** The filter clause whose filter expression (not its handler) contains offset, innermost first, or null. */
    private Clause filterExpressionAt(int offset) {
        Clause best = null;
        for (Clause c : clauses) {
            ExceptionClause x = c.clause();
            if (x.kind() == ExceptionClause.FILTER && offset >= x.classTokenOrFilterOffset() && offset < x.handlerOffset()
                    && (best == null || x.classTokenOrFilterOffset() > best.clause().classTokenOrFilterOffset())) {
                best = c;
            }
        }
        return best;
    }

    /**
     * The landing pad for a call at offset, or null when no clause protects it. Inside a filter expression an
     * exception never leaves the filter (ECMA-335 II.19: it is swallowed and the filter rejects), so only clauses
     * protecting code within that filter come before the catch-all that rejects.
     */
    LLVMBasicBlockRef landingPadFor(int offset) {
        List<Clause> chain = protecting(offset);
        Clause filter = filterExpressionAt(offset);
        if (filter != null) {
            int start = filter.clause().classTokenOrFilterOffset();
            int end = filter.clause().handlerOffset();
            chain.removeIf(c -> c.clause().tryOffset() < start || c.clause().tryOffset() >= end);
        }
        if (chain.isEmpty() && filter == null) {
            return null;
        }
        StringBuilder key = new StringBuilder();
        for (Clause c : chain) {
            key.append(c.index()).append(',');
        }
        if (filter != null) {
            key.append("filter").append(filter.index());
        }
        LLVMBasicBlockRef pad = landingPads.get(key.toString());
        if (pad == null) {
            pad = buildLandingPad(chain, filter);
            landingPads.put(key.toString(), pad);
        }
        return pad;
    }

    /** A landing pad and dispatch chain over chain; with swallowingFilter, exceptions left over reject that filter. */
    private LLVMBasicBlockRef buildLandingPad(List<Clause> chain, Clause swallowingFilter) {
        var saved = LLVMGetInsertBlock(m.builder);
        LLVMBasicBlockRef pad = g.newBlock("landingpad");
        LLVMPositionBuilderAtEnd(m.builder, pad);
        boolean cleanup = false;
        List<LLVMValueRef> catchTypes = new ArrayList<>();
        for (Clause c : chain) {
            switch (c.clause().kind()) {
                case ExceptionClause.CATCH: catchTypes.add(g.ctx.descriptors.get(c.catchType())); break;
                case ExceptionClause.FILTER:
                    if (filters == null) {
                        throw g.error(c.clause().tryOffset(), "a filter clause inside a filter expression is not supported");
                    }
                    catchTypes.add(filters.clauseEntry(c.index()));
                    break;
                default: cleanup = true; break;
            }
        }
        if (swallowingFilter != null) {
            catchTypes.add(m.nullPtr());
        }
        var padType = m.structType(m.ptr, m.i32);
        LLVMValueRef lp = LLVMBuildLandingPad(m.builder, padType, null, catchTypes.size(), "");
        for (LLVMValueRef t : catchTypes) {
            LLVMAddClause(lp, t);
        }
        LLVMSetCleanup(lp, cleanup ? 1 : 0);
        LLVMValueRef header = LLVMBuildExtractValue(m.builder, lp, 0, "");
        // Each landing pad keeps its exception in its own slot: a finally run by this chain may catch another
        // exception inside itself (another landing pad), and must then resume with this one.
        LLVMValueRef headerSlot = g.entryAlloca(m.ptr, "exception.header");
        m.store(header, headerSlot);
        // The selector too: a filter clause's dispatch step reads it, and resuming passes it on, for when this
        // method is inlined into a caller whose dispatch code then reads it (the chosen filter clause's type id).
        LLVMValueRef selectorSlot = g.entryAlloca(m.i32, "exception.selector");
        m.store(LLVMBuildExtractValue(m.builder, lp, 1, ""), selectorSlot);
        // Build the chain backwards: each step's "otherwise" is the next step. Steps reload the exception from
        // the slot, because finally handlers between them are entered from several places.
        LLVMBasicBlockRef next = swallowingFilter != null ? filterRejectBlock() : resumeBlock(headerSlot, selectorSlot);
        for (int i = chain.size() - 1; i >= 0; i--) {
            next = dispatchStep(chain.get(i), next, headerSlot, selectorSlot);
        }
        LLVMBuildBr(m.builder, next);
        LLVMPositionBuilderAtEnd(m.builder, saved);
        return pad;
    }

    /** After the last clause: resume unwinding. */
    private LLVMBasicBlockRef resumeBlock(LLVMValueRef headerSlot, LLVMValueRef selectorSlot) {
        LLVMBasicBlockRef b = g.newBlock("resume");
        var saved = LLVMGetInsertBlock(m.builder);
        LLVMPositionBuilderAtEnd(m.builder, b);
        LLVMBuildResume(m.builder, padValue(m.load(m.ptr, headerSlot), m.load(m.i32, selectorSlot)));
        LLVMPositionBuilderAtEnd(m.builder, saved);
        return b;
    }

    /** In a funclet: an exception leaving the filter expression makes the filter reject (ECMA-335 II.19). */
    private LLVMBasicBlockRef filterRejectBlock() {
        LLVMBasicBlockRef b = g.newBlock("filter.threw");
        var saved = LLVMGetInsertBlock(m.builder);
        LLVMPositionBuilderAtEnd(m.builder, b);
        LLVMBuildRet(m.builder, m.constI32(0));
        LLVMPositionBuilderAtEnd(m.builder, saved);
        return b;
    }

    private LLVMValueRef padValue(LLVMValueRef header, LLVMValueRef selector) {
        var padType = m.structType(m.ptr, m.i32);
        LLVMValueRef v = LLVMBuildInsertValue(m.builder, LLVMGetUndef(padType), header, 0, "");
        return LLVMBuildInsertValue(m.builder, v, selector, 1, "");
    }

    /** One step of a dispatch chain for clause c; returns the block that performs it. */
    private LLVMBasicBlockRef dispatchStep(Clause c, LLVMBasicBlockRef otherwise, LLVMValueRef headerSlot, LLVMValueRef selectorSlot) {
        LLVMBasicBlockRef step = g.newBlock("dispatch");
        var saved = LLVMGetInsertBlock(m.builder);
        LLVMPositionBuilderAtEnd(m.builder, step);
        LLVMValueRef exception = m.load(m.ptr, m.offset(m.load(m.ptr, headerSlot), RuntimeAbi.EXCEPTION_OBJECT_OFFSET));
        ExceptionClause x = c.clause();
        switch (x.kind()) {
            case ExceptionClause.CATCH: {
                // Testing the type decides as the selector would: the search chose the first clause, innermost
                // first, that takes the exception, and a frame it passed has no catch that matches.
                LlvmFunction isInstance = g.ctx.castHelper();
                LLVMValueRef cast = m.call(isInstance.type(), isInstance.value(), exception, g.ctx.descriptors.get(c.catchType()));
                LLVMValueRef matches = LLVMBuildICmp(m.builder, LLVMIntNE, cast, m.nullPtr(), "");
                LLVMBasicBlockRef enter = enterWithException(x.handlerOffset(), exception, c);
                LLVMBuildCondBr(m.builder, matches, enter, otherwise);
                break;
            }
            case ExceptionClause.FILTER: {
                // The filter ran in the search phase: its handler is entered when the search chose this clause.
                LLVMValueRef chosen = LLVMBuildICmp(m.builder, LLVMIntEQ, m.load(m.i32, selectorSlot), filters.typeId(c.index()), "");
                LLVMBuildCondBr(m.builder, chosen, enterWithException(x.handlerOffset(), exception, c), otherwise);
                break;
            }
            default: {
                int id = registerContinuation(c.index(), otherwise);
                m.store(m.constI32(id), continuationSlot(c.index()));
                LLVMBuildBr(m.builder, g.block(x.handlerOffset()));
                break;
            }
        }
        LLVMPositionBuilderAtEnd(m.builder, saved);
        return step;
    }

    /** A block that puts the exception where the handler (or filter) at offset expects it, then enters it. */
    private LLVMBasicBlockRef enterWithException(int offset, LLVMValueRef exception, Clause c) {
        LLVMBasicBlockRef b = g.newBlock("enter");
        var saved = LLVMGetInsertBlock(m.builder);
        LLVMPositionBuilderAtEnd(m.builder, b);
        m.store(exception, exceptionSlot(c.index()));
        g.storeHandlerException(offset, exception);
        LLVMBuildBr(m.builder, g.block(offset));
        LLVMPositionBuilderAtEnd(m.builder, saved);
        return b;
    }

    private LLVMValueRef continuationSlot(int clause) {
        return continuationSlots.computeIfAbsent(clause, k -> g.entryAlloca(m.i32, "continuation" + k));
    }

    private LLVMValueRef exceptionSlot(int clause) {
        return exceptionSlots.computeIfAbsent(clause, k -> g.entryAlloca(m.ptr, "exception" + k));
    }

    /** Adds a place endfinally/endfilter may go to; returns its number. Switches built earlier get the case too. */
    private int registerContinuation(int clause, LLVMBasicBlockRef target) {
        List<LLVMBasicBlockRef> list = continuations.computeIfAbsent(clause, k -> new ArrayList<>());
        list.add(target);
        int id = list.size() - 1;
        for (LLVMValueRef sw : switches.getOrDefault(clause, List.of())) {
            LLVMAddCase(sw, m.constI32(id), target);
        }
        return id;
    }

    /** The innermost clause whose handler (or filter) contains offset. */
    private Clause handlerAt(int offset) {
        Clause best = null;
        for (Clause c : clauses) {
            if (c.inHandler(offset) && (best == null || c.clause().handlerLength() < best.clause().handlerLength())) {
                best = c;
            }
        }
        return best;
    }

    /** endfinally / endfault: continue where whoever entered the handler asked. */
    void endFinally(int offset) {
        Clause c = handlerAt(offset);
        if (c == null || !c.isFinallyLike()) {
            throw g.error(offset, "endfinally outside a finally or fault handler");
        }
        LLVMValueRef which = m.load(m.i32, continuationSlot(c.index()));
        LLVMBasicBlockRef nowhere = g.newBlock("endfinally.unreachable");
        List<LLVMBasicBlockRef> known = continuations.getOrDefault(c.index(), List.of());
        LLVMValueRef sw = LLVMBuildSwitch(m.builder, which, nowhere, known.size());
        for (int i = 0; i < known.size(); i++) {
            LLVMAddCase(sw, m.constI32(i), known.get(i));
        }
        switches.computeIfAbsent(c.index(), k -> new ArrayList<>()).add(sw);
        var saved = LLVMGetInsertBlock(m.builder);
        LLVMPositionBuilderAtEnd(m.builder, nowhere);
        LLVMBuildUnreachable(m.builder);
        LLVMPositionBuilderAtEnd(m.builder, saved);
    }

    /** endfilter, in a funclet: the filter's verdict (nonzero accepts). */
    void endFilter(int offset, LLVMValueRef accept) {
        Clause c = handlerAt(offset);
        if (c == null || c.clause().kind() != ExceptionClause.FILTER || c.index() != funcletClause) {
            throw g.error(offset, "endfilter outside a filter");
        }
        LLVMBuildRet(m.builder, LLVMBuildZExt(m.builder, accept, m.i32, ""));
    }

    /** The exception a catch handler is handling (for rethrow). */
    LLVMValueRef currentException(int offset) {
        Clause c = handlerAt(offset);
        if (c == null || (c.clause().kind() != ExceptionClause.CATCH && c.clause().kind() != ExceptionClause.FILTER)) {
            throw g.error(offset, "rethrow outside a catch handler");
        }
        return m.load(m.ptr, exceptionSlot(c.index()));
    }

    /**
     * leave from offset to target: run the finally handlers of every try region being exited, innermost first,
     * then continue at target.
     */
    LLVMBasicBlockRef leaveTarget(int offset, LLVMBasicBlockRef target, int targetOffset) {
        List<Clause> exited = new ArrayList<>();
        for (Clause c : protecting(offset)) {
            if (c.clause().kind() == ExceptionClause.FINALLY && !c.protects(targetOffset)) {
                exited.add(c);
            }
        }
        LLVMBasicBlockRef next = target;
        for (int i = exited.size() - 1; i >= 0; i--) {
            Clause f = exited.get(i);
            int id = registerContinuation(f.index(), next);
            LLVMBasicBlockRef b = g.newBlock("leave");
            var saved = LLVMGetInsertBlock(m.builder);
            LLVMPositionBuilderAtEnd(m.builder, b);
            m.store(m.constI32(id), continuationSlot(f.index()));
            LLVMBuildBr(m.builder, g.block(f.clause().handlerOffset()));
            LLVMPositionBuilderAtEnd(m.builder, saved);
            next = b;
        }
        return next;
    }
}
