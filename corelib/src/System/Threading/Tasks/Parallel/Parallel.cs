using System.Collections.Concurrent;
using System.Collections.Generic;

namespace System.Threading.Tasks
{
    // Loops and invocations spread over the calling thread and tasks beside it (RangeLoop, SourceLoop, Workers).
    // Exceptions of the bodies end the loop and are thrown together in an AggregateException; cancellation through
    // the options' token ends it with an OperationCanceledException.
    public static class Parallel
    {
        // ---- For over ints ----

        public static ParallelLoopResult For(int fromInclusive, int toExclusive, Action<int> body)
        {
            return For(fromInclusive, toExclusive, ParallelWorkers.Default, body);
        }

        public static ParallelLoopResult For(int fromInclusive, int toExclusive, ParallelOptions parallelOptions, Action<int> body)
        {
            if (body == null) throw new ArgumentNullException("body");
            if (parallelOptions == null) throw new ArgumentNullException("parallelOptions");
            if (fromInclusive >= toExclusive) return new ParallelLoopResult(true, null);
            int workers;
            RangeLoop<object> loop = RangeLoop<object>.Create(fromInclusive, toExclusive, parallelOptions, out workers);
            loop.IntBody = body;
            return loop.Run(workers);
        }

        public static ParallelLoopResult For(int fromInclusive, int toExclusive, Action<int, ParallelLoopState> body)
        {
            return For(fromInclusive, toExclusive, ParallelWorkers.Default, body);
        }

        public static ParallelLoopResult For(int fromInclusive, int toExclusive, ParallelOptions parallelOptions, Action<int, ParallelLoopState> body)
        {
            if (body == null) throw new ArgumentNullException("body");
            if (parallelOptions == null) throw new ArgumentNullException("parallelOptions");
            if (fromInclusive >= toExclusive) return new ParallelLoopResult(true, null);
            int workers;
            RangeLoop<object> loop = RangeLoop<object>.Create(fromInclusive, toExclusive, parallelOptions, out workers);
            loop.IntStateBody = body;
            return loop.Run(workers);
        }

        public static ParallelLoopResult For<TLocal>(int fromInclusive, int toExclusive, Func<TLocal> localInit,
            Func<int, ParallelLoopState, TLocal, TLocal> body, Action<TLocal> localFinally)
        {
            return For(fromInclusive, toExclusive, ParallelWorkers.Default, localInit, body, localFinally);
        }

        public static ParallelLoopResult For<TLocal>(int fromInclusive, int toExclusive, ParallelOptions parallelOptions,
            Func<TLocal> localInit, Func<int, ParallelLoopState, TLocal, TLocal> body, Action<TLocal> localFinally)
        {
            if (body == null) throw new ArgumentNullException("body");
            if (localInit == null) throw new ArgumentNullException("localInit");
            if (localFinally == null) throw new ArgumentNullException("localFinally");
            if (parallelOptions == null) throw new ArgumentNullException("parallelOptions");
            if (fromInclusive >= toExclusive) return new ParallelLoopResult(true, null);
            int workers;
            RangeLoop<TLocal> loop = RangeLoop<TLocal>.Create(fromInclusive, toExclusive, parallelOptions, out workers);
            loop.IntLocalBody = body;
            loop.LocalInit = localInit;
            loop.LocalFinally = localFinally;
            return loop.Run(workers);
        }

        // ---- For over longs ----

        public static ParallelLoopResult For(long fromInclusive, long toExclusive, Action<long> body)
        {
            return For(fromInclusive, toExclusive, ParallelWorkers.Default, body);
        }

        public static ParallelLoopResult For(long fromInclusive, long toExclusive, ParallelOptions parallelOptions, Action<long> body)
        {
            if (body == null) throw new ArgumentNullException("body");
            return ForLong<object>(fromInclusive, toExclusive, parallelOptions, null, delegate (long i, ParallelLoopState s, object l) { body(i); return l; }, null);
        }

