// NativeLibrary: loads tests/pinvoke/native_callbacks.c's library by the path given as the argument, finds its
// exports, calls one through GetDelegateForFunctionPointer, frees it; and the errors .NET reports for a library or
// an export that is missing and for null arguments.
using System;
using System.Runtime.InteropServices;

delegate int Increment(int x);

static class NativeLibraries
{
    static void Report(string what, Action action)
    {
        try
        {
            action();
            Console.WriteLine(what + ": no exception");
        }
        catch (Exception e)
        {
            Console.WriteLine(what + ": " + e.GetType().FullName + ": " + e.Message);
        }
    }

    static int Main(string[] args)
    {
        IntPtr lib = NativeLibrary.Load(args[0]);
        Console.WriteLine("loaded " + (lib != IntPtr.Zero));
        Increment addOne = Marshal.GetDelegateForFunctionPointer<Increment>(NativeLibrary.GetExport(lib, "add_one"));
        Console.WriteLine("add_one " + addOne(41));
        IntPtr multiplyPointer;
        bool found = NativeLibrary.TryGetExport(lib, "multiply_pointer", out multiplyPointer);
        IntPtr missingExport;
        bool missing = NativeLibrary.TryGetExport(lib, "kiln_no_such_export", out missingExport);
        Console.WriteLine("try export " + found + " " + missing + " " + (missingExport == IntPtr.Zero));
        IntPtr again;
        Console.WriteLine("try load " + NativeLibrary.TryLoad(args[0], out again) + " " + (again == lib));
        NativeLibrary.Free(again);
        IntPtr none;
        Console.WriteLine("try load missing " + NativeLibrary.TryLoad("/nonexistent/libkilnnope.so", out none) + " " + (none == IntPtr.Zero));
        IntPtr libc = NativeLibrary.Load("libc.so.6");
        Console.WriteLine("libc abs " + Marshal.GetDelegateForFunctionPointer<Increment>(NativeLibrary.GetExport(libc, "abs"))(-9));
        Report("missing export", () => NativeLibrary.GetExport(lib, "kiln_no_such_export"));
        Report("missing library", () => NativeLibrary.Load("/nonexistent/libkilnnope.so"));
        Report("null handle", () => NativeLibrary.GetExport(IntPtr.Zero, "abs"));
        Report("null name", () => NativeLibrary.GetExport(libc, null));
        Report("null path", () => NativeLibrary.Load(null));
        NativeLibrary.Free(IntPtr.Zero);
        NativeLibrary.Free(lib);
        Console.WriteLine("freed");
        return 0;
    }
}
