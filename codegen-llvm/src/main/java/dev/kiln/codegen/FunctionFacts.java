package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * What partitioning needs to know of each function of a module, gathered in one walk over the instructions (each
 * step is a native call): its size, and the defined functions it calls directly. Functions are identified by their
 * position in module order.
 */
final class FunctionFacts {
    final List<LLVMValueRef> functions;
    /** Instructions of each definition (0 for declarations). */
    final long[] instructions;
    /** Positions of the definitions each function calls directly (call and invoke naming a function). */
    final int[][] callees;
    private final Map<Long, Integer> position;

    private FunctionFacts(List<LLVMValueRef> functions, long[] instructions, int[][] callees, Map<Long, Integer> position) {
        this.functions = functions;
        this.instructions = instructions;
        this.callees = callees;
        this.position = position;
    }

    static FunctionFacts of(LLVMModuleRef module) {
        List<LLVMValueRef> functions = ModuleWalk.functions(module);
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < functions.size(); i++) {
            position.put(functions.get(i).address(), i);
        }
        long[] instructions = new long[functions.size()];
        int[][] callees = new int[functions.size()][];
        for (int i = 0; i < functions.size(); i++) {
            int[] targets = new int[8];
            int n = 0;
            long count = 0;
            LLVMValueRef f = functions.get(i);
            for (var b = LLVMGetFirstBasicBlock(f); b != null && !b.isNull(); b = LLVMGetNextBasicBlock(b)) {
                for (var in = LLVMGetFirstInstruction(b); in != null && !in.isNull(); in = LLVMGetNextInstruction(in)) {
                    count++;
                    int opcode = LLVMGetInstructionOpcode(in);
                    if (opcode != LLVMCall && opcode != LLVMInvoke) {
                        continue;
                    }
                    LLVMValueRef called = LLVMGetCalledValue(in);
                    Integer callee = called == null ? null : position.get(called.address());
                    if (callee != null && LLVMIsDeclaration(functions.get(callee)) == 0) {
                        if (n == targets.length) {
                            targets = Arrays.copyOf(targets, 2 * n);
                        }
                        targets[n++] = callee;
                    }
                }
            }
            instructions[i] = count;
            callees[i] = Arrays.copyOf(targets, n);
        }
        return new FunctionFacts(functions, instructions, callees, position);
    }

    /** The position of a function of the module, or null for another value. */
    Integer positionOf(LLVMValueRef function) {
        return position.get(function.address());
    }
}
