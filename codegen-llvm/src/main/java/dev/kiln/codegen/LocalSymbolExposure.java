package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.BitSet;
import java.util.List;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Makes the module-local (internal, private) symbols that one partition defines and another references into hidden
 * globals with unique names, so that the partitions link together. A local function only its own partition uses
 * stays local there, so that the optimizer can still delete it once it has inlined every call (as it does in a
 * whole-program executable). Every local data symbol is exposed: data lives in partition 0, and what other
 * partitions' code or copied constants may end up pointing to is hard to bound.
 */
final class LocalSymbolExposure {
    private LocalSymbolExposure() {
    }

    static void apply(LLVMModuleRef module, FunctionFacts facts, PartitionPlan plan, List<BitSet> copies) {
        int anonymous = 0;
        for (int i = 0; i < facts.functions.size(); i++) {
            LLVMValueRef f = facts.functions.get(i);
            if (isLocal(f) && usedOutside(f, plan.ownerOf(i), plan, copies, facts)) {
                anonymous = expose(f, anonymous);
            }
        }
        for (LLVMValueRef g : ModuleWalk.globals(module)) {
            if (isLocal(g)) {
                anonymous = expose(g, anonymous);
            }
        }
    }

    private static boolean isLocal(LLVMValueRef v) {
        int linkage = LLVMGetLinkage(v);
        return linkage == LLVMInternalLinkage || linkage == LLVMPrivateLinkage;
    }

    /** Whether code of a partition other than owner (its own or a copy) or any data refers to f. */
    private static boolean usedOutside(LLVMValueRef f, int owner, PartitionPlan plan, List<BitSet> copies, FunctionFacts facts) {
        for (var use = LLVMGetFirstUse(f); use != null && !use.isNull(); use = LLVMGetNextUse(use)) {
            LLVMValueRef user = LLVMGetUser(use);
            LLVMValueRef instruction = LLVMIsAInstruction(user);
            if (instruction == null || instruction.isNull()) {
                return true; // a constant: a descriptor's vtable, a table, a constant expression
            }
            Integer caller = facts.positionOf(LLVMGetBasicBlockParent(LLVMGetInstructionParent(instruction)));
            if (caller == null || plan.ownerOf(caller) != owner) {
                return true;
            }
            for (int p = 0; p < copies.size(); p++) {
                if (p != owner && copies.get(p).get(caller)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int expose(LLVMValueRef v, int anonymous) {
        if (LLVMGetValueName(v).getString().isEmpty()) {
            String name = "kiln.local." + anonymous;
            LLVMSetValueName2(v, name, name.length());
            anonymous++;
        }
        LLVMSetLinkage(v, LLVMExternalLinkage);
        LLVMSetVisibility(v, LLVMHiddenVisibility);
        return anonymous;
    }
}