        public static ParallelLoopResult For(long fromInclusive, long toExclusive, Action<long, ParallelLoopState> body)
        {
            return For(fromInclusive, toExclusive, ParallelWorkers.Default, body);
        }

        public static ParallelLoopResult For(long fromInclusive, long toExclusive, ParallelOptions parallelOptions, Action<long, ParallelLoopState> body)
        {
            if (body == null) throw new ArgumentNullException("body");
            return ForLong<object>(fromInclusive, toExclusive, parallelOptions, null, delegate (long i, ParallelLoopState s, object l) { body(i, s); return l; }, null);
        }

        public static ParallelLoopResult For<TLocal>(long fromInclusive, long toExclusive, Func<TLocal> localInit,
            Func<long, ParallelLoopState, TLocal, TLocal> body, Action<TLocal> localFinally)
        {
            return For(fromInclusive, toExclusive, ParallelWorkers.Default, localInit, body, localFinally);
        }

        public static ParallelLoopResult For<TLocal>(long fromInclusive, long toExclusive, ParallelOptions parallelOptions,
            Func<TLocal> localInit, Func<long, ParallelLoopState, TLocal, TLocal> body, Action<TLocal> localFinally)
        {
            if (body == null) throw new ArgumentNullException("body");
            if (localInit == null) throw new ArgumentNullException("localInit");
            if (localFinally == null) throw new ArgumentNullException("localFinally");
            return ForLong(fromInclusive, toExclusive, parallelOptions, localInit, body, localFinally);
        }

        private static ParallelLoopResult ForLong<TLocal>(long fromInclusive, long toExclusive, ParallelOptions parallelOptions,
            Func<TLocal> localInit, Func<long, ParallelLoopState, TLocal, TLocal> body, Action<TLocal> localFinally)
        {
            if (parallelOptions == null) throw new ArgumentNullException("parallelOptions");
            if (fromInclusive >= toExclusive) return new ParallelLoopResult(true, null);
            int workers;
            RangeLoop<TLocal> loop = RangeLoop<TLocal>.Create(fromInclusive, toExclusive, parallelOptions, out workers);
            loop.LongLocalBody = body;
            loop.LocalInit = localInit;
            loop.LocalFinally = localFinally;
            return loop.Run(workers);
        }

        // ---- ForEach over enumerables ----

        public static ParallelLoopResult ForEach<TSource>(IEnumerable<TSource> source, Action<TSource> body)
        {
            return ForEach(source, ParallelWorkers.Default, body);
        }

        public static ParallelLoopResult ForEach<TSource>(IEnumerable<TSource> source, ParallelOptions parallelOptions, Action<TSource> body)
        {
            if (body == null) throw new ArgumentNullException("body");
            return ForEachCore<TSource, object>(source, parallelOptions, null, delegate (TSource x, ParallelLoopState s, long i, object l) { body(x); return l; }, null);
        }

        public static ParallelLoopResult ForEach<TSource>(IEnumerable<TSource> source, Action<TSource, ParallelLoopState> body)
        {
            return ForEach(source, ParallelWorkers.Default, body);
        }

        public static ParallelLoopResult ForEach<TSource>(IEnumerable<TSource> source, ParallelOptions parallelOptions, Action<TSource, ParallelLoopState> body)
        {
            if (body == null) throw new ArgumentNullException("body");
            return ForEachCore<TSource, object>(source, parallelOptions, null, delegate (TSource x, ParallelLoopState s, long i, object l) { body(x, s); return l; }, null);
        }

        public static ParallelLoopResult ForEach<TSource>(IEnumerable<TSource> source, Action<TSource, ParallelLoopState, long> body)
        {
            return ForEach(source, ParallelWorkers.Default, body);
        }

