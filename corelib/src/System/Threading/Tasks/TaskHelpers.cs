using System.Runtime.CompilerServices;

namespace System.Threading.Tasks
{
    internal sealed class TaskUnwrapper<TResult>
    {
        private readonly Task<TResult> m_task;
        private readonly Func<Task<TResult>> m_function;
        private Task<TResult> m_inner;
        internal TaskUnwrapper(Task<TResult> task, Func<Task<TResult>> function) { m_task = task; m_function = function; }
        internal TaskUnwrapper(Task<TResult> task, Task<TResult> inner) { m_task = task; m_inner = inner; }

        internal void Run()
        {
            try
            {
                m_inner = m_function();
            }
            catch (Exception e)
            {
                m_task.TrySetException(e, false);
                return;
            }
            Follow();
        }

        internal void Follow()
        {
            if (m_inner == null)
            {
                m_task.TrySetCanceled();
                return;
            }
            m_inner.AddCompletionAction(new Action(InnerDone));
        }

        private void InnerDone()
        {
            if (m_inner.IsCompletedSuccessfully) m_task.TrySetResult(m_inner.m_result);
            else Task.CopyOutcome(m_inner, m_task);
        }
    }

    // Task<Task>.Unwrap(): a task that completes as the inner task does.
    public static class TaskExtensions
    {
        public static Task Unwrap(this Task<Task> task)
        {
            if (task == null) throw new ArgumentNullException("task");
            Task result = new Task();
            task.AddCompletionAction(new Action(new OuterDone(task, result).Run));
            return result;
        }

        public static Task<TResult> Unwrap<TResult>(this Task<Task<TResult>> task)
        {
            if (task == null) throw new ArgumentNullException("task");
            Task<TResult> result = new Task<TResult>();
            task.AddCompletionAction(new Action(new OuterDone<TResult>(task, result).Run));
            return result;
        }

        private sealed class OuterDone
        {
            private readonly Task<Task> m_outer;
            private readonly Task m_result;
            internal OuterDone(Task<Task> outer, Task result) { m_outer = outer; m_result = result; }

            internal void Run()
            {
                if (!m_outer.IsCompletedSuccessfully) Task.CopyOutcome(m_outer, m_result);
                else if (m_outer.m_result == null) m_result.TrySetCanceled();
                else m_outer.m_result.AddCompletionAction(new Action(InnerDone));
            }

            private void InnerDone() { Task.CopyOutcome(m_outer.m_result, m_result); }
        }

        private sealed class OuterDone<TResult>
        {
            private readonly Task<Task<TResult>> m_outer;
            private readonly Task<TResult> m_result;
            internal OuterDone(Task<Task<TResult>> outer, Task<TResult> result) { m_outer = outer; m_result = result; }

            internal void Run()
            {
                if (!m_outer.IsCompletedSuccessfully) Task.CopyOutcome(m_outer, m_result);
                else new TaskUnwrapper<TResult>(m_result, m_outer.m_result).Follow();
            }
        }
    }

    internal sealed class WhenAllCounter
    {
        private readonly Task m_all;
        private readonly Task[] m_tasks;
        private int m_remaining;
        internal WhenAllCounter(Task all, Task[] tasks) { m_all = all; m_tasks = tasks; m_remaining = tasks.Length; }

        internal void OneDone()
        {
            if (Interlocked.Decrement(ref m_remaining) != 0) return;
            if (!WhenAllOutcome.Failed(m_tasks, m_all)) m_all.TrySetCompleted();
        }
    }

    internal sealed class WhenAllCounter<TResult>
    {
        private readonly Task<TResult[]> m_all;
        private readonly Task<TResult>[] m_tasks;
        private int m_remaining;
        internal WhenAllCounter(Task<TResult[]> all, Task<TResult>[] tasks) { m_all = all; m_tasks = tasks; m_remaining = tasks.Length; }

        internal void OneDone()
        {
            if (Interlocked.Decrement(ref m_remaining) != 0) return;
            if (WhenAllOutcome.Failed(m_tasks, m_all)) return;
            TResult[] results = new TResult[m_tasks.Length];
            for (int i = 0; i < m_tasks.Length; i++) results[i] = m_tasks[i].m_result;
            m_all.TrySetResult(results);
        }
    }

