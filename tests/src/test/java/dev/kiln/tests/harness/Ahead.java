package dev.kiln.tests.harness;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Compiles and runs programs ahead of the dynamic tests that check the results, two at a time (the machine's two
 * cores; -Dkiln.test.threads=N changes it), so that a runner's tests are created at once and checked in order.
 */
public final class Ahead {
    private static final int THREADS = Integer.getInteger("kiln.test.threads", 2);
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    public <T> Future<T> submit(Callable<T> work) {
        return pool.submit(work);
    }

    /** Nothing more will be submitted: the threads end once the work already submitted is done. */
    public void noMore() {
        pool.shutdown();
    }
}
