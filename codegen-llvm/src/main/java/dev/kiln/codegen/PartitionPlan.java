package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.List;
import java.util.function.Function;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Which partition compiles each function body. Partition 0 holds all data (descriptors, string literals, statics)
 * and no code; every function goes to the partition its group hashes to, a group being a type's methods (so that
 * the small methods a type's code calls most — its own accessors and helpers — are mostly in the same partition
 * rather than copied in). The number of partitions grows with the module (one per 40,000 instructions, at most
 * 8). Both depend only on the module, never on the number of threads, and a function's partition does not depend
 * on the order code was generated in.
 */
final class PartitionPlan {
    /**
     * Instructions (unoptimized) per code partition; a module of fewer stays whole. Splitting costs CPU — each
     * partition optimizes its copies of the small functions it calls, calls between partitions lose interprocedural
     * optimization (about 4% run time on code that lives in the core library's collections) — and pays off only
     * for large modules: measured on 2 cores, programs of 22,000 and 34,000 instructions (samples/wordcount,
     * async/AsyncMethodShapes) compiled in 25–30% less CPU time and no more wall time whole than in 3–4 partitions,
     * while the core-library image (180,000) gains from every core. The system property kiln.partition.instructions
     * overrides it (tests split small programs with it).
     */
    private static final long INSTRUCTIONS_PER_PARTITION = 40_000;
    /** Beyond this many code partitions the copies cost more than another thread gains (2–8 cores). */
    static final int MAX_CODE_PARTITIONS = 8;
    /** A function owned by no partition: an available_externally copy of another image's body (version bubble). */
    static final int NO_OWNER = -1;

    /** The owner of each function of the module, by position in module order. */
    private final int[] owner;
    private final int partitions;
    private final boolean whole;

    private PartitionPlan(int[] owner, int partitions, boolean whole) {
        this.owner = owner;
        this.partitions = partitions;
        this.whole = whole;
    }

    /** The plan for module; groupOf names the group of a function symbol. Empty partitions are left out. */
    static PartitionPlan of(FunctionFacts facts, Function<String, String> groupOf) {
        List<LLVMValueRef> functions = facts.functions;
        int[] group = new int[functions.size()];
        long total = 0;
        for (int i = 0; i < functions.size(); i++) {
            LLVMValueRef f = functions.get(i);
            if (LLVMIsDeclaration(f) != 0 || LLVMGetLinkage(f) == LLVMAvailableExternallyLinkage) {
                group[i] = NO_OWNER;
                continue;
            }
            total += facts.instructions[i];
            group[i] = mix(groupOf.apply(LLVMGetValueName(f).getString()).hashCode()) & Integer.MAX_VALUE;
        }
        long size = Long.getLong("kiln.partition.instructions", INSTRUCTIONS_PER_PARTITION);
        int code = (int) Math.min(MAX_CODE_PARTITIONS, (total + size - 1) / size);
        if (code <= 1) {
            for (int i = 0; i < group.length; i++) {
                group[i] = group[i] == NO_OWNER ? NO_OWNER : 0;
            }
            return new PartitionPlan(group, 1, true);
        }
        int[] number = new int[1 + code];
        boolean[] used = new boolean[1 + code];
        used[0] = true;
        for (int i = 0; i < group.length; i++) {
            if (group[i] != NO_OWNER) {
                group[i] = 1 + group[i] % code;
                used[group[i]] = true;
            }
        }
        int next = 0;
        for (int b = 0; b < number.length; b++) {
            number[b] = used[b] ? next++ : NO_OWNER;
        }
        for (int i = 0; i < group.length; i++) {
            group[i] = group[i] == NO_OWNER ? NO_OWNER : number[group[i]];
        }
        return new PartitionPlan(group, next, false);
    }

    /** String.hashCode spreads poorly in its low bits for similar names; a multiplicative mix fixes that. */
    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    int partitions() {
        return partitions;
    }

    /** Whether the module stays whole (one partition holding everything, nothing exposed or copied). */
    boolean whole() {
        return whole;
    }

    /** The partition of the function at this position in module order, or NO_OWNER. */
    int ownerOf(int function) {
        return owner[function];
    }

    int functionCount() {
        return owner.length;
    }
}
