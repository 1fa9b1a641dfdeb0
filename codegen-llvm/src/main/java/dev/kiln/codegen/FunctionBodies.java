package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/** Turning a function definition into a declaration of the same symbol (its body is compiled elsewhere). */
final class FunctionBodies {
    private FunctionBodies() {
    }

    static void drop(LLVMValueRef f) {
        // Debug records (#dbg_declare of a method's variables) hang on instructions. LLVM's C API cannot erase a
        // record, and erasing its instruction moves it to the next one, or, for the block's last, makes it a
        // "trailing" record of the block, which LLVM keeps in a table of the context by the block's address — and
        // hands to the next block allocated at that address once this one is deleted: a clone's block in another
        // partition, whose verifier then rejects the foreign records ("conflicting debug info for argument",
        // "DICompileUnit not listed in llvm.dbg.cu") and drops the partition's whole debug information. As
        // intrinsic calls (LLVM's old form, which the bitcode reader turns back into records) they go with the body.
        LLVMModuleRef module = LLVMGetGlobalParent(f);
        if (LLVMIsNewDbgInfoFormat(module) != 0) {
            LLVMSetIsNewDbgInfoFormat(module, 0);
        }
        // LLVM (built without assertions) frees a block or instruction that still has uses and leaves the users
        // pointing at freed memory, so first cut every use: values become poison, then terminators go (taking the
        // branches to blocks with them), then the remaining instructions, and only then the empty blocks.
        for (var b = LLVMGetFirstBasicBlock(f); b != null && !b.isNull(); b = LLVMGetNextBasicBlock(b)) {
            for (var i = LLVMGetFirstInstruction(b); i != null && !i.isNull(); i = LLVMGetNextInstruction(i)) {
                if (ModuleWalk.hasUses(i)) {
                    LLVMReplaceAllUsesWith(i, LLVMGetPoison(LLVMTypeOf(i)));
                }
            }
        }
        for (var b = LLVMGetFirstBasicBlock(f); b != null && !b.isNull(); b = LLVMGetNextBasicBlock(b)) {
            for (var i = LLVMGetLastInstruction(b); i != null && !i.isNull(); i = LLVMGetLastInstruction(b)) {
                LLVMInstructionEraseFromParent(i);
            }
        }
        for (var b = LLVMGetFirstBasicBlock(f); b != null && !b.isNull(); b = LLVMGetFirstBasicBlock(f)) {
            LLVMDeleteBasicBlock(b);
        }
        LLVMSetPersonalityFn(f, null);
        // the definition's debug entry (a distinct DISubprogram) belongs to the partition that compiles the body:
        // LLVM's verifier rejects it on a declaration and then drops the whole partition's debug information
        LLVMSetSubprogram(f, (org.bytedeco.llvm.LLVM.LLVMMetadataRef) null);
        int linkage = LLVMGetLinkage(f);
        if (linkage != LLVMExternalLinkage && linkage != LLVMExternalWeakLinkage) {
            LLVMSetLinkage(f, LLVMExternalLinkage); // a weak_odr or available_externally body elsewhere is a plain reference here
        }
    }
}
