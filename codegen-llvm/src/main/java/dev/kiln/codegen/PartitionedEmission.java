package dev.kiln.codegen;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;

/**
 * Optimization and machine-code generation on several threads. The unoptimized module is cut into partitions
 * (PartitionPlan, ModuleSplitter), and each thread optimizes and emits whole partitions, each in an LLVM context of
 * its own (PartitionPipeline), or takes them from the cache.
 *
 * The partitions depend only on the module (never on the number of threads), so the objects — and the executable
 * linked from them — are byte-identical whatever the parallelism, and whether or not they came from the cache.
 */
public final class PartitionedEmission {
    /** The object files in partition order, and what became of each partition. */
    public record Outcome(List<Path> objects, List<PartitionPipeline.Result> partitions, long splitMillis) {
        public int fromCache() {
            return (int) partitions.stream().filter(PartitionPipeline.Result::fromCache).count();
        }

        /** One line per partition, for --verbose. */
        public List<String> describe() {
            List<String> lines = new ArrayList<>();
            for (PartitionPipeline.Result r : partitions) {
                lines.add(String.format("partition %2d: %5d functions, %4d copies, %6d ms%s", r.index(), r.functions(),
                        r.copies(), r.millis(), r.fromCache() ? " (cache)" : ""));
            }
            return lines;
        }
    }

    private PartitionedEmission() {
    }

    /**
     * Optimizes module and emits it into object files in dir, using up to threads threads; groupOf names the group
     * of a function symbol whose members should share a partition (PartitionPlan). The module is consumed.
     */
    public static Outcome emit(LLVMModuleRef module, java.util.function.Function<String, String> groupOf, NativeTarget target, PartitionCache cache,
                               Path dir, String baseName, int threads) {
        long start = System.nanoTime();
        PartitionPlan plan = PartitionPlan.of(module, groupOf);
        List<ModuleSplitter.Part> parts = new ArrayList<>(ModuleSplitter.split(module, plan));
        long splitMillis = (System.nanoTime() - start) / 1_000_000;
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, parts.size())));
        try {
            List<Future<PartitionPipeline.Result>> futures = new ArrayList<>();
            // largest first, so that the last partition to start is a short one
            List<ModuleSplitter.Part> order = new ArrayList<>(parts);
            order.sort(java.util.Comparator.comparingInt((ModuleSplitter.Part p) -> -p.bitcode().length)
                    .thenComparingInt(ModuleSplitter.Part::index));
            for (int i = 0; i < order.size(); i++) {
                ModuleSplitter.Part part = order.get(i);
                Path object = dir.resolve(baseName + "." + part.index() + ".o");
                futures.add(pool.submit(() -> PartitionPipeline.run(part, target, cache, object)));
                order.set(i, null); // the pipeline holds the bitcode only while it runs
            }
            parts.clear();
            PartitionPipeline.Result[] results = new PartitionPipeline.Result[futures.size()];
            for (Future<PartitionPipeline.Result> f : futures) {
                PartitionPipeline.Result r = f.get();
                results[r.index()] = r;
            }
            cache.trim();
            List<Path> objects = new ArrayList<>();
            for (PartitionPipeline.Result r : results) {
                objects.add(r.object());
            }
            return new Outcome(objects, List.of(results), splitMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while generating code", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }
}