    // How WhenAll ends when not every task succeeded: faulted with all their exceptions if any faulted, else
    // canceled with the first canceled task's exception.
    internal static class WhenAllOutcome
    {
        internal static bool Failed(Task[] tasks, Task all)
        {
            System.Collections.Generic.List<Exception> faults = null;
            Task canceled = null;
            for (int i = 0; i < tasks.Length; i++)
            {
                if (tasks[i].IsFaulted)
                {
                    if (faults == null) faults = new System.Collections.Generic.List<Exception>();
                    faults.AddRange(tasks[i].Exceptions());
                }
                else if (tasks[i].IsCanceled && canceled == null)
                {
                    canceled = tasks[i];
                }
            }
            if (faults != null) return all.TrySetExceptions(faults.ToArray()) || true;
            if (canceled != null) return all.TrySetException(canceled.m_exception, true) || true;
            return false;
        }
    }

    internal sealed class WhenAnyRunner
    {
        private readonly Task<Task> m_any;
        private readonly Task m_task;
        internal WhenAnyRunner(Task<Task> any, Task task) { m_any = any; m_task = task; }
        internal void Done() { m_any.TrySetResult(m_task); }
    }

    internal sealed class WhenAnyRunner<TResult>
    {
        private readonly Task<Task<TResult>> m_any;
        private readonly Task<TResult> m_task;
        internal WhenAnyRunner(Task<Task<TResult>> any, Task<TResult> task) { m_any = any; m_task = task; }
        internal void Done() { m_any.TrySetResult(m_task); }
    }

    public class TaskCompletionSource<TResult>
    {
        private readonly Task<TResult> m_task;

        public TaskCompletionSource() { m_task = new Task<TResult>(); }
        public TaskCompletionSource(object state) { m_task = new Task<TResult>(); m_task.SetAsyncState(state); }
        public TaskCompletionSource(TaskCreationOptions creationOptions) { m_task = new Task<TResult>(creationOptions); }
        public TaskCompletionSource(object state, TaskCreationOptions creationOptions) { m_task = new Task<TResult>(creationOptions); m_task.SetAsyncState(state); }

        public Task<TResult> Task { get { return m_task; } }

        public void SetResult(TResult result)
        {
            if (!m_task.TrySetResult(result)) throw new InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed.");
        }

        public bool TrySetResult(TResult result) { return m_task.TrySetResult(result); }

        public void SetException(Exception exception)
        {
            if (exception == null) throw new ArgumentNullException("exception");
            if (!m_task.TrySetException(exception, false)) throw new InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed.");
        }

        public bool TrySetException(Exception exception)
        {
            if (exception == null) throw new ArgumentNullException("exception");
            return m_task.TrySetException(exception, false);
        }

        public void SetException(System.Collections.Generic.IEnumerable<Exception> exceptions)
        {
            if (!TrySetException(exceptions)) throw new InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed.");
        }

        public bool TrySetException(System.Collections.Generic.IEnumerable<Exception> exceptions)
        {
            if (exceptions == null) throw new ArgumentNullException("exceptions");
            Exception[] list = new System.Collections.Generic.List<Exception>(exceptions).ToArray();
            if (list.Length == 0) throw new ArgumentException("The exceptions collection was empty.", "exceptions");
            for (int i = 0; i < list.Length; i++)
            {
                if (list[i] == null) throw new ArgumentException("The exceptions collection included at least one null element.", "exceptions");
            }
            return m_task.TrySetExceptions(list);
        }

        public void SetCanceled()
        {
            if (!m_task.TrySetCanceled()) throw new InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed.");
        }

        public bool TrySetCanceled() { return m_task.TrySetCanceled(); }

        public bool TrySetCanceled(CancellationToken cancellationToken)
        {
            return m_task.TrySetException(new TaskCanceledException(), true);
        }
    }

    public class TaskCompletionSource
    {
        private readonly Task m_task;

        public TaskCompletionSource() { m_task = new Task(); }
        public TaskCompletionSource(object state) { m_task = new Task(); m_task.SetAsyncState(state); }
        public TaskCompletionSource(TaskCreationOptions creationOptions) { m_task = new Task(creationOptions); }

        public Task Task { get { return m_task; } }

        public void SetResult()
        {
            if (!m_task.TrySetCompleted()) throw new InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed.");
        }

        public bool TrySetResult() { return m_task.TrySetCompleted(); }

        public void SetException(Exception exception)
        {
            if (!m_task.TrySetException(exception, false)) throw new InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed.");
        }

        public bool TrySetException(Exception exception) { return m_task.TrySetException(exception, false); }

        public void SetCanceled()
        {
            if (!m_task.TrySetCanceled()) throw new InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed.");
        }

        public bool TrySetCanceled() { return m_task.TrySetCanceled(); }
    }

}
