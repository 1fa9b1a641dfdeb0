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
 * its own (PartitionPipeline), or takes them from the cache; with more than one thread, the first partitions are
 * compiled while the others are still being cut.
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

    private static Outcome finish(List<PartitionPipeline.Result> results, PartitionCache cache, long splitMillis) {
        List<PartitionPipeline.Result> ordered = new ArrayList<>(results);
        ordered.sort(java.util.Comparator.comparingInt(PartitionPipeline.Result::index));
        cache.trim();
        List<Path> objects = new ArrayList<>();
        for (PartitionPipeline.Result r : ordered) {
            objects.add(r.object());
        }
        return new Outcome(objects, List.copyOf(ordered), splitMillis);
    }

    /**
     * Optimizes module and emits it into object files in dir, using up to threads threads; groupOf names the group
     * of a function symbol whose members should share a partition (PartitionPlan). The module is consumed.
     */
    public static Outcome emit(LLVMModuleRef module, java.util.function.Function<String, String> groupOf, NativeTarget target, PartitionCache cache,
                               Path dir, String baseName, int threads) {
        long start = System.nanoTime();
        FunctionFacts facts = FunctionFacts.of(module);
        PartitionPlan plan = PartitionPlan.of(facts, groupOf);
        if (threads <= 1) {
            // one thread: cut every partition, then compile them in order
            List<ModuleSplitter.Part> parts = new ArrayList<>();
            ModuleSplitter.split(module, facts, plan, parts::add);
            long splitMillis = (System.nanoTime() - start) / 1_000_000;
            List<PartitionPipeline.Result> results = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                ModuleSplitter.Part part = parts.set(i, null); // the bitcode is garbage once compiled
                results.add(PartitionPipeline.run(part, target, cache, dir.resolve(baseName + "." + part.index() + ".o")));
            }
            return finish(results, cache, splitMillis);
        }
        // several: the pool compiles each partition while this thread cuts the next
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, plan.partitions()));
        try {
            List<Future<PartitionPipeline.Result>> futures = new ArrayList<>();
            ModuleSplitter.split(module, facts, plan, part -> {
                Path object = dir.resolve(baseName + "." + part.index() + ".o");
                futures.add(pool.submit(() -> PartitionPipeline.run(part, target, cache, object)));
            });
            long splitMillis = (System.nanoTime() - start) / 1_000_000;
            List<PartitionPipeline.Result> results = new ArrayList<>();
            for (Future<PartitionPipeline.Result> f : futures) {
                results.add(f.get());
            }
            return finish(results, cache, splitMillis);
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