        public static ParallelLoopResult ForEach<TSource>(IEnumerable<TSource> source, ParallelOptions parallelOptions, Action<TSource, ParallelLoopState, long> body)
        {
            if (body == null) throw new ArgumentNullException("body");
            return ForEachCore<TSource, object>(source, parallelOptions, null, delegate (TSource x, ParallelLoopState s, long i, object l) { body(x, s, i); return l; }, null);
        }

        public static ParallelLoopResult ForEach<TSource, TLocal>(IEnumerable<TSource> source, Func<TLocal> localInit,
            Func<TSource, ParallelLoopState, TLocal, TLocal> body, Action<TLocal> localFinally)
        {
            return ForEach(source, ParallelWorkers.Default, localInit, body, localFinally);
        }

        public static ParallelLoopResult ForEach<TSource, TLocal>(IEnumerable<TSource> source, ParallelOptions parallelOptions,
            Func<TLocal> localInit, Func<TSource, ParallelLoopState, TLocal, TLocal> body, Action<TLocal> localFinally)
        {
            if (body == null) throw new ArgumentNullException("body");
            CheckLocals(localInit, localFinally);
            return ForEachCore(source, parallelOptions, localInit, delegate (TSource x, ParallelLoopState s, long i, TLocal l) { return body(x, s, l); }, localFinally);
        }

        public static ParallelLoopResult ForEach<TSource, TLocal>(IEnumerable<TSource> source, Func<TLocal> localInit,
            Func<TSource, ParallelLoopState, long, TLocal, TLocal> body, Action<TLocal> localFinally)
        {
            return ForEach(source, ParallelWorkers.Default, localInit, body, localFinally);
        }

        public static ParallelLoopResult ForEach<TSource, TLocal>(IEnumerable<TSource> source, ParallelOptions parallelOptions,
            Func<TLocal> localInit, Func<TSource, ParallelLoopState, long, TLocal, TLocal> body, Action<TLocal> localFinally)
        {
            if (body == null) throw new ArgumentNullException("body");
            CheckLocals(localInit, localFinally);
            return ForEachCore(source, parallelOptions, localInit, body, localFinally);
        }

        // A list is a range of indexes; any other enumerable is shared by the workers, one element at a time.
        private static ParallelLoopResult ForEachCore<TSource, TLocal>(IEnumerable<TSource> source, ParallelOptions parallelOptions,
            Func<TLocal> localInit, Func<TSource, ParallelLoopState, long, TLocal, TLocal> body, Action<TLocal> localFinally)
        {
            if (source == null) throw new ArgumentNullException("source");
            if (parallelOptions == null) throw new ArgumentNullException("parallelOptions");
            IList<TSource> list = source as IList<TSource>;
            if (list != null)
            {
                if (list.Count == 0)
                {
                    parallelOptions.CancellationToken.ThrowIfCancellationRequested();
                    return new ParallelLoopResult(true, null);
                }
                int workers;
                RangeLoop<TLocal> loop = RangeLoop<TLocal>.Create(0, list.Count, parallelOptions, out workers);
                loop.LongLocalBody = delegate (long i, ParallelLoopState s, TLocal l) { return body(list[(int)i], s, i, l); };
                loop.LocalInit = localInit;
                loop.LocalFinally = localFinally;
                return loop.Run(workers);
            }
            return RunSource(Partitioner.Create(source).GetOrderableDynamicPartitions(), null, parallelOptions, localInit, body, localFinally);
        }

        // ---- ForEach over partitioners ----

        public static ParallelLoopResult ForEach<TSource>(Partitioner<TSource> source, Action<TSource> body)
        {
            return ForEach(source, ParallelWorkers.Default, body);
        }

        public static ParallelLoopResult ForEach<TSource>(Partitioner<TSource> source, ParallelOptions parallelOptions, Action<TSource> body)
        {
            if (body == null) throw new ArgumentNullException("body");
            return ForEachPartitioner<TSource, object>(source, parallelOptions, null, delegate (TSource x, ParallelLoopState s, long i, object l) { body(x); return l; }, null);
        }

