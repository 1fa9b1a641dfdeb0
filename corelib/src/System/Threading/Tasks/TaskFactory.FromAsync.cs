namespace System.Threading.Tasks
{
    // TaskFactory.FromAsync: a task over the asynchronous programming model's Begin*/End* pair or over an
    // IAsyncResult. The overloads only curry the Begin method's arguments; FromAsyncAdapter does the work.
    public partial class TaskFactory
    {
        public Task FromAsync(IAsyncResult asyncResult, Action<IAsyncResult> endMethod) { return FromAsync(asyncResult, endMethod, m_creationOptions, SchedulerOrCurrent); }

        public Task FromAsync(IAsyncResult asyncResult, Action<IAsyncResult> endMethod, TaskCreationOptions creationOptions) { return FromAsync(asyncResult, endMethod, creationOptions, SchedulerOrCurrent); }

        public Task FromAsync(IAsyncResult asyncResult, Action<IAsyncResult> endMethod, TaskCreationOptions creationOptions, TaskScheduler scheduler)
        {
            if (endMethod == null) throw new ArgumentNullException("endMethod");
            return FromAsyncAdapter.FromResult(asyncResult, new Task(() => endMethod(asyncResult), creationOptions), scheduler);
        }

        public Task<TResult> FromAsync<TResult>(IAsyncResult asyncResult, Func<IAsyncResult, TResult> endMethod) { return FromAsync(asyncResult, endMethod, m_creationOptions, SchedulerOrCurrent); }

        public Task<TResult> FromAsync<TResult>(IAsyncResult asyncResult, Func<IAsyncResult, TResult> endMethod, TaskCreationOptions creationOptions) { return FromAsync(asyncResult, endMethod, creationOptions, SchedulerOrCurrent); }

        public Task<TResult> FromAsync<TResult>(IAsyncResult asyncResult, Func<IAsyncResult, TResult> endMethod, TaskCreationOptions creationOptions, TaskScheduler scheduler)
        {
            return TaskFactory<TResult>.FromIAsyncResult(asyncResult, endMethod, creationOptions, scheduler);
        }

        public Task FromAsync(Func<AsyncCallback, object, IAsyncResult> beginMethod, Action<IAsyncResult> endMethod, object state) { return FromAsync(beginMethod, endMethod, state, m_creationOptions); }

        public Task FromAsync(Func<AsyncCallback, object, IAsyncResult> beginMethod, Action<IAsyncResult> endMethod, object state, TaskCreationOptions creationOptions)
        {
            if (beginMethod == null) throw new ArgumentNullException("beginMethod");
            return FromAsyncAdapter.FromBeginEnd(beginMethod, endMethod, state, creationOptions);
        }

        public Task FromAsync<TArg1>(Func<TArg1, AsyncCallback, object, IAsyncResult> beginMethod, Action<IAsyncResult> endMethod, TArg1 arg1, object state) { return FromAsync(beginMethod, endMethod, arg1, state, m_creationOptions); }

        public Task FromAsync<TArg1>(Func<TArg1, AsyncCallback, object, IAsyncResult> beginMethod, Action<IAsyncResult> endMethod, TArg1 arg1, object state, TaskCreationOptions creationOptions)
        {
            if (beginMethod == null) throw new ArgumentNullException("beginMethod");
            return FromAsyncAdapter.FromBeginEnd((callback, st) => beginMethod(arg1, callback, st), endMethod, state, creationOptions);
        }

        public Task FromAsync<TArg1, TArg2>(Func<TArg1, TArg2, AsyncCallback, object, IAsyncResult> beginMethod, Action<IAsyncResult> endMethod, TArg1 arg1, TArg2 arg2, object state) { return FromAsync(beginMethod, endMethod, arg1, arg2, state, m_creationOptions); }

        public Task FromAsync<TArg1, TArg2>(Func<TArg1, TArg2, AsyncCallback, object, IAsyncResult> beginMethod, Action<IAsyncResult> endMethod, TArg1 arg1, TArg2 arg2, object state, TaskCreationOptions creationOptions)
        {
            if (beginMethod == null) throw new ArgumentNullException("beginMethod");
            return FromAsyncAdapter.FromBeginEnd((callback, st) => beginMethod(arg1, arg2, callback, st), endMethod, state, creationOptions);
        }

        public Task FromAsync<TArg1, TArg2, TArg3>(Func<TArg1, TArg2, TArg3, AsyncCallback, object, IAsyncResult> beginMethod, Action<IAsyncResult> endMethod, TArg1 arg1, TArg2 arg2, TArg3 arg3, object state) { return FromAsync(beginMethod, endMethod, arg1, arg2, arg3, state, m_creationOptions); }

        public Task FromAsync<TArg1, TArg2, TArg3>(Func<TArg1, TArg2, TArg3, AsyncCallback, object, IAsyncResult> beginMethod, Action<IAsyncResult> endMethod, TArg1 arg1, TArg2 arg2, TArg3 arg3, object state, TaskCreationOptions creationOptions)
        {
            if (beginMethod == null) throw new ArgumentNullException("beginMethod");
            return FromAsyncAdapter.FromBeginEnd((callback, st) => beginMethod(arg1, arg2, arg3, callback, st), endMethod, state, creationOptions);
        }

        public Task<TResult> FromAsync<TResult>(Func<AsyncCallback, object, IAsyncResult> beginMethod, Func<IAsyncResult, TResult> endMethod, object state) { return FromAsync(beginMethod, endMethod, state, m_creationOptions); }

        public Task<TResult> FromAsync<TResult>(Func<AsyncCallback, object, IAsyncResult> beginMethod, Func<IAsyncResult, TResult> endMethod, object state, TaskCreationOptions creationOptions)
        {
            return TaskFactory<TResult>.FromBeginEnd(beginMethod, endMethod, state, creationOptions);
        }

        public Task<TResult> FromAsync<TArg1, TResult>(Func<TArg1, AsyncCallback, object, IAsyncResult> beginMethod, Func<IAsyncResult, TResult> endMethod, TArg1 arg1, object state) { return FromAsync(beginMethod, endMethod, arg1, state, m_creationOptions); }

        public Task<TResult> FromAsync<TArg1, TResult>(Func<TArg1, AsyncCallback, object, IAsyncResult> beginMethod, Func<IAsyncResult, TResult> endMethod, TArg1 arg1, object state, TaskCreationOptions creationOptions)
        {
            if (beginMethod == null) throw new ArgumentNullException("beginMethod");
            return TaskFactory<TResult>.FromBeginEnd((callback, st) => beginMethod(arg1, callback, st), endMethod, state, creationOptions);
        }

        public Task<TResult> FromAsync<TArg1, TArg2, TResult>(Func<TArg1, TArg2, AsyncCallback, object, IAsyncResult> beginMethod, Func<IAsyncResult, TResult> endMethod, TArg1 arg1, TArg2 arg2, object state) { return FromAsync(beginMethod, endMethod, arg1, arg2, state, m_creationOptions); }

        public Task<TResult> FromAsync<TArg1, TArg2, TResult>(Func<TArg1, TArg2, AsyncCallback, object, IAsyncResult> beginMethod, Func<IAsyncResult, TResult> endMethod, TArg1 arg1, TArg2 arg2, object state, TaskCreationOptions creationOptions)
        {
            if (beginMethod == null) throw new ArgumentNullException("beginMethod");
            return TaskFactory<TResult>.FromBeginEnd((callback, st) => beginMethod(arg1, arg2, callback, st), endMethod, state, creationOptions);
        }

        public Task<TResult> FromAsync<TArg1, TArg2, TArg3, TResult>(Func<TArg1, TArg2, TArg3, AsyncCallback, object, IAsyncResult> beginMethod, Func<IAsyncResult, TResult> endMethod, TArg1 arg1, TArg2 arg2, TArg3 arg3, object state) { return FromAsync(beginMethod, endMethod, arg1, arg2, arg3, state, m_creationOptions); }

        public Task<TResult> FromAsync<TArg1, TArg2, TArg3, TResult>(Func<TArg1, TArg2, TArg3, AsyncCallback, object, IAsyncResult> beginMethod, Func<IAsyncResult, TResult> endMethod, TArg1 arg1, TArg2 arg2, TArg3 arg3, object state, TaskCreationOptions creationOptions)
        {
            if (beginMethod == null) throw new ArgumentNullException("beginMethod");
            return TaskFactory<TResult>.FromBeginEnd((callback, st) => beginMethod(arg1, arg2, arg3, callback, st), endMethod, state, creationOptions);
        }
    }

    public partial class TaskFactory<TResult>
    {
        public Task<TResult> FromAsync(IAsyncResult asyncResult, Func<IAsyncResult, TResult> endMethod) { return FromIAsyncResult(asyncResult, endMethod, m_creationOptions, m_scheduler ?? TaskScheduler.Current); }

        public Task<TResult> FromAsync(IAsyncResult asyncResult, Func<IAsyncResult, TResult> endMethod, TaskCreationOptions creationOptions) { return FromIAsyncResult(asyncResult, endMethod, creationOptions, m_scheduler ?? TaskScheduler.Current); }

        public Task<TResult> FromAsync(IAsyncResult asyncResult, Func<IAsyncResult, TResult> endMethod, TaskCreationOptions creationOptions, TaskScheduler scheduler) { return FromIAsyncResult(asyncResult, endMethod, creationOptions, scheduler); }

        public Task<TResult> FromAsync(Func<AsyncCallback, object, IAsyncResult> beginMethod, Func<IAsyncResult, TResult> endMethod, object state) { return FromBeginEnd(beginMethod, endMethod, state, m_creationOptions); }

        public Task<TResult> FromAsync(Func<AsyncCallback, object, IAsyncResult> beginMethod, Func<IAsyncResult, TResult> endMethod, object state, TaskCreationOptions creationOptions) { return FromBeginEnd(beginMethod, endMethod, state, creationOptions); }

        public Task<TResult> FromAsync<TArg1>(Func<TArg1, AsyncCallback, object, IAsyncResult> beginMethod, Func<IAsyncResult, TResult> endMethod, TArg1 arg1, object state) { return Task.Factory.FromAsync(beginMethod, endMethod, arg1, state, m_creationOptions); }

        public Task<TResult> FromAsync<TArg1>(Func<TArg1, AsyncCallback, object, IAsyncResult> beginMethod, Func<IAsyncResult, TResult> endMethod, TArg1 arg1, object state, TaskCreationOptions creationOptions) { return Task.Factory.FromAsync(beginMethod, endMethod, arg1, state, creationOptions); }

        public Task<TResult> FromAsync<TArg1, TArg2>(Func<TArg1, TArg2, AsyncCallback, object, IAsyncResult> beginMethod, Func<IAsyncResult, TResult> endMethod, TArg1 arg1, TArg2 arg2, object state) { return Task.Factory.FromAsync(beginMethod, endMethod, arg1, arg2, state, m_creationOptions); }

        public Task<TResult> FromAsync<TArg1, TArg2>(Func<TArg1, TArg2, AsyncCallback, object, IAsyncResult> beginMethod, Func<IAsyncResult, TResult> endMethod, TArg1 arg1, TArg2 arg2, object state, TaskCreationOptions creationOptions) { return Task.Factory.FromAsync(beginMethod, endMethod, arg1, arg2, state, creationOptions); }

        public Task<TResult> FromAsync<TArg1, TArg2, TArg3>(Func<TArg1, TArg2, TArg3, AsyncCallback, object, IAsyncResult> beginMethod, Func<IAsyncResult, TResult> endMethod, TArg1 arg1, TArg2 arg2, TArg3 arg3, object state) { return Task.Factory.FromAsync(beginMethod, endMethod, arg1, arg2, arg3, state, m_creationOptions); }

        public Task<TResult> FromAsync<TArg1, TArg2, TArg3>(Func<TArg1, TArg2, TArg3, AsyncCallback, object, IAsyncResult> beginMethod, Func<IAsyncResult, TResult> endMethod, TArg1 arg1, TArg2 arg2, TArg3 arg3, object state, TaskCreationOptions creationOptions) { return Task.Factory.FromAsync(beginMethod, endMethod, arg1, arg2, arg3, state, creationOptions); }

        internal static Task<TResult> FromIAsyncResult(IAsyncResult asyncResult, Func<IAsyncResult, TResult> endMethod, TaskCreationOptions creationOptions, TaskScheduler scheduler)
        {
            if (endMethod == null) throw new ArgumentNullException("endMethod");
            Task<TResult> task = new Task<TResult>(() => endMethod(asyncResult), creationOptions);
            FromAsyncAdapter.FromResult(asyncResult, task, scheduler);
            return task;
        }

        // The Begin/End pair with a result: End's value or exception completes the promise.
        internal static Task<TResult> FromBeginEnd(Func<AsyncCallback, object, IAsyncResult> beginMethod, Func<IAsyncResult, TResult> endMethod, object state, TaskCreationOptions creationOptions)
        {
            if (beginMethod == null) throw new ArgumentNullException("beginMethod");
            if (endMethod == null) throw new ArgumentNullException("endMethod");
            FromAsyncAdapter.CheckOptions(creationOptions);
            Task<TResult> promise = new Task<TResult>(creationOptions);
            promise.SetAsyncState(state);
            AsyncCallback callback = delegate(IAsyncResult ar) { if (!ar.CompletedSynchronously) End(promise, endMethod, ar); };
            IAsyncResult result;
            try
            {
                result = beginMethod(callback, state);
            }
            catch
            {
                promise.TrySetResult(default(TResult)); // as .NET: the task does not stay pending when Begin throws
                throw;
            }
            if (result != null && result.CompletedSynchronously) End(promise, endMethod, result);
            return promise;
        }

        private static void End(Task<TResult> promise, Func<IAsyncResult, TResult> endMethod, IAsyncResult result)
        {
            TResult value;
            try
            {
                value = endMethod(result);
            }
            catch (Exception e)
            {
                promise.TrySetException(e);
                return;
            }
            promise.TrySetResult(value);
        }
    }

    // What the FromAsync overloads share. A Begin method's callback completes the task on the thread the operation
    // finished on, or, when Begin completed synchronously, on the caller's thread after Begin returned (so End never
    // runs inside Begin). A task over a bare IAsyncResult runs End on the scheduler once the operation completed.
    internal static class FromAsyncAdapter
    {
        internal static void CheckOptions(TaskCreationOptions options)
        {
            const TaskCreationOptions allowed = TaskCreationOptions.AttachedToParent | TaskCreationOptions.PreferFairness;
            if ((options & ~allowed) != 0) throw new ArgumentOutOfRangeException("creationOptions");
        }

        internal static Task FromBeginEnd(Func<AsyncCallback, object, IAsyncResult> beginMethod, Action<IAsyncResult> endMethod, object state, TaskCreationOptions creationOptions)
        {
            if (endMethod == null) throw new ArgumentNullException("endMethod");
            CheckOptions(creationOptions);
            Task promise = new Task(creationOptions);
            promise.SetAsyncState(state);
            AsyncCallback callback = delegate(IAsyncResult ar) { if (!ar.CompletedSynchronously) End(promise, endMethod, ar); };
            IAsyncResult result;
            try
            {
                result = beginMethod(callback, state);
            }
            catch
            {
                promise.TrySetCompleted(); // as .NET: the task does not stay pending when Begin throws
                throw;
            }
            if (result != null && result.CompletedSynchronously) End(promise, endMethod, result);
            return promise;
        }

        private static void End(Task promise, Action<IAsyncResult> endMethod, IAsyncResult result)
        {
            try
            {
                endMethod(result);
            }
            catch (Exception e)
            {
                promise.TrySetException(e);
                return;
            }
            promise.TrySetCompleted();
        }

        // task's delegate calls End: run at once when the operation is already complete, else once its wait handle
        // is signaled (a task's own completion, without blocking anything, when the IAsyncResult is a Task).
        internal static Task FromResult(IAsyncResult asyncResult, Task task, TaskScheduler scheduler)
        {
            if (asyncResult == null) throw new ArgumentNullException("asyncResult");
            if (scheduler == null) throw new ArgumentNullException("scheduler");
            CheckOptions(task.CreationOptions);
            if (asyncResult.IsCompleted)
            {
                task.RunSynchronously(scheduler);
                return task;
            }
            Task operation = asyncResult as Task;
            if (operation != null)
            {
                operation.ContinueWith(_ => task.Start(scheduler), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                return task;
            }
            // The pool's gate thread adds a worker when blocked ones hold up queued work (.NET waits on its own wait
            // thread instead).
            ThreadPool.UnsafeQueueUserWorkItem(delegate
            {
                asyncResult.AsyncWaitHandle.WaitOne();
                task.Start(scheduler);
            }, null);
            return task;
        }
    }
}
