using System;
using System.Runtime.InteropServices;

// The C library functions the core library calls, through P/Invoke as .NET's Interop.Sys does (the compiler binds
// each at its first call, so a program that never calls one never loads anything).
internal static partial class Interop
{
    internal static class Libc
    {
        [DllImport("libc")] internal static extern IntPtr malloc(UIntPtr size);
        [DllImport("libc")] internal static extern IntPtr realloc(IntPtr ptr, UIntPtr size);
        [DllImport("libc")] internal static extern void free(IntPtr ptr);
        [DllImport("libc")] internal static extern UIntPtr strlen(IntPtr s);
    }
}
