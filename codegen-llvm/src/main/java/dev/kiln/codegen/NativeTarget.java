package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import java.nio.file.Path;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.LLVM.LLVMErrorRef;
import org.bytedeco.llvm.LLVM.LLVMPassBuilderOptionsRef;
import org.bytedeco.llvm.LLVM.LLVMTargetMachineRef;
import org.bytedeco.llvm.LLVM.LLVMTargetRef;

/** The LLVM target machine for linux-x64: optimization pipeline and object-file emission. */
public final class NativeTarget implements AutoCloseable {
    public static final String TRIPLE = "x86_64-pc-linux-gnu";
    /** The target as image manifests name it (the loader compares it with its own). */
    public static final String IMAGE_TARGET = "x86_64-linux-gnu";
    private static boolean initialized;

    private static final String CPU = "x86-64-v2";

    private final LLVMTargetMachineRef machine;

    public enum OptLevel {
        O0("default<O0>", LLVMCodeGenLevelNone),
        O2("default<O2>", LLVMCodeGenLevelDefault),
        OS("default<Os>", LLVMCodeGenLevelDefault);

        final String pipeline;
        final int codeGenLevel;

        OptLevel(String pipeline, int codeGenLevel) {
            this.pipeline = pipeline;
            this.codeGenLevel = codeGenLevel;
        }
    }

    private final OptLevel level;

    public NativeTarget(OptLevel level) {
        this.level = level;
        initialize();
        LLVMTargetRef target = new LLVMTargetRef();
        BytePointer error = new BytePointer((org.bytedeco.javacpp.Pointer) null);
        if (LLVMGetTargetFromTriple(new BytePointer(TRIPLE), target, error) != 0) {
            String message = error.getString();
            LLVMDisposeMessage(error);
            throw new IllegalStateException("LLVM has no target for " + TRIPLE + ": " + message);
        }
        machine = LLVMCreateTargetMachine(target, TRIPLE, CPU, "", level.codeGenLevel,
                LLVMRelocPIC, LLVMCodeModelDefault);
    }

    private static synchronized void initialize() {
        if (!initialized) {
            LLVMInitializeX86TargetInfo();
            LLVMInitializeX86Target();
            LLVMInitializeX86TargetMC();
            LLVMInitializeX86AsmPrinter();
            LLVMInitializeX86AsmParser();
            initialized = true;
        }
    }

    public void configure(LlvmModule m) {
        LLVMSetTarget(m.module, TRIPLE);
        var layout = LLVMCreateTargetDataLayout(machine);
        BytePointer s = LLVMCopyStringRepOfTargetData(layout);
        LLVMSetDataLayout(m.module, s);
        LLVMDisposeMessage(s);
        LLVMDisposeTargetData(layout);
    }

    /** Verifies the module; throws with LLVM's report when it is malformed (a compiler bug). */
    public static void verify(LlvmModule m) {
        BytePointer message = new BytePointer((org.bytedeco.javacpp.Pointer) null);
        if (LLVMVerifyModule(m.module, LLVMReturnStatusAction, message) != 0) {
            String text = message.getString();
            LLVMDisposeMessage(message);
            throw new IllegalStateException("LLVM verifier rejected the generated module:\n" + text);
        }
        LLVMDisposeMessage(message);
    }

    public void optimize(LlvmModule m) {
        runPasses(m.module, level.pipeline, machine);
    }

    /** The optimization pipeline, as LLVM's pass builder names it (part of what identifies the generated code). */
    public String pipeline() {
        return level.pipeline + " cpu=" + CPU + " codegen=" + level.codeGenLevel + " llvm=" + llvmVersion();
    }

    private static String llvmVersion() {
        int[] major = new int[1], minor = new int[1], patch = new int[1];
        LLVMGetVersion(major, minor, patch);
        return major[0] + "." + minor[0] + "." + patch[0];
    }

    /**
     * Optimizes a module of any context with the given pipeline (null: this target's) and writes its object code,
     * with a target machine of its own (safe on several threads at once).
     */
    public void optimizeAndEmit(org.bytedeco.llvm.LLVM.LLVMModuleRef module, String pipeline, Path output) {
        LLVMTargetMachineRef own = createMachine();
        try {
            runPasses(module, pipeline == null ? level.pipeline : pipeline, own);
            emit(own, module, output);
        } finally {
            LLVMDisposeTargetMachine(own);
        }
    }

    private static void runPasses(org.bytedeco.llvm.LLVM.LLVMModuleRef module, String pipeline, LLVMTargetMachineRef machine) {
        LLVMPassBuilderOptionsRef options = LLVMCreatePassBuilderOptions();
        try {
            LLVMErrorRef err = LLVMRunPasses(module, pipeline, machine, options);
            if (err != null && !err.isNull()) {
                BytePointer msg = LLVMGetErrorMessage(err);
                String text = msg.getString();
                LLVMDisposeErrorMessage(msg);
                throw new IllegalStateException("LLVM optimization failed: " + text);
            }
        } finally {
            LLVMDisposePassBuilderOptions(options);
        }
    }

    public void emitObject(LlvmModule m, Path output) {
        emitObject(m.module, output);
    }

    /** Object code for a module of any context, with a target machine of its own (safe on several threads at once). */
    public void emitObject(org.bytedeco.llvm.LLVM.LLVMModuleRef module, Path output) {
        LLVMTargetMachineRef own = createMachine();
        try {
            emit(own, module, output);
        } finally {
            LLVMDisposeTargetMachine(own);
        }
    }

    private static void emit(LLVMTargetMachineRef machine, org.bytedeco.llvm.LLVM.LLVMModuleRef module, Path output) {
        BytePointer error = new BytePointer((org.bytedeco.javacpp.Pointer) null);
        if (LLVMTargetMachineEmitToFile(machine, module, new BytePointer(output.toString()), LLVMObjectFile, error) != 0) {
            String text = error.getString();
            LLVMDisposeMessage(error);
            throw new IllegalStateException("LLVM could not write " + output + ": " + text);
        }
    }

    private LLVMTargetMachineRef createMachine() {
        LLVMTargetRef target = new LLVMTargetRef();
        BytePointer error = new BytePointer((org.bytedeco.javacpp.Pointer) null);
        if (LLVMGetTargetFromTriple(new BytePointer(TRIPLE), target, error) != 0) {
            throw new IllegalStateException("LLVM has no target for " + TRIPLE + ": " + error.getString());
        }
        return LLVMCreateTargetMachine(target, TRIPLE, CPU, "", level.codeGenLevel, LLVMRelocPIC, LLVMCodeModelDefault);
    }

    @Override
    public void close() {
        LLVMDisposeTargetMachine(machine);
    }
}