        public static ParallelLoopResult ForEach<TSource>(Partitioner<TSource> source, Action<TSource, ParallelLoopState> body)
        {
            return ForEach(source, ParallelWorkers.Default, body);
        }

        public static ParallelLoopResult ForEach<TSource>(Partitioner<TSource> source, ParallelOptions parallelOptions, Action<TSource, ParallelLoopState> body)
        {
            if (body == null) throw new ArgumentNullException("body");
            return ForEachPartitioner<TSource, object>(source, parallelOptions, null, delegate (TSource x, ParallelLoopState s, long i, object l) { body(x, s); return l; }, null);
        }

        public static ParallelLoopResult ForEach<TSource>(OrderablePartitioner<TSource> source, Action<TSource, ParallelLoopState, long> body)
        {
            return ForEach(source, ParallelWorkers.Default, body);
        }

        public static ParallelLoopResult ForEach<TSource>(OrderablePartitioner<TSource> source, ParallelOptions parallelOptions, Action<TSource, ParallelLoopState, long> body)
        {
            if (body == null) throw new ArgumentNullException("body");
            return ForEachPartitioner<TSource, object>(source, parallelOptions, null, delegate (TSource x, ParallelLoopState s, long i, object l) { body(x, s, i); return l; }, null);
        }

        public static ParallelLoopResult ForEach<TSource, TLocal>(Partitioner<TSource> source, Func<TLocal> localInit,
            Func<TSource, ParallelLoopState, TLocal, TLocal> body, Action<TLocal> localFinally)
        {
            return ForEach(source, ParallelWorkers.Default, localInit, body, localFinally);
        }

        public static ParallelLoopResult ForEach<TSource, TLocal>(Partitioner<TSource> source, ParallelOptions parallelOptions,
            Func<TLocal> localInit, Func<TSource, ParallelLoopState, TLocal, TLocal> body, Action<TLocal> localFinally)
        {
            if (body == null) throw new ArgumentNullException("body");
            CheckLocals(localInit, localFinally);
            return ForEachPartitioner(source, parallelOptions, localInit, delegate (TSource x, ParallelLoopState s, long i, TLocal l) { return body(x, s, l); }, localFinally);
        }

        public static ParallelLoopResult ForEach<TSource, TLocal>(OrderablePartitioner<TSource> source, Func<TLocal> localInit,
            Func<TSource, ParallelLoopState, long, TLocal, TLocal> body, Action<TLocal> localFinally)
        {
            return ForEach(source, ParallelWorkers.Default, localInit, body, localFinally);
        }

        public static ParallelLoopResult ForEach<TSource, TLocal>(OrderablePartitioner<TSource> source, ParallelOptions parallelOptions,
            Func<TLocal> localInit, Func<TSource, ParallelLoopState, long, TLocal, TLocal> body, Action<TLocal> localFinally)
        {
            if (body == null) throw new ArgumentNullException("body");
            CheckLocals(localInit, localFinally);
            return ForEachPartitioner(source, parallelOptions, localInit, body, localFinally);
        }

