using System;
using System.IO;

// Stream's asynchronous programming model (BeginRead/EndRead, BeginWrite/EndWrite): on Kiln the operation runs
// inside Begin*, and End* returns its result or rethrows its exception.
class StreamBeginEnd
{
    static void Main()
    {
        var ms = new MemoryStream();
        byte[] data = { 1, 2, 3, 4, 5, 6 };
        // (Mono runs the callback on a pool thread, possibly after EndWrite returns: what it sees is not printed)
        IAsyncResult write = ms.BeginWrite(data, 0, 6, ar => { }, "write-state");
        write.AsyncWaitHandle.WaitOne();
        ms.EndWrite(write);
        Console.WriteLine("written " + ms.Length + " completed " + write.IsCompleted + " state " + write.AsyncState);

        ms.Position = 1;
        byte[] buffer = new byte[10];
        IAsyncResult read = ms.BeginRead(buffer, 2, 4, null, 42);
        int n = ms.EndRead(read);
        Console.WriteLine("read " + n + " " + buffer[2] + buffer[3] + buffer[4] + buffer[5] + " state " + read.AsyncState + " completed " + read.IsCompleted);
        Console.WriteLine("at end " + ms.EndRead(ms.BeginRead(buffer, 0, 10, null, null)));

        try { new MemoryStream(new byte[2], false).BeginWrite(data, 0, 1, null, null); } catch (NotSupportedException) { Console.WriteLine("read-only: NotSupportedException"); }
        try { ms.EndRead(null); } catch (ArgumentNullException e) { Console.WriteLine("EndRead(null): " + e.ParamName); }

        var closed = new MemoryStream(new byte[3]);
        IAsyncResult pending = closed.BeginRead(buffer, 0, 3, null, null);
        Console.WriteLine("read before close " + closed.EndRead(pending));
    }
}
