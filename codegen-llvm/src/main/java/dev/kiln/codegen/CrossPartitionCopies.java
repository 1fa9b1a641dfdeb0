package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Which function bodies of other partitions each partition gets a copy of, so that calls to them can still be
 * inlined although the partitions are optimized apart: the small callees of its own functions (and, transitively,
 * of those copies), as available_externally definitions the optimizer inlines and then drops. Bodies already
 * available_externally (another image's, copied in by the version bubble) are copied wherever they are called.
 */
final class CrossPartitionCopies {
    /**
     * Instructions of unoptimized IR (stack-slot loads and stores included) up to which a callee is copied: getters,
     * forwarding overloads, range checks. Measured on a program that spends its time in Dictionary, List, HashSet
     * and StringBuilder (3 code partitions): without copies it ran 40% slower than compiled whole, with a limit of
     * 20 about 20%, with 40 about 4%; 80 or 150 gained nothing more and cost 9–11% more compile time.
     */
    static final int MAX_INSTRUCTIONS = 40;
    /**
     * The limit for a method marked AggressiveInlining (LLVM's inlinehint), which its author asks to have inlined:
     * unoptimized IR counts every stack-slot access and a null check per field access, so that List.Add's common
     * case (a dozen instructions once optimized) counts about 85.
     */
    static final int MAX_HINTED_INSTRUCTIONS = 160;
    private static final int INLINE_HINT = LLVMGetEnumAttributeKindForName("inlinehint", 10);

    private CrossPartitionCopies() {
    }

    /** For each partition, the positions (module order) of the functions it copies. */
    static List<BitSet> of(FunctionFacts facts, PartitionPlan plan) {
        BitSet copyable = new BitSet();
        for (int i = 0; i < facts.functions.size(); i++) {
            LLVMValueRef f = facts.functions.get(i);
            if (LLVMIsDeclaration(f) == 0 && (plan.ownerOf(i) == PartitionPlan.NO_OWNER || copyable(f, facts.instructions[i]))) {
                copyable.set(i);
            }
        }
        List<BitSet> copies = new ArrayList<>();
        for (int p = 0; p < plan.partitions(); p++) {
            copies.add(closure(p, plan, facts.callees, copyable));
        }
        return copies;
    }

    /** The copyable functions reachable from partition p's own functions through copyable functions. */
    private static BitSet closure(int p, PartitionPlan plan, int[][] callees, BitSet copyable) {
        BitSet copied = new BitSet();
        ArrayDeque<Integer> work = new ArrayDeque<>();
        for (int i = 0; i < plan.functionCount(); i++) {
            if (plan.ownerOf(i) == p) {
                work.add(i);
            }
        }
        while (!work.isEmpty()) {
            for (int callee : callees[work.poll()]) {
                if (plan.ownerOf(callee) != p && copyable.get(callee) && !copied.get(callee)) {
                    copied.set(callee);
                    work.add(callee);
                }
            }
        }
        return copied;
    }

    /** Small (or asked to be inlined and not large), and of a linkage whose body is the one every caller gets (not weak or linkonce, which may be replaced). */
    private static boolean copyable(LLVMValueRef f, long instructions) {
        int linkage = LLVMGetLinkage(f);
        boolean replaceable = linkage == LLVMWeakAnyLinkage || linkage == LLVMLinkOnceAnyLinkage || linkage == LLVMExternalWeakLinkage;
        return !replaceable && instructions <= (hasInlineHint(f) ? MAX_HINTED_INSTRUCTIONS : MAX_INSTRUCTIONS);
    }

    private static boolean hasInlineHint(LLVMValueRef f) {
        var hint = LLVMGetEnumAttributeAtIndex(f, LLVMAttributeFunctionIndex, INLINE_HINT);
        return hint != null && !hint.isNull();
    }
}
