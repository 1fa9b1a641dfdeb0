package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMMemoryBufferRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Cuts the unoptimized module into the partitions of a plan, each as bitcode that a thread can read into a context
 * of its own. A partition holds its own function bodies, available_externally copies of the small bodies it calls
 * (CrossPartitionCopies) and of the constant data it reads (so that loads from descriptors still fold), and
 * declarations of what it only references; partition 0 also holds every data definition. Module-local symbols
 * another partition refers to become hidden globals (LocalSymbolExposure) so that the partitions link together.
 */
final class ModuleSplitter {
    /** The module name every partition gets: it is part of the bitcode (the cache key) and of the object file. */
    private static final String PARTITION_NAME = "kiln";

    /** One partition's unoptimized bitcode and what it holds. */
    record Part(int index, byte[] bitcode, int functions, int copies) {
    }

    /**
     * Gives each partition of module to sink as soon as it is cut (so that other threads can compile it while the
     * next is cut). The module is consumed: its bodies are cut up in place (what names it gives stays valid, its
     * functions and globals do not).
     */
    static void split(LLVMModuleRef module, FunctionFacts facts, PartitionPlan plan, Consumer<Part> sink) {
        if (plan.whole()) {
            int functions = 0;
            for (int i = 0; i < plan.functionCount(); i++) {
                functions += plan.ownerOf(i) == 0 ? 1 : 0;
            }
            sink.accept(new Part(0, bitcode(module), functions, 0));
            return;
        }
        List<BitSet> copies = CrossPartitionCopies.of(facts, plan);
        LocalSymbolExposure.apply(module, facts, plan, copies);
        new ModuleSplitter(plan, copies, sink).split(module, 0, plan.partitions());
    }

    private final PartitionPlan plan;
    private final List<BitSet> copies;
    private final Consumer<Part> sink;

    private ModuleSplitter(PartitionPlan plan, List<BitSet> copies, Consumer<Part> sink) {
        this.plan = plan;
        this.copies = copies;
        this.sink = sink;
    }

    /**
     * Halving rather than one clone of the whole module per partition: module (holding what partitions [from, to)
     * need) is cloned for the first half and reduced in place to the second, so each body is copied about log2(n)
     * times. Every reduction keeps exactly what the partitions of its range need, so a partition's content does
     * not depend on the path that led to it.
     */
    private void split(LLVMModuleRef module, int from, int to) {
        if (to - from == 1) {
            restrict(module, from, to);
            removeUnused(module);
            LLVMSetModuleIdentifier(module, PARTITION_NAME, PARTITION_NAME.length());
            LLVMSetSourceFileName(module, PARTITION_NAME, PARTITION_NAME.length());
            int own = 0;
            for (int i = 0; i < plan.functionCount(); i++) {
                own += plan.ownerOf(i) == from ? 1 : 0;
            }
            sink.accept(new Part(from, bitcode(module), own, copies.get(from).cardinality()));
            return;
        }
        int mid = (from + to) >>> 1;
        LLVMModuleRef first = LLVMCloneModule(module);
        try {
            restrict(first, from, mid);
            split(first, from, mid);
        } finally {
            LLVMDisposeModule(first);
        }
        restrict(module, mid, to);
        split(module, mid, to);
    }

    /**
     * Reduces module to what partitions [from, to) need: their bodies, copies (available_externally) of the bodies
     * they copy, and unless partition 0 is among them, the data as declarations — but for constants their code
     * reads, which stay readable as available_externally copies. Functions keep their positions (bodies are dropped,
     * nothing is deleted), which is what the plan's positions refer to.
     */
    private void restrict(LLVMModuleRef module, int from, int to) {
        BitSet copied = new BitSet();
        for (int p = from; p < to; p++) {
            copied.or(copies.get(p));
        }
        List<LLVMValueRef> functions = ModuleWalk.functions(module);
        for (int i = 0; i < plan.functionCount(); i++) {
            LLVMValueRef f = functions.get(i);
            if (LLVMIsDeclaration(f) != 0) {
                continue;
            }
            int owner = plan.ownerOf(i);
            if (owner >= from && owner < to) {
                continue;
            }
            if (copied.get(i)) {
                LLVMSetLinkage(f, LLVMAvailableExternallyLinkage);
            } else {
                FunctionBodies.drop(f);
            }
        }
        if (from == 0) {
            return;
        }
        for (LLVMValueRef g : ModuleWalk.globals(module)) {
            if (LLVMIsDeclaration(g) != 0) {
                continue;
            }
            if (LLVMIsGlobalConstant(g) != 0 && readByCode(g)) {
                LLVMSetLinkage(g, LLVMAvailableExternallyLinkage); // readable by the optimizer, defined in partition 0
            } else {
                LLVMSetInitializer(g, null);
                LLVMSetLinkage(g, LLVMExternalLinkage);
            }
        }
    }

    /** Whether an instruction uses g (directly or through a constant expression such as a field address). */
    private static boolean readByCode(LLVMValueRef g) {
        for (var use = LLVMGetFirstUse(g); use != null && !use.isNull(); use = LLVMGetNextUse(use)) {
            LLVMValueRef user = LLVMGetUser(use);
            if (isInstruction(user)) {
                return true;
            }
            if (LLVMIsAConstantExpr(user) != null && !LLVMIsAConstantExpr(user).isNull()) {
                for (var inner = LLVMGetFirstUse(user); inner != null && !inner.isNull(); inner = LLVMGetNextUse(inner)) {
                    if (isInstruction(LLVMGetUser(inner))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isInstruction(LLVMValueRef v) {
        LLVMValueRef i = LLVMIsAInstruction(v);
        return i != null && !i.isNull();
    }

    /**
     * Deletes declarations and available_externally definitions nothing uses any more, until none is left (a
     * deleted copy of a descriptor may leave what it pointed to unused).
     */
    private static void removeUnused(LLVMModuleRef module) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (LLVMValueRef f : ModuleWalk.functions(module)) {
                if (!ModuleWalk.hasUses(f) && (LLVMIsDeclaration(f) != 0 || LLVMGetLinkage(f) == LLVMAvailableExternallyLinkage)) {
                    if (LLVMIsDeclaration(f) == 0) {
                        FunctionBodies.drop(f);
                    }
                    LLVMDeleteFunction(f);
                    changed = true;
                }
            }
            for (LLVMValueRef g : ModuleWalk.globals(module)) {
                if (!ModuleWalk.hasUses(g) && (LLVMIsDeclaration(g) != 0 || LLVMGetLinkage(g) == LLVMAvailableExternallyLinkage)) {
                    LLVMDeleteGlobal(g);
                    changed = true;
                }
            }
        }
    }

    static byte[] bitcode(LLVMModuleRef module) {
        LLVMMemoryBufferRef buffer = LLVMWriteBitcodeToMemoryBuffer(module);
        try {
            BytePointer start = LLVMGetBufferStart(buffer);
            byte[] bytes = new byte[(int) LLVMGetBufferSize(buffer)];
            start.get(bytes);
            return bytes;
        } finally {
            LLVMDisposeMemoryBuffer(buffer);
        }
    }
}
