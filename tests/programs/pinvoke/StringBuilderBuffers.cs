// StringBuilder parameters as native output buffers: the C library writes into a buffer of the builder's capacity
// (+1 for the terminator) and the builder's content becomes the text up to the terminator. Ansi is UTF-8 on Linux,
// Unicode is UTF-16. By default a builder is in/out: its text is passed in (strcat appends to it). A null builder is
// a null pointer. ([Out] builders, which .NET starts empty and Mono does not, are in PInvokeTest.)
using System;
using System.Runtime.InteropServices;
using System.Text;

static class StringBuilderBuffers
{
    [DllImport("libc", SetLastError = true)] static extern IntPtr getcwd(StringBuilder buffer, UIntPtr size);
    [DllImport("libc")] static extern int snprintf(StringBuilder buffer, UIntPtr size, string format, int value, string text);
    [DllImport("libc")] static extern IntPtr strcat(StringBuilder destination, string source);
    [DllImport("libc")] static extern IntPtr strncpy(StringBuilder destination, string source, UIntPtr count);
    [DllImport("libc")] static extern UIntPtr strlen(StringBuilder text);
    [DllImport("libc", CharSet = CharSet.Unicode)] static extern IntPtr wcsncpy(StringBuilder destination, byte[] source, UIntPtr count);
    [DllImport("libc", EntryPoint = "memcpy", CharSet = CharSet.Unicode)] static extern IntPtr CopyUtf16(StringBuilder destination, string source, UIntPtr bytes);
    [DllImport("libc", EntryPoint = "getcwd")] static extern IntPtr GetCwdNull(StringBuilder buffer, UIntPtr size);

    static void Main()
    {
        var cwd = new StringBuilder(4096);
        IntPtr r = getcwd(cwd, (UIntPtr)(uint)cwd.Capacity);
        Console.WriteLine("getcwd {0} {1} {2}", r != IntPtr.Zero, cwd.ToString() == Environment.CurrentDirectory, cwd.Length > 0);

        var small = new StringBuilder(4);
        r = getcwd(small, (UIntPtr)(uint)small.Capacity);
        Console.WriteLine("getcwd too small {0} errno {1} '{2}'", r == IntPtr.Zero, Marshal.GetLastWin32Error(), small);

        var formatted = new StringBuilder(64);
        int n = snprintf(formatted, (UIntPtr)(uint)formatted.Capacity, "%d-%s", 42, "grüße");
        Console.WriteLine("snprintf {0} '{1}' length {2}", n, formatted, formatted.Length);

        var truncated = new StringBuilder(8);
        n = snprintf(truncated, (UIntPtr)(uint)(truncated.Capacity + 1), "%d:%s", 12345, "abcdefgh");
        Console.WriteLine("snprintf truncated {0} '{1}'", n, truncated);

        var greeting = new StringBuilder("Hello", 32);
        strcat(greeting, ", wörld");
        Console.WriteLine("strcat '{0}' {1}", greeting, greeting.Length);
        Console.WriteLine("strlen {0}", strlen(greeting));

        var copy = new StringBuilder(16);
        strncpy(copy, "copied text", (UIntPtr)16u);
        Console.WriteLine("strncpy '{0}'", copy);

        var wide = new StringBuilder(16);
        CopyUtf16(wide, "wide €x\0", (UIntPtr)16u);
        Console.WriteLine("utf16 '{0}' {1}", wide, wide.Length);

        Console.WriteLine("null {0}", GetCwdNull(null, UIntPtr.Zero) != IntPtr.Zero);

        var reused = new StringBuilder(64);
        for (int i = 0; i < 3; i++)
        {
            snprintf(reused, (UIntPtr)64u, "round %d %s", i, new string('x', i));
            Console.WriteLine(reused);
        }
    }
}
