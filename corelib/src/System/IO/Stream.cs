using System.Threading;
using System.Threading.Tasks;

namespace System.IO
{
    public enum SeekOrigin { Begin = 0, Current = 1, End = 2 }

    // The base of byte streams, as .NET Core's: the synchronous members are the contract, the asynchronous ones run
    // the synchronous ones and hand back completed tasks (Kiln has no thread pool to run them on), except CopyToAsync
    // which awaits ReadAsync/WriteAsync so that a subclass with truly asynchronous reads and writes is awaited.
    public abstract class Stream : IDisposable
    {
        public static readonly Stream Null = new NullStream();

        // .NET's default: the largest multiple of 4096 that stays out of the large object heap.
        private const int DefaultCopyBufferSize = 81920;

        public abstract bool CanRead { get; }
        public abstract bool CanSeek { get; }
        public abstract bool CanWrite { get; }
        public virtual bool CanTimeout { get { return false; } }
        public abstract long Length { get; }
        public abstract long Position { get; set; }

        public virtual int ReadTimeout
        {
            get { throw new InvalidOperationException("Timeouts are not supported on this stream."); }
            set { throw new InvalidOperationException("Timeouts are not supported on this stream."); }
        }

        public virtual int WriteTimeout
        {
            get { throw new InvalidOperationException("Timeouts are not supported on this stream."); }
            set { throw new InvalidOperationException("Timeouts are not supported on this stream."); }
        }

        public abstract int Read(byte[] buffer, int offset, int count);
        public abstract void Write(byte[] buffer, int offset, int count);
        public abstract long Seek(long offset, SeekOrigin origin);
        public abstract void SetLength(long value);
        public abstract void Flush();

        public virtual int ReadByte()
        {
            byte[] one = new byte[1];
            return Read(one, 0, 1) == 0 ? -1 : one[0];
        }

        public virtual void WriteByte(byte value) { Write(new byte[] { value }, 0, 1); }

        // Reads exactly count bytes or throws EndOfStreamException (.NET 7).
        public void ReadExactly(byte[] buffer, int offset, int count)
        {
            ValidateBufferArguments(buffer, offset, count);
            while (count > 0)
            {
                int n = Read(buffer, offset, count);
                if (n == 0) throw new EndOfStreamException("Unable to read beyond the end of the stream.");
                offset += n;
                count -= n;
            }
        }

        public void CopyTo(Stream destination) { CopyTo(destination, CopyBufferSize()); }

        public virtual void CopyTo(Stream destination, int bufferSize)
        {
            ValidateCopyToArguments(destination, bufferSize);
            EnsureReadableForCopy();
            byte[] buffer = new byte[bufferSize];
            int read;
            while ((read = Read(buffer, 0, buffer.Length)) != 0) destination.Write(buffer, 0, read);
        }

        // A seekable stream copies with a buffer no larger than what is left to read.
        private int CopyBufferSize()
        {
            int size = DefaultCopyBufferSize;
            if (CanSeek)
            {
                long length = Length, position = Position;
                if (length <= position) size = 1;
                else if (length - position < size) size = (int)(length - position);
            }
            return size;
        }

        private void EnsureReadableForCopy()
        {
            if (CanRead) return;
            if (CanWrite) throw new NotSupportedException("Stream does not support reading.");
            throw new ObjectDisposedException(null, "Cannot access a closed Stream.");
        }

        public virtual void Close()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        public void Dispose() { Close(); }

        protected virtual void Dispose(bool disposing) { }

        // ---- asynchronous members: completed tasks over the synchronous ones ----

        public Task<int> ReadAsync(byte[] buffer, int offset, int count) { return ReadAsync(buffer, offset, count, CancellationToken.None); }

        public virtual Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            ValidateBufferArguments(buffer, offset, count);
            if (cancellationToken.IsCancellationRequested) return Task.FromCanceled<int>(cancellationToken);
            try { return Task.FromResult(Read(buffer, offset, count)); }
            catch (Exception e) { return Task.FromException<int>(e); }
        }

        public Task WriteAsync(byte[] buffer, int offset, int count) { return WriteAsync(buffer, offset, count, CancellationToken.None); }

