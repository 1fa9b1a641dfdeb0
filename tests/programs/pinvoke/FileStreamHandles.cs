// expect-stdout-file: FileStreamHandles.out
// FileStream and SafeFileHandle: a descriptor opened with open(2) becomes a FileStream (which then owns and closes
// it), a FileStream's SafeFileHandle goes to read(2)/lseek(2) directly (pending writes flushed and read-ahead given
// back first, so the descriptor's offset is the stream's position, as .NET), and the handle is closed with the
// stream. Mono's SafeFileHandle holds Mono's own handles, not descriptors, hence the expected-output file.
// (Kiln's FileStream reads at the descriptor's offset where .NET 6+ uses pread at its own position, so native I/O
// on a stream's handle is left out.)
using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

static class FileStreamHandles
{
    [DllImport("libc", SetLastError = true)] static extern int open(string path, int flags, int mode);
    [DllImport("libc", SetLastError = true)] static extern IntPtr read(SafeFileHandle fd, byte[] buffer, UIntPtr count);
    [DllImport("libc", SetLastError = true)] static extern long lseek(SafeFileHandle fd, long offset, int whence);
    [DllImport("libc")] static extern int getpid();

    static void Main()
    {
        string path = Path.Combine(Path.GetTempPath(), "kiln-filestream-handles-" + getpid() + ".txt");
        File.WriteAllText(path, "0123456789abcdef");

        int fd = open(path, 2 /* O_RDWR */, 0);
        var handle = new SafeFileHandle((IntPtr)fd, true);
        Console.WriteLine("handle {0} {1}", handle.IsInvalid, handle.IsClosed);
        using (var stream = new FileStream(handle, FileAccess.ReadWrite))
        {
            byte[] four = new byte[4];
            Console.WriteLine("read {0} '{1}' position {2} seek {3}", stream.Read(four, 0, 4), Encoding.ASCII.GetString(four),
                stream.Position, stream.CanSeek);
            stream.Write(Encoding.ASCII.GetBytes("WXYZ"), 0, 4);
            Console.WriteLine("same handle {0}", stream.SafeFileHandle == handle);
            Console.WriteLine("offset {0}", lseek(stream.SafeFileHandle, 0, 1 /* SEEK_CUR */));
        }
        Console.WriteLine("closed with the stream {0}", handle.IsClosed);
        Console.WriteLine("content {0}", File.ReadAllText(path));

        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read))
        {
            stream.ReadByte();
            SafeFileHandle h = stream.SafeFileHandle;
            byte[] buffer = new byte[5];
            long n = (long)read(h, buffer, (UIntPtr)5u);
            Console.WriteLine("native read {0} '{1}' {2}", n, Encoding.ASCII.GetString(buffer), h.IsInvalid);
            stream.Dispose();
            Console.WriteLine("handle closed {0}", h.IsClosed);
        }

        try { new FileStream((SafeFileHandle)null, FileAccess.Read); }
        catch (ArgumentNullException e) { Console.WriteLine("null: " + e.ParamName); }
        try { new FileStream(new SafeFileHandle((IntPtr)(-1), true), FileAccess.Read); }
        catch (ArgumentException e) { Console.WriteLine("invalid: " + e.GetType().Name + " " + e.ParamName); }
        File.Delete(path);
    }
}
