package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.kiln.il.Linkage;

/** The LLVM linkage and visibility of each kind of definition the linkage policy (Linkage) decides. */
final class LinkageKinds {
    private LinkageKinds() {
    }

    /** Gives a defined global or function the LLVM linkage and visibility of its kind. */
    static void apply(org.bytedeco.llvm.LLVM.LLVMValueRef global, Linkage.Kind kind) {
        switch (kind) {
            case LOCAL:
                LLVMSetLinkage(global, LLVMInternalLinkage);
                break;
            case EXPORTED:
                // exported, but bound locally: code in this image calls and inlines it directly
                LLVMSetLinkage(global, LLVMExternalLinkage);
                LLVMSetVisibility(global, LLVMProtectedVisibility);
                break;
            case SHARED:
                // every image may define it; the loader's symbol binding makes all images use the first one loaded
                LLVMSetLinkage(global, LLVMWeakODRLinkage);
                LLVMSetVisibility(global, LLVMDefaultVisibility);
                break;
            case INLINABLE:
                // the optimizer may inline it, then drops the body: every remaining call binds to the other image
                LLVMSetLinkage(global, LLVMAvailableExternallyLinkage);
                break;
            default:
                throw new IllegalArgumentException("imported entities are not defined here");
        }
    }

}
