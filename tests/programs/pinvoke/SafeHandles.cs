// SafeHandle through P/Invoke: open(2) and fopen(3) return a SafeHandle subclass the stub creates (parameterless constructor)
// and fills; read/write/fstat take it as an argument (referenced for the call: Dispose waits for it); pipe(2)-like
// out parameters; Close and Dispose call ReleaseHandle exactly once; an invalid handle is never released;
// SetHandleAsInvalid; DangerousAddRef/DangerousRelease counting; a closed handle passed to native code throws
// ObjectDisposedException; SafeFileHandle from Microsoft.Win32.SafeHandles; HandleRef passes its handle.
using System;
using System.IO;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

class Descriptor : SafeHandleZeroOrMinusOneIsInvalid
{
    public static int Released;

    public Descriptor() : base(true) { }

    public Descriptor(int fd, bool owns) : base(owns) { SetHandle((IntPtr)fd); }

    public int Fd { get { return (int)DangerousGetHandle(); } }

    protected override bool ReleaseHandle()
    {
        Released++;
        return Native.close((int)handle) == 0;
    }
}

// A C stdio stream: FILE* is pointer-sized, so a failed fopen is a null, invalid handle.
class Stream : SafeHandleZeroOrMinusOneIsInvalid
{
    public static int Released;

    Stream() : base(true) { }

    protected override bool ReleaseHandle()
    {
        Released++;
        return Native.fclose(handle) == 0;
    }
}

static class Native
{
    public const int O_RDONLY = 0, O_WRONLY = 1, O_CREAT = 64, O_TRUNC = 512;

    [DllImport("libc", SetLastError = true)] public static extern Descriptor open(string path, int flags, int mode);
    [DllImport("libc", EntryPoint = "open", SetLastError = true)] public static extern SafeFileHandle OpenFile(string path, int flags, int mode);
    [DllImport("libc", SetLastError = true)] public static extern int close(int fd);
    [DllImport("libc", SetLastError = true)] public static extern IntPtr write(Descriptor fd, byte[] data, UIntPtr count);
    [DllImport("libc", SetLastError = true)] public static extern IntPtr read(SafeHandle fd, byte[] data, UIntPtr count);
    [DllImport("libc", EntryPoint = "read", SetLastError = true)] public static extern IntPtr ReadFile(SafeFileHandle fd, byte[] data, UIntPtr count);
    [DllImport("libc")] public static extern int fcntl(Descriptor fd, int command);
    [DllImport("libc")] public static extern int getpid();
    [DllImport("libc", SetLastError = true)] public static extern Stream fopen(string path, string mode);
    [DllImport("libc")] public static extern int fclose(IntPtr stream);
    [DllImport("libc")] public static extern int fgetc(Stream stream);
    [DllImport("libc", EntryPoint = "fgetc")] public static extern int FgetcByHandleRef(HandleRef stream);
    [DllImport("libc", EntryPoint = "dup")] public static extern Descriptor Dup(Descriptor fd);
}

static class SafeHandles
{
    static void Report(string what, Action action)
    {
        try { action(); Console.WriteLine(what + ": no exception"); }
        catch (Exception e) { Console.WriteLine(what + ": " + e.GetType().Name); }
    }

    static void Main()
    {
        string path = Path.Combine(Path.GetTempPath(), "kiln-safehandles-" + Native.getpid() + ".txt");
        using (Descriptor fd = Native.open(path, Native.O_WRONLY | Native.O_CREAT | Native.O_TRUNC, Convert.ToInt32("644", 8)))
        {
            Console.WriteLine("opened {0} {1} {2}", fd.GetType().Name, fd.IsInvalid, fd.IsClosed);
            byte[] data = System.Text.Encoding.UTF8.GetBytes("through a SafeHandle\n");
            Console.WriteLine("wrote {0}", (long)Native.write(fd, data, (UIntPtr)(uint)data.Length));
            Console.WriteLine("fcntl {0}", Native.fcntl(fd, 1) >= 0);
        }
        Console.WriteLine("released {0}", Descriptor.Released);

        Descriptor reader = Native.open(path, Native.O_RDONLY, 0);
        byte[] buffer = new byte[64];
        long n = (long)Native.read(reader, buffer, (UIntPtr)64u);
        Console.Write("read {0}: {1}", n, System.Text.Encoding.UTF8.GetString(buffer, 0, (int)n));
        reader.Close();
        reader.Close();
        reader.Dispose();
        Console.WriteLine("closed {0} released {1}", reader.IsClosed, Descriptor.Released);
        Report("read after close", () => Native.read(reader, buffer, (UIntPtr)64u));

        Stream stream = Native.fopen(path, "r");
        Console.WriteLine("fopen {0} first byte {1}", stream.IsInvalid, (char)Native.fgetc(stream));
        Console.WriteLine("HandleRef next byte {0}", (char)Native.FgetcByHandleRef(new HandleRef(stream, stream.DangerousGetHandle())));
        stream.Dispose();
        Console.WriteLine("stream released {0}", Stream.Released);
        Stream missing = Native.fopen("/nonexistent/kiln/file", "r");
        Console.WriteLine("missing invalid {0} errno {1}", missing.IsInvalid, Marshal.GetLastWin32Error());
        missing.Dispose();
        Console.WriteLine("invalid not released {0} closed {1}", Stream.Released, missing.IsClosed);

        // a reference taken by hand keeps the handle open through Dispose; the last release closes it
        Descriptor counted = Native.open(path, Native.O_RDONLY, 0);
        bool added = false;
        counted.DangerousAddRef(ref added);
        counted.Dispose();
        Console.WriteLine("added {0} after dispose: closed {1} released {2}", added, counted.IsClosed, Descriptor.Released);
        counted.DangerousRelease();
        Console.WriteLine("after release: closed {0} released {1}", counted.IsClosed, Descriptor.Released);
        Report("release again", () => counted.DangerousRelease());
        Report("add ref after close", () => { bool b = false; counted.DangerousAddRef(ref b); });

        Descriptor original = Native.open(path, Native.O_RDONLY, 0);
        Descriptor duplicate = Native.Dup(original);
        Console.WriteLine("dup distinct {0}", duplicate.Fd != original.Fd && !duplicate.IsInvalid);
        original.SetHandleAsInvalid();
        Console.WriteLine("set invalid: closed {0} invalid {1}", original.IsClosed, original.IsInvalid);
        int before = Descriptor.Released;
        original.Dispose();
        Console.WriteLine("not released {0}", Descriptor.Released - before);
        Native.close(original.Fd); // SetHandleAsInvalid left the descriptor to us
        duplicate.Dispose();
        Console.WriteLine("dup released {0}", Descriptor.Released - before);

        var borrowed = new Descriptor(1, false);
        borrowed.Dispose();
        Console.WriteLine("not owned: closed {0} released {1}", borrowed.IsClosed, Descriptor.Released - before);

        using (SafeFileHandle file = Native.OpenFile(path, Native.O_RDONLY, 0))
        {
            n = (long)Native.ReadFile(file, buffer, (UIntPtr)7u);
            Console.WriteLine("SafeFileHandle {0} {1} '{2}'", file.IsInvalid, n, System.Text.Encoding.UTF8.GetString(buffer, 0, (int)n));
        }

        Report("null SafeHandle", () => Native.read(null, buffer, (UIntPtr)1u));
        File.Delete(path);
    }
}
