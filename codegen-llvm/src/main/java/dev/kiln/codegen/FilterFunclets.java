package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.kiln.typesystem.MethodIL;
import dev.kiln.typesystem.metadata.ExceptionClause;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * The filters of one method, compiled as functions of their own ("funclets", as CoreCLR calls them) so that the
 * personality routine can run them in the unwinder's search phase, before any finally handler runs (.NET's first
 * pass; runtime-c/src/exceptions.c). A funclet is `i32 (ptr exception, ptr framePointer)`: it reaches the IL
 * arguments and locals of its method's frame, which is still intact while the search runs, through
 * `llvm.localrecover` from the frame pointer the unwinder reports for that frame. So the method publishes the
 * allocas of its arguments and locals with `llvm.localescape` and keeps a frame pointer — only methods with filters:
 * the others' code is untouched. Escaped locals stay in memory, so a filter sees every store made before the throw,
 * and what it stores (a pattern variable `when (e is X x)`) the handler reads. (Mono's LLVM back end refuses
 * methods with filter clauses and leaves them to its JIT or interpreter; CoreCLR and NativeAOT call funclets with
 * the parent's frame pointer, as here.) Limits: a filter clause inside a filter expression (no C# compiler emits
 * one) is rejected; locals aligned beyond 16 bytes would make LLVM realign the stack, which localrecover's
 * frame-pointer offsets do not follow.
 *
 * Each filter clause gets a constant KFilterClause {marker, funclet} that its landing pads list as the catch
 * "type": the personality tells it from a type descriptor by the marker, and the dispatch code recognises the
 * handler the search chose by comparing the landing pad's selector with that entry's type id.
 */
final class FilterFunclets {
    /** kiln.h's KILN_FILTER_CLAUSE_MARKER: "KILNFILT", never the first word (a pointer) of a type descriptor. */
    private static final long CLAUSE_MARKER = 0x4B494C4E46494C54L;

    private final NativeModuleBuilder ctx;
    private final LlvmModule m;
    private final LLVMValueRef parent;
    private final Map<Integer, LLVMValueRef> funclets = new HashMap<>();
    private final Map<Integer, LLVMValueRef> clauses = new HashMap<>();

    private FilterFunclets(NativeModuleBuilder ctx, LLVMValueRef parent) {
        this.ctx = ctx;
        this.m = ctx.m;
        this.parent = parent;
    }

    /** The filters of the method whose function is parent, or null when its IL has none. */
    static FilterFunclets of(NativeModuleBuilder ctx, MethodIL il, LLVMValueRef parent) {
        for (ExceptionClause c : il.exceptionClauses()) {
            if (c.kind() == ExceptionClause.FILTER) {
                return new FilterFunclets(ctx, parent);
            }
        }
        return null;
    }

    static LLVMTypeRef funcletType(LlvmModule m) {
        return m.functionType(m.i32, m.ptr, m.ptr);
    }

    /** The function the filter of clause (its index among the method's clauses) is compiled into. */
    LLVMValueRef funclet(int clause) {
        return funclets.computeIfAbsent(clause, k -> {
            String parentName = LLVMGetValueName(parent).getString();
            LLVMValueRef fn = LLVMAddFunction(m.module, parentName + "$filter" + k, funcletType(m));
            LLVMSetLinkage(fn, LLVMInternalLinkage);
            ctx.registerFunclet(LLVMGetValueName(fn).getString(), parentName);
            return fn;
        });
    }

    /** The KFilterClause constant that landing pads list for clause. */
    LLVMValueRef clauseEntry(int clause) {
        return clauses.computeIfAbsent(clause, k -> {
            LLVMValueRef fn = funclet(k);
            LLVMValueRef init = LLVMConstStructInContext(m.context, LlvmModule.array(m.constI64(CLAUSE_MARKER), fn), 2, 0);
            LLVMValueRef g = LLVMAddGlobal(m.module, LLVMTypeOf(init), LLVMGetValueName(fn).getString() + "$clause");
            LLVMSetInitializer(g, init);
            LLVMSetGlobalConstant(g, 1);
            LLVMSetLinkage(g, LLVMInternalLinkage);
            return g;
        });
    }

    /**
     * In the method's entry block, after its argument and local allocas: publishes them (arguments first, then
     * locals: the funclets' localrecover indexes) and keeps a frame pointer for the personality to report.
     */
    void publishFrame(List<LLVMValueRef> frameSlots) {
        LlvmFunction escape = ctx.runtime.intrinsic("llvm.localescape");
        m.call(escape.type(), escape.value(), frameSlots.toArray(new LLVMValueRef[0]));
        LLVMAddAttributeAtIndex(parent, LLVMAttributeFunctionIndex, stringAttribute("frame-pointer", "all"));
    }

    /** In a funclet: the addresses of the parent's argument and local slots in the frame at framePointer. */
    static LLVMValueRef[] recoverFrame(NativeModuleBuilder ctx, LLVMValueRef parent, LLVMValueRef framePointer, int count) {
        LlvmFunction recover = ctx.runtime.intrinsic("llvm.localrecover");
        LLVMValueRef[] slots = new LLVMValueRef[count];
        for (int i = 0; i < count; i++) {
            slots[i] = ctx.m.call(recover.type(), recover.value(), parent, framePointer, ctx.m.constI32(i));
        }
        return slots;
    }

    /** The selector value a landing pad reports when the search chose clause's handler. */
    LLVMValueRef typeId(int clause) {
        LlvmFunction typeId = ctx.runtime.intrinsic("llvm.eh.typeid.for", m.ptr);
        return m.call(typeId.type(), typeId.value(), clauseEntry(clause));
    }

    private org.bytedeco.llvm.LLVM.LLVMAttributeRef stringAttribute(String key, String value) {
        return LLVMCreateStringAttribute(m.context, key, key.length(), value, value.length());
    }
}