        public virtual Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            ValidateBufferArguments(buffer, offset, count);
            if (cancellationToken.IsCancellationRequested) return Task.FromCanceled(cancellationToken);
            try
            {
                Write(buffer, offset, count);
                return Task.CompletedTask;
            }
            catch (Exception e) { return Task.FromException(e); }
        }

        public Task FlushAsync() { return FlushAsync(CancellationToken.None); }

        public virtual Task FlushAsync(CancellationToken cancellationToken)
        {
            if (cancellationToken.IsCancellationRequested) return Task.FromCanceled(cancellationToken);
            try
            {
                Flush();
                return Task.CompletedTask;
            }
            catch (Exception e) { return Task.FromException(e); }
        }

        public Task CopyToAsync(Stream destination) { return CopyToAsync(destination, CopyBufferSize(), CancellationToken.None); }
        public Task CopyToAsync(Stream destination, int bufferSize) { return CopyToAsync(destination, bufferSize, CancellationToken.None); }
        public Task CopyToAsync(Stream destination, CancellationToken cancellationToken) { return CopyToAsync(destination, CopyBufferSize(), cancellationToken); }

        public virtual Task CopyToAsync(Stream destination, int bufferSize, CancellationToken cancellationToken)
        {
            ValidateCopyToArguments(destination, bufferSize);
            EnsureReadableForCopy();
            return CopyLoopAsync(destination, new byte[bufferSize], cancellationToken);
        }

        private async Task CopyLoopAsync(Stream destination, byte[] buffer, CancellationToken cancellationToken)
        {
            int read;
            while ((read = await ReadAsync(buffer, 0, buffer.Length, cancellationToken).ConfigureAwait(false)) != 0)
                await destination.WriteAsync(buffer, 0, read, cancellationToken).ConfigureAwait(false);
        }

        // ---- the asynchronous programming model: operations that complete before Begin* returns ----

        public virtual IAsyncResult BeginRead(byte[] buffer, int offset, int count, AsyncCallback callback, object state)
        {
            ValidateBufferArguments(buffer, offset, count);
            if (!CanRead) throw new NotSupportedException("Stream does not support reading.");
            var result = new CompletedAsyncResult(state, true);
            try { result.BytesRead = Read(buffer, offset, count); }
            catch (Exception e) { result.Error = e; }
            result.Complete(callback);
            return result;
        }

        public virtual int EndRead(IAsyncResult asyncResult) { return CompletedAsyncResult.End(asyncResult, true, "EndRead").BytesRead; }

        public virtual IAsyncResult BeginWrite(byte[] buffer, int offset, int count, AsyncCallback callback, object state)
        {
            ValidateBufferArguments(buffer, offset, count);
            if (!CanWrite) throw new NotSupportedException("Stream does not support writing.");
            var result = new CompletedAsyncResult(state, false);
            try { Write(buffer, offset, count); }
            catch (Exception e) { result.Error = e; }
            result.Complete(callback);
            return result;
        }

        public virtual void EndWrite(IAsyncResult asyncResult) { CompletedAsyncResult.End(asyncResult, false, "EndWrite"); }

        // The IAsyncResult of an operation that ran inside Begin*: complete, its wait handle signaled; End* rethrows
        // what the operation threw.
        private sealed class CompletedAsyncResult : IAsyncResult
        {
            private readonly object m_state;
            private readonly bool m_isRead;
            private bool m_ended;
            internal int BytesRead;
            internal Exception Error;

            internal CompletedAsyncResult(object state, bool isRead)
            {
                m_state = state;
                m_isRead = isRead;
            }

            public object AsyncState { get { return m_state; } }
            public WaitHandle AsyncWaitHandle { get { return SignaledWaitHandle.Instance; } }
            public bool CompletedSynchronously { get { return true; } }
            public bool IsCompleted { get { return true; } }

            internal void Complete(AsyncCallback callback) { if (callback != null) callback(this); }

            internal static CompletedAsyncResult End(IAsyncResult asyncResult, bool isRead, string method)
            {
                if (asyncResult == null) throw new ArgumentNullException("asyncResult");
                CompletedAsyncResult result = asyncResult as CompletedAsyncResult;
                if (result == null || result.m_isRead != isRead) throw new ArgumentException("Either the IAsyncResult object did not come from the corresponding async method on this type, or the End method was called multiple times with the same IAsyncResult.", "asyncResult");
                if (result.m_ended) throw new InvalidOperationException(method + " can only be called once for each asynchronous operation.");
                result.m_ended = true;
                if (result.Error != null) throw result.Error;
                return result;
            }
        }

        // The handle of an operation that has already completed: waiting on it returns at once.
        private sealed class SignaledWaitHandle : WaitHandle
        {
            internal static readonly SignaledWaitHandle Instance = new SignaledWaitHandle();
            internal override bool IsAvailable { get { return true; } }
        }

        // ---- the argument checks .NET exposes to subclasses ----

        protected static void ValidateBufferArguments(byte[] buffer, int offset, int count)
        {
            if (buffer == null) throw new ArgumentNullException("buffer");
            if (offset < 0) throw new ArgumentOutOfRangeException("offset", "Non-negative number required.");
            if ((uint)count > buffer.Length - offset)
                throw new ArgumentOutOfRangeException("count", "Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
        }

        protected static void ValidateCopyToArguments(Stream destination, int bufferSize)
        {
            if (destination == null) throw new ArgumentNullException("destination");
            if (bufferSize <= 0) throw new ArgumentOutOfRangeException("bufferSize", "Positive number required.");
            if (destination.CanWrite) return;
            if (destination.CanRead) throw new NotSupportedException("Stream does not support writing.");
            throw new ObjectDisposedException(null, "Cannot access a closed Stream.");
        }

        // Stream.Null: every read is at the end, every write is dropped.
        private sealed class NullStream : Stream
        {
            public override bool CanRead { get { return true; } }
            public override bool CanSeek { get { return true; } }
            public override bool CanWrite { get { return true; } }
            public override long Length { get { return 0; } }
            public override long Position { get { return 0; } set { } }
            public override int Read(byte[] buffer, int offset, int count) { ValidateBufferArguments(buffer, offset, count); return 0; }
            public override int ReadByte() { return -1; }
            public override void Write(byte[] buffer, int offset, int count) { ValidateBufferArguments(buffer, offset, count); }
            public override void WriteByte(byte value) { }
            public override long Seek(long offset, SeekOrigin origin) { return 0; }
            public override void SetLength(long value) { }
            public override void Flush() { }
            public override void CopyTo(Stream destination, int bufferSize) { ValidateCopyToArguments(destination, bufferSize); }
            protected override void Dispose(bool disposing) { }
        }
    }
}
