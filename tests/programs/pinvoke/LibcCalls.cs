// P/Invoke into the C library: blittable values, strings in (UTF-8 and UTF-16) and returned (then freed), out/ref of blittable structs,
// structs by value (div_t, ldiv_t returned in registers), arrays of blittable elements, bool as a 4-byte BOOL or
// one byte, SetLastError and errno, and unmanaged memory through Marshal.
using System;
using System.Runtime.InteropServices;

struct DivResult { public int Quotient; public int Remainder; }
struct LongDivResult { public long Quotient; public long Remainder; }
struct TimeVal { public long Seconds; public long Microseconds; }

// struct tm of glibc on x86-64
struct BrokenDownTime
{
    public int Second, Minute, Hour, DayOfMonth, Month, Year, DayOfWeek, DayOfYear, IsDst;
    public long GmtOffset;
    public IntPtr Zone;
}

static class LibcCalls
{
    [DllImport("libc")] static extern int abs(int x);
    [DllImport("libc")] static extern long labs(long x);
    [DllImport("libc")] static extern int getpid();
    [DllImport("libc", EntryPoint = "strlen")] static extern UIntPtr StringLength(string s);
    [DllImport("libc", EntryPoint = "strlen")] static extern UIntPtr Utf8Length([MarshalAs(UnmanagedType.LPUTF8Str)] string s);
    [DllImport("libc")] static extern IntPtr strdup(string s);
    [DllImport("libc")] static extern int strcmp(string a, string b);
    [DllImport("libc", EntryPoint = "strdup")] static extern string DuplicateString(string s);
    [DllImport("libc")] static extern void free(IntPtr p);
    [DllImport("libc")] static extern IntPtr memset(byte[] destination, int value, UIntPtr count);
    [DllImport("libc")] static extern IntPtr memcpy(int[] destination, int[] source, UIntPtr count);
    [DllImport("libc", EntryPoint = "memcpy")] static extern IntPtr CopyChars(byte[] destination, [MarshalAs(UnmanagedType.LPWStr)] string source, UIntPtr count);
    [DllImport("libc", EntryPoint = "memcpy", CharSet = CharSet.Unicode)] static extern IntPtr CopyUnicode(byte[] destination, string source, UIntPtr count);
    [DllImport("libc")] static extern DivResult div(int numerator, int denominator);
    [DllImport("libc")] static extern LongDivResult ldiv(long numerator, long denominator);
    [DllImport("libc")] static extern int gettimeofday(out TimeVal time, IntPtr zone);
    [DllImport("libc")] static extern IntPtr gmtime_r(ref long time, out BrokenDownTime result);
    [DllImport("libc", SetLastError = true)] static extern int close(int fd);
    [DllImport("libc", SetLastError = true)] static extern int dup(int fd);
    [DllImport("libc")] static extern IntPtr getenv(string name);
    [DllImport("libc")] static extern bool isatty(int fd);
    [DllImport("libc", EntryPoint = "abs")] static extern int AbsOfBool(bool value);
    [DllImport("libc", EntryPoint = "abs")] static extern int AbsOfByteBool([MarshalAs(UnmanagedType.U1)] bool value);
    [DllImport("libc", EntryPoint = "abs")] static extern short AbsOfShort(short value);
    [DllImport("libc", EntryPoint = "toupper")] static extern int ToUpper(sbyte c);
    [DllImport("libm.so.6")] static extern double sqrt(double x);
    [DllImport("libm.so.6")] static extern float sqrtf(float x);
    [DllImport("libm.so.6")] static extern double ldexp(double x, int exponent);

