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

    static long instructionCount(LLVMValueRef f) {
        long n = 0;
        for (var b = LLVMGetFirstBasicBlock(f); b != null && !b.isNull(); b = LLVMGetNextBasicBlock(b)) {
            for (var i = LLVMGetFirstInstruction(b); i != null && !i.isNull(); i = LLVMGetNextInstruction(i)) {
                n++;
            }
        }
        return n;
    }

    /** The functions f calls directly (call and invoke instructions naming a function), by native address. */
    static List<Long> directCallees(LLVMValueRef f) {
        List<Long> callees = new ArrayList<>();
        for (var b = LLVMGetFirstBasicBlock(f); b != null && !b.isNull(); b = LLVMGetNextBasicBlock(b)) {
            for (var i = LLVMGetFirstInstruction(b); i != null && !i.isNull(); i = LLVMGetNextInstruction(i)) {
                int opcode = LLVMGetInstructionOpcode(i);
                if (opcode == LLVMCall || opcode == LLVMInvoke) {
                    LLVMValueRef callee = LLVMGetCalledValue(i);
                    if (callee != null && !callee.isNull() && LLVMIsAFunction(callee) != null && !LLVMIsAFunction(callee).isNull()) {
                        callees.add(callee.address());
                    }
                }
            }
        }
        return callees;
    }

    static boolean hasUses(LLVMValueRef v) {
        var use = LLVMGetFirstUse(v);
        return use != null && !use.isNull();
    }
}