        // As .NET: the partitioner must hand out partitions on demand (dynamic), and an orderable one's keys must be
        // normalized (0, 1, 2, ...) for Break to mean something.
        private static ParallelLoopResult ForEachPartitioner<TSource, TLocal>(Partitioner<TSource> source, ParallelOptions parallelOptions,
            Func<TLocal> localInit, Func<TSource, ParallelLoopState, long, TLocal, TLocal> body, Action<TLocal> localFinally)
        {
            if (source == null) throw new ArgumentNullException("source");
            if (parallelOptions == null) throw new ArgumentNullException("parallelOptions");
            if (!source.SupportsDynamicPartitions) throw new InvalidOperationException("The Partitioner used here must support dynamic partitioning.");
            OrderablePartitioner<TSource> orderable = source as OrderablePartitioner<TSource>;
            if (orderable != null)
            {
                if (!orderable.KeysNormalized)
                    throw new InvalidOperationException("This method requires the use of an OrderedPartitioner with the KeysNormalized property set to true.");
                IEnumerable<KeyValuePair<long, TSource>> keyed = orderable.GetOrderableDynamicPartitions();
                if (keyed == null) throw new InvalidOperationException("The Partitioner used here returned a null partitioner source.");
                return RunSource(keyed, null, parallelOptions, localInit, body, localFinally);
            }
            IEnumerable<TSource> plain = source.GetDynamicPartitions();
            if (plain == null) throw new InvalidOperationException("The Partitioner used here returned a null partitioner source.");
            return RunSource(null, plain, parallelOptions, localInit, body, localFinally);
        }

        private static ParallelLoopResult RunSource<TSource, TLocal>(IEnumerable<KeyValuePair<long, TSource>> keyed, IEnumerable<TSource> plain,
            ParallelOptions parallelOptions, Func<TLocal> localInit, Func<TSource, ParallelLoopState, long, TLocal, TLocal> body, Action<TLocal> localFinally)
        {
            CancellationToken token = parallelOptions.CancellationToken;
            token.ThrowIfCancellationRequested();
            SourceLoop<TSource, TLocal> loop = new SourceLoop<TSource, TLocal>(new LoopControl(token), keyed, plain);
            loop.Body = body;
            loop.LocalInit = localInit;
            loop.LocalFinally = localFinally;
            return loop.Run(ParallelWorkers.Count(parallelOptions), ParallelWorkers.Scheduler(parallelOptions));
        }

        private static void CheckLocals(Delegate localInit, Delegate localFinally)
        {
            if (localInit == null) throw new ArgumentNullException("localInit");
            if (localFinally == null) throw new ArgumentNullException("localFinally");
        }

        // ---- Invoke ----

        public static void Invoke(params Action[] actions) { Invoke(ParallelWorkers.Default, actions); }

        // Every action runs, even when others throw; their exceptions come together, in the order of the actions.
        public static void Invoke(ParallelOptions parallelOptions, params Action[] actions)
        {
            if (actions == null) throw new ArgumentNullException("actions");
            if (parallelOptions == null) throw new ArgumentNullException("parallelOptions");
            Action[] copy = (Action[])actions.Clone();
            for (int i = 0; i < copy.Length; i++)
            {
                if (copy[i] == null) throw new ArgumentException("One of the actions was null.");
            }
            CancellationToken token = parallelOptions.CancellationToken;
            token.ThrowIfCancellationRequested();
            if (copy.Length == 0) return;
            new Invocation(copy, token).Run(Math.Min(copy.Length, ParallelWorkers.Count(parallelOptions)), ParallelWorkers.Scheduler(parallelOptions));
        }

        private sealed class Invocation
        {
            private readonly Action[] m_actions;
            private readonly Exception[] m_failures;
            private readonly CancellationToken m_token;
            private int m_next;

            internal Invocation(Action[] actions, CancellationToken token)
            {
                m_actions = actions;
                m_failures = new Exception[actions.Length];
                m_token = token;
            }

            internal void Run(int workers, TaskScheduler scheduler)
            {
                Workers.Run(workers, Work, scheduler);
                List<Exception> failures = new List<Exception>();
                foreach (Exception e in m_failures)
                {
                    if (e != null) failures.Add(e);
                }
                if (failures.Count > 0) throw new AggregateException(failures);
                m_token.ThrowIfCancellationRequested();
            }

            private void Work()
            {
                while (!m_token.IsCancellationRequested)
                {
                    int i = Interlocked.Increment(ref m_next) - 1;
                    if (i >= m_actions.Length) return;
                    try { m_actions[i](); }
                    catch (Exception e) { m_failures[i] = e; }
                }
            }
        }
    }
}