    static int Main()
    {
        Console.WriteLine("abs " + abs(-42) + " " + labs(-5000000000L) + " " + AbsOfShort(-7));
        Console.WriteLine("pid " + (getpid() > 0));
        Console.WriteLine("strlen " + StringLength("héllo").ToUInt64() + " " + Utf8Length("日本").ToUInt64() + " " + StringLength("").ToUInt64());
        Console.WriteLine("strcmp " + Math.Sign(strcmp("apple", "banana")) + " " + strcmp("same", "same"));

        IntPtr copy = strdup("grüße, 世界");
        Console.WriteLine("strdup " + Marshal.PtrToStringUTF8(copy) + " " + Marshal.PtrToStringAnsi(copy, 4));
        free(copy);
        Console.WriteLine("returned " + DuplicateString("çà va") + " " + DuplicateString("").Length);

        byte[] bytes = new byte[8];
        memset(bytes, 7, (UIntPtr)5u);
        Console.WriteLine("memset " + string.Join(",", bytes));
        int[] source = { 1, -2, 300000, int.MinValue };
        int[] destination = new int[4];
        memcpy(destination, source, (UIntPtr)16u);
        Console.WriteLine("memcpy " + string.Join(",", destination));
        byte[] utf16 = new byte[6];
        CopyChars(utf16, "Añ€", (UIntPtr)6u);
        Console.WriteLine("utf16 " + string.Join(",", utf16));
        CopyUnicode(utf16, "xyz", (UIntPtr)6u);
        Console.WriteLine("unicode " + string.Join(",", utf16));

        DivResult d = div(17, 5);
        Console.WriteLine("div " + d.Quotient + " " + d.Remainder);
        LongDivResult ld = ldiv(-100000000000L, 7);
        Console.WriteLine("ldiv " + ld.Quotient + " " + ld.Remainder);

        TimeVal now;
        int rc = gettimeofday(out now, IntPtr.Zero);
        Console.WriteLine("gettimeofday " + (rc == 0 && now.Seconds > 1600000000 && now.Microseconds >= 0 && now.Microseconds < 1000000));
        long moment = 951782400 + 3 * 3600 + 25 * 60 + 9; // 2000-02-29 03:25:09 UTC
        BrokenDownTime tm;
        IntPtr result = gmtime_r(ref moment, out tm);
        Console.WriteLine("gmtime " + (result != IntPtr.Zero) + " " + (1900 + tm.Year) + "-" + (tm.Month + 1) + "-" + tm.DayOfMonth + " "
            + tm.Hour + ":" + tm.Minute + ":" + tm.Second + " wday " + tm.DayOfWeek + " yday " + tm.DayOfYear + " "
            + Marshal.PtrToStringAnsi(tm.Zone));

        Console.WriteLine("close " + close(-1) + " errno " + Marshal.GetLastWin32Error());
        int fd = dup(0);
        Console.WriteLine("dup " + (fd > 2));
        close(fd);
        Console.WriteLine("getenv " + (getenv("HOME") != IntPtr.Zero) + " " + (getenv("KILN_SURELY_UNSET_VARIABLE") == IntPtr.Zero));
        Console.WriteLine("bool " + isatty(-1) + " " + AbsOfBool(true) + " " + AbsOfBool(false) + " " + AbsOfByteBool(true));
        Console.WriteLine("toupper " + (char)ToUpper((sbyte)'q'));
        Console.WriteLine("libm " + sqrt(2.25) + " " + sqrtf(6.25f) + " " + ldexp(0.75, 4));

        IntPtr block = Marshal.AllocHGlobal(32);
        Marshal.WriteInt32(block, 0x01020304);
        Marshal.WriteInt16(block, 4, (short)-2);
        Marshal.WriteByte(block, 6, 200);
        Marshal.WriteInt64(block, 8, -5000000000L);
        Marshal.WriteIntPtr(block, 16, block);
        Console.WriteLine("memory " + Marshal.ReadByte(block) + " " + Marshal.ReadInt16(block, 2) + " " + Marshal.ReadInt16(block, 4)
            + " " + Marshal.ReadByte(block, 6) + " " + Marshal.ReadInt64(block, 8) + " " + (Marshal.ReadIntPtr(block, 16) == block)
            + " " + Marshal.ReadInt32(block));
        byte[] roundTrip = { 9, 8, 7, 6 };
        Marshal.Copy(roundTrip, 1, block, 3);
        byte[] back = new byte[5];
        Marshal.Copy(block, back, 2, 3);
        Console.WriteLine("copy " + string.Join(",", back));
        Marshal.FreeHGlobal(block);

        IntPtr ansi = Marshal.StringToHGlobalAnsi("ünï");
        IntPtr uni = Marshal.StringToHGlobalUni("ünï");
        Console.WriteLine("hglobal " + StringLength2(ansi) + " " + Marshal.PtrToStringAnsi(ansi) + " " + Marshal.PtrToStringUni(uni)
            + " " + Marshal.ReadInt16(uni, 2));
        Marshal.FreeHGlobal(ansi);
        Marshal.FreeHGlobal(uni);
        return 0;
    }

    [DllImport("libc", EntryPoint = "strlen")] static extern int StringLength2(IntPtr s);
}
