package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
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
     * forwarding overloads, range checks. Measured on the core-library image: larger limits add optimize time in
     * every partition for little run-time gain (bench/classic.sh).
     */
    static final int MAX_INSTRUCTIONS = 40;

    private CrossPartitionCopies() {
    }

    /** For each partition, the positions (module order) of the functions it copies. */
    static List<BitSet> of(LLVMModuleRef module, PartitionPlan plan) {
        List<LLVMValueRef> functions = ModuleWalk.functions(module);
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < functions.size(); i++) {
            position.put(functions.get(i).address(), i);
        }
        BitSet copyable = new BitSet();
        List<int[]> callees = new ArrayList<>(functions.size());
        for (int i = 0; i < functions.size(); i++) {
            LLVMValueRef f = functions.get(i);
            if (LLVMIsDeclaration(f) != 0) {
                callees.add(new int[0]);
                continue;
            }
            List<Long> called = ModuleWalk.directCallees(f);
            int[] targets = new int[called.size()];
            int n = 0;
            for (long address : called) {
                Integer p = position.get(address);
                if (p != null && LLVMIsDeclaration(functions.get(p)) == 0) {
                    targets[n++] = p;
                }
            }
            callees.add(java.util.Arrays.copyOf(targets, n));
            if (plan.ownerOf(i) == PartitionPlan.NO_OWNER || copyable(f)) {
                copyable.set(i);
            }
        }
        List<BitSet> copies = new ArrayList<>();
        for (int p = 0; p < plan.partitions(); p++) {
            copies.add(closure(p, plan, callees, copyable));
        }
        return copies;
    }

    /** The copyable functions reachable from partition p's own functions through copyable functions. */
    private static BitSet closure(int p, PartitionPlan plan, List<int[]> callees, BitSet copyable) {
        BitSet copied = new BitSet();
        ArrayDeque<Integer> work = new ArrayDeque<>();
        for (int i = 0; i < plan.functionCount(); i++) {
            if (plan.ownerOf(i) == p) {
                work.add(i);
            }
        }
        while (!work.isEmpty()) {
            for (int callee : callees.get(work.poll())) {
                if (plan.ownerOf(callee) != p && copyable.get(callee) && !copied.get(callee)) {
                    copied.set(callee);
                    work.add(callee);
                }
            }
        }
        return copied;
    }

    /** Small, and of a linkage whose body is the one every caller gets (not weak or linkonce, which may be replaced). */
    private static boolean copyable(LLVMValueRef f) {
        int linkage = LLVMGetLinkage(f);
        boolean replaceable = linkage == LLVMWeakAnyLinkage || linkage == LLVMLinkOnceAnyLinkage || linkage == LLVMExternalWeakLinkage;
        return !replaceable && ModuleWalk.instructionCount(f) <= MAX_INSTRUCTIONS;
    }
}
