using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

class StreamCopyAsync
{
    // A stream that hands out at most `chunk` bytes a read and suspends (Task.Yield) before every read and write,
    // so that CopyToAsync really has to await.
    class TrickleStream : Stream
    {
        private readonly byte[] m_data;
        private int m_position;
        private readonly int m_chunk;
        public int Reads, Writes;
        public readonly MemoryStream Written = new MemoryStream();

        public TrickleStream(byte[] data, int chunk) { m_data = data; m_chunk = chunk; }

        public override bool CanRead { get { return true; } }
        public override bool CanSeek { get { return false; } }
        public override bool CanWrite { get { return true; } }
        public override long Length { get { throw new NotSupportedException(); } }
        public override long Position { get { throw new NotSupportedException(); } set { throw new NotSupportedException(); } }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) { throw new NotSupportedException(); }
        public override void SetLength(long value) { throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = Math.Min(Math.Min(count, m_chunk), m_data.Length - m_position);
            Array.Copy(m_data, m_position, buffer, offset, n);
            m_position += n;
            Reads++;
            return n;
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Written.Write(buffer, offset, count);
            Writes++;
        }

        public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            return Read(buffer, offset, count);
        }

        public override async Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            await Task.Yield();
            Write(buffer, offset, count);
        }
    }

    static byte[] Data(int n)
    {
        byte[] data = new byte[n];
        for (int i = 0; i < n; i++) data[i] = (byte)(i * 13 + 1);
        return data;
    }

    static bool Same(byte[] a, byte[] b)
    {
        if (a.Length != b.Length) return false;
        for (int i = 0; i < a.Length; i++) if (a[i] != b[i]) return false;
        return true;
    }

    static async Task Run()
    {
        // MemoryStream to MemoryStream: the asynchronous members complete at once
        var source = new MemoryStream(Data(100000));
        var target = new MemoryStream();
        Task copy = source.CopyToAsync(target);
        await copy;
        Console.WriteLine("memory copy " + target.Length + " same " + Same(source.ToArray(), target.ToArray()) + " status " + copy.Status);

        byte[] buffer = new byte[10];
        source.Position = 99995;
        Task<int> read = source.ReadAsync(buffer, 0, 10);
        Console.WriteLine("ReadAsync " + read.IsCompleted + " " + await read + " then " + await source.ReadAsync(buffer, 0, 10));
        Task write = target.WriteAsync(new byte[] { 1, 2, 3 }, 0, 3);
        await write;
        await target.FlushAsync();
        Console.WriteLine("WriteAsync " + write.Status + " length " + target.Length);

        // a stream whose reads and writes suspend: the copy awaits every one of them
        var trickle = new TrickleStream(Data(1000), 64);
        var sink = new TrickleStream(new byte[0], 1);
        await trickle.CopyToAsync(sink, 100);
        Console.WriteLine("trickle copy reads " + trickle.Reads + " writes " + sink.Writes + " same " + Same(Data(1000), sink.Written.ToArray()));

        var fromTrickle = new TrickleStream(Data(300), 7);
        var collected = new MemoryStream();
        await fromTrickle.CopyToAsync(collected);
        Console.WriteLine("into memory " + collected.Length + " same " + Same(Data(300), collected.ToArray()));

        // cancellation and failures travel in the task
        var canceled = new CancellationTokenSource();
        canceled.Cancel();
        Task<int> canceledRead = new MemoryStream(Data(5)).ReadAsync(buffer, 0, 5, canceled.Token);
        Console.WriteLine("canceled read " + canceledRead.Status);
        try { await new TrickleStream(Data(50), 10).CopyToAsync(new MemoryStream(), 16, canceled.Token); }
        catch (OperationCanceledException) { Console.WriteLine("canceled copy: OperationCanceledException"); }

        var closed = new MemoryStream(Data(5));
        closed.Dispose();
        Task<int> closedRead = closed.ReadAsync(buffer, 0, 5);
        Console.WriteLine("read after dispose " + closedRead.Status);
        try { await closedRead; } catch (ObjectDisposedException) { Console.WriteLine("awaited: ObjectDisposedException"); }
        try { await new MemoryStream(new byte[4], false).WriteAsync(new byte[1], 0, 1); }
        catch (NotSupportedException) { Console.WriteLine("write to read-only: NotSupportedException"); }

        try { Task ignored = source.ReadAsync(null, 0, 1); } catch (ArgumentNullException e) { Console.WriteLine("null buffer thrown at once: " + e.ParamName); }
        try { Task ignored = source.CopyToAsync(null); } catch (ArgumentNullException e) { Console.WriteLine("null destination thrown at once: " + e.ParamName); }
        try { Task ignored = source.CopyToAsync(new MemoryStream(), 0); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("zero buffer thrown at once: " + e.ParamName); }

        await Stream.Null.CopyToAsync(new MemoryStream());
        Console.WriteLine("Stream.Null copies nothing: " + await Stream.Null.ReadAsync(buffer, 0, 10));
    }

    static void Main()
    {
        Run().GetAwaiter().GetResult();
        Console.WriteLine("done");
    }
}
