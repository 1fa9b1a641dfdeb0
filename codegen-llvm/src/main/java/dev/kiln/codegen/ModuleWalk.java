package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.ArrayList;
import java.util.List;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/** Lists over an LLVM module's functions, globals and instructions (the C API only offers linked-list walks). */
final class ModuleWalk {
    private ModuleWalk() {
    }

    static List<LLVMValueRef> functions(LLVMModuleRef module) {
        List<LLVMValueRef> list = new ArrayList<>();
        for (LLVMValueRef f = LLVMGetFirstFunction(module); f != null && !f.isNull(); f = LLVMGetNextFunction(f)) {
            list.add(f);
        }
        return list;
    }

    static List<LLVMValueRef> globals(LLVMModuleRef module) {
        List<LLVMValueRef> list = new ArrayList<>();
        for (LLVMValueRef g = LLVMGetFirstGlobal(module); g != null && !g.isNull(); g = LLVMGetNextGlobal(g)) {
            list.add(g);
        }
        return list;
    }

    static boolean hasUses(LLVMValueRef v) {
        var use = LLVMGetFirstUse(v);
        return use != null && !use.isNull();
    }
}
