package dev.kiln.codegen;

import static org.bytedeco.llvm.global.LLVM.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMMemoryBufferRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Machine-code generation on several threads. The whole program is generated and optimized as one module (so
 * inlining sees everything); the optimized module is then cut into a fixed number of partitions, each parsed into
 * an LLVM context of its own and turned into an object file by its own thread. Every function body lives in exactly
 * one partition, all data in the first; module-local symbols become hidden globals so the partitions link together.
 *
 * The partitions depend only on the module (never on the number of threads), so the objects — and the executable
 * linked from them — are byte-identical whatever the parallelism.
 */
public final class PartitionedEmission {
    /** Below this many instructions one partition is cheaper than splitting. */
    private static final long SPLIT_THRESHOLD = 4_000;
    static final int PARTITIONS = 4;

    private PartitionedEmission() {
    }

    /** Emits module (already optimized) into object files in dir, using up to threads threads. */
    public static List<Path> emit(LlvmModule m, NativeTarget target, Path dir, String baseName, int threads) {
        List<LLVMValueRef> bodies = new ArrayList<>();
        List<Long> sizes = new ArrayList<>();
        long total = 0;
        for (LLVMValueRef f = LLVMGetFirstFunction(m.module); f != null && !f.isNull(); f = LLVMGetNextFunction(f)) {
            if (LLVMIsDeclaration(f) == 0) {
                long n = instructions(f);
                bodies.add(f);
                sizes.add(n);
                total += n;
            }
        }
        int partitions = total < SPLIT_THRESHOLD ? 1 : PARTITIONS;
        if (partitions == 1) {
            Path object = dir.resolve(baseName + ".0.o");
            target.emitObject(m, object);
            return List.of(object);
        }
        int[] owner = assign(sizes, partitions);
        exposeLocalSymbols(m);
        List<String> names = new ArrayList<>();
        for (LLVMValueRef f : bodies) {
            names.add(LLVMGetValueName(f).getString());
        }
        byte[] bitcode = bitcode(m);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, partitions)));
        try {
            List<Future<Path>> results = new ArrayList<>();
            for (int p = 0; p < partitions; p++) {
                int partition = p;
                java.util.Set<String> mine = new java.util.HashSet<>();
                for (int i = 0; i < names.size(); i++) {
                    if (owner[i] == partition) {
                        mine.add(names.get(i));
                    }
                }
                Path object = dir.resolve(baseName + "." + p + ".o");
                results.add(pool.submit(() -> emitPartition(bitcode, mine, partition == 0, target, object)));
            }
            List<Path> objects = new ArrayList<>();
            for (Future<Path> f : results) {
                objects.add(f.get());
            }
            return objects;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while generating code", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private static long instructions(LLVMValueRef f) {
        long n = 0;
        for (var b = LLVMGetFirstBasicBlock(f); b != null && !b.isNull(); b = LLVMGetNextBasicBlock(b)) {
            for (var i = LLVMGetFirstInstruction(b); i != null && !i.isNull(); i = LLVMGetNextInstruction(i)) {
                n++;
            }
        }
        return n;
    }

    /** Functions in module order, each to the partition with the least work so far (deterministic). */
    private static int[] assign(List<Long> sizes, int partitions) {
        long[] load = new long[partitions];
        int[] owner = new int[sizes.size()];
        for (int i = 0; i < sizes.size(); i++) {
            int best = 0;
            for (int p = 1; p < partitions; p++) {
                if (load[p] < load[best]) {
                    best = p;
                }
            }
            owner[i] = best;
            load[best] += sizes.get(i) + 1;
        }
        return owner;
    }

    /** Local (internal, private) functions and globals become hidden globals with unique names, reachable across partitions. */
    private static void exposeLocalSymbols(LlvmModule m) {
        int anonymous = 0;
        for (LLVMValueRef f = LLVMGetFirstFunction(m.module); f != null && !f.isNull(); f = LLVMGetNextFunction(f)) {
            anonymous = expose(f, anonymous);
        }
        for (LLVMValueRef g = LLVMGetFirstGlobal(m.module); g != null && !g.isNull(); g = LLVMGetNextGlobal(g)) {
            anonymous = expose(g, anonymous);
        }
    }

    private static int expose(LLVMValueRef v, int anonymous) {
        int linkage = LLVMGetLinkage(v);
        if (linkage != LLVMInternalLinkage && linkage != LLVMPrivateLinkage) {
            return anonymous;
        }
        if (LLVMGetValueName(v).getString().isEmpty()) {
            LLVMSetValueName2(v, "kiln.local." + anonymous, ("kiln.local." + anonymous).length());
            anonymous++;
        }
        LLVMSetLinkage(v, LLVMExternalLinkage);
        LLVMSetVisibility(v, LLVMHiddenVisibility);
        return anonymous;
    }

    private static byte[] bitcode(LlvmModule m) {
        LLVMMemoryBufferRef buffer = LLVMWriteBitcodeToMemoryBuffer(m.module);
        try {
            BytePointer start = LLVMGetBufferStart(buffer);
            byte[] bytes = new byte[(int) LLVMGetBufferSize(buffer)];
            start.get(bytes);
            return bytes;
        } finally {
            LLVMDisposeMemoryBuffer(buffer);
        }
    }

    /** One partition: its own context, the module with every other body removed, its own object file. */
    private static Path emitPartition(byte[] bitcode, java.util.Set<String> bodies, boolean keepData, NativeTarget target, Path object) {
        LLVMContextRef context = LLVMContextCreate();
        try {
            BytePointer data = new BytePointer(bitcode.length);
            data.put(bitcode);
            LLVMMemoryBufferRef buffer = LLVMCreateMemoryBufferWithMemoryRangeCopy(data, bitcode.length, new BytePointer("partition"));
            PointerPointer<LLVMModuleRef> out = new PointerPointer<>(1);
            if (LLVMParseBitcodeInContext2(context, buffer, out) != 0) {
                throw new IllegalStateException("LLVM could not read back its own bitcode");
            }
            LLVMDisposeMemoryBuffer(buffer);
            LLVMModuleRef module = out.get(LLVMModuleRef.class, 0);
            for (LLVMValueRef f = LLVMGetFirstFunction(module); f != null && !f.isNull(); f = LLVMGetNextFunction(f)) {
                if (LLVMIsDeclaration(f) == 0 && !bodies.contains(LLVMGetValueName(f).getString())) {
                    dropBody(f);
                }
            }
            if (!keepData) {
                for (LLVMValueRef g = LLVMGetFirstGlobal(module); g != null && !g.isNull(); g = LLVMGetNextGlobal(g)) {
                    if (LLVMIsDeclaration(g) == 0) {
                        LLVMSetInitializer(g, null);
                        LLVMSetLinkage(g, LLVMExternalLinkage);
                    }
                }
            }
            target.emitObject(module, object);
            LLVMDisposeModule(module);
            return object;
        } finally {
            LLVMContextDispose(context);
        }
    }

    /**
     * Turns a definition into a declaration of the same symbol (its body is emitted by another partition). Nothing
     * may still use a block or an instruction when it is deleted (LLVM would free it and leave the user pointing at
     * freed memory, which corrupts the heap that the other partitions' threads share), so the instructions' values
     * are replaced by undef and the terminators, the only users of blocks, go first.
     */
    private static void dropBody(LLVMValueRef f) {
        for (var b = LLVMGetFirstBasicBlock(f); b != null && !b.isNull(); b = LLVMGetNextBasicBlock(b)) {
            for (var i = LLVMGetFirstInstruction(b); i != null && !i.isNull(); i = LLVMGetNextInstruction(i)) {
                LLVMTypeRef type = LLVMTypeOf(i);
                if (LLVMGetTypeKind(type) != LLVMVoidTypeKind) {
                    LLVMReplaceAllUsesWith(i, LLVMGetUndef(type));
                }
            }
        }
        for (var b = LLVMGetFirstBasicBlock(f); b != null && !b.isNull(); b = LLVMGetNextBasicBlock(b)) {
            LLVMValueRef terminator = LLVMGetBasicBlockTerminator(b);
            if (terminator != null && !terminator.isNull()) {
                LLVMInstructionEraseFromParent(terminator);
            }
        }
        for (var b = LLVMGetFirstBasicBlock(f); b != null && !b.isNull(); b = LLVMGetFirstBasicBlock(f)) {
            LLVMDeleteBasicBlock(b);
        }
        LLVMSetPersonalityFn(f, null);
        int linkage = LLVMGetLinkage(f);
        if (linkage != LLVMExternalLinkage && linkage != LLVMExternalWeakLinkage) {
            LLVMSetLinkage(f, LLVMExternalLinkage); // a weak_odr or linkonce body elsewhere is a plain reference here
        }
    }
}
