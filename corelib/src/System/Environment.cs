using System.IO;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace System
{
    // The process and the machine it runs on, as .NET reports them on Linux: through the C library (Interop.Libc),
    // except what only the runtime knows (the command line, the exit code, flushing console output on Exit).
    public static partial class Environment
    {
        // Flushes console output and ends the process with exitCode.
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void Exit(int exitCode);

        public static string NewLine { get { return "\n"; } }

        public static int ExitCode { get { return s_exitCode; } set { s_exitCode = value; SetExitCode(value); } }
        private static int s_exitCode;

        // The code a Main that returns void ends with.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void SetExitCode(int code);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern string[] GetCommandLineArgsImpl();

        // Element 0 is the program as it was started (argv[0]), as .NET's native AOT gives it; the rest are Main's.
        public static string[] GetCommandLineArgs() { return GetCommandLineArgsImpl(); }


        // Milliseconds since an arbitrary start (the monotonic clock, as .NET on Linux).
        public static long TickCount64
        {
            get
            {
                Interop.Libc.TimeSpec now;
                Interop.Libc.clock_gettime(Interop.Libc.CLOCK_MONOTONIC, out now);
                return now.Seconds * 1000 + now.Nanoseconds / 1000000;
            }
        }

        public static int TickCount { get { return (int)TickCount64; } }

        private static int s_processorCount;

        // The processors this process may run on (its affinity mask), as .NET counts them; the run loop uses one.
        public static int ProcessorCount
        {
            get
            {
                if (s_processorCount == 0) s_processorCount = CountProcessors();
                return s_processorCount;
            }
        }

        private static int CountProcessors()
        {
            byte[] mask = new byte[128];
            if (Interop.Libc.sched_getaffinity(0, new UIntPtr((uint)mask.Length), mask) == 0)
            {
                int count = 0;
                foreach (byte b in mask)
                    for (int bits = b; bits != 0; bits &= bits - 1) count++;
                if (count > 0) return count;
            }
            long online = Interop.Libc.sysconf(Interop.Libc.SC_NPROCESSORS_ONLN);
            return online > 0 ? (int)online : 1;
        }

        private static string s_processPath;

        // The executable this process runs (/proc/self/exe), null when the kernel does not say.
        public static string ProcessPath
        {
            get
            {
                if (s_processPath == null)
                {
                    byte[] buffer = new byte[4096];
                    long n = Interop.Libc.readlink("/proc/self/exe", buffer, new UIntPtr((uint)buffer.Length));
                    s_processPath = n > 0 ? System.Text.Encoding.UTF8.GetString(buffer, 0, (int)n) : "";
                }
                return s_processPath.Length > 0 ? s_processPath : null;
            }
        }

        public static bool Is64BitProcess { get { return IntPtr.Size == 8; } }
        public static bool Is64BitOperatingSystem { get { return true; } }
        public static int CurrentManagedThreadId { get { return System.Threading.Thread.CurrentThread.ManagedThreadId; } }
        public static bool HasShutdownStarted { get { return false; } }
        public static bool UserInteractive { get { return true; } }
        public static int SystemPageSize { get { return (int)Interop.Libc.sysconf(30 /* _SC_PAGESIZE */); } }

        // Unix has no system directory (.NET: the empty string).
        public static string SystemDirectory { get { return ""; } }

        private static int s_processId;

        public static int ProcessId
        {
            get
            {
                if (s_processId == 0) s_processId = Interop.Libc.getpid();
                return s_processId;
            }
        }

        // The host name up to its first dot, as .NET.
        public static string MachineName
        {
            get
            {
                byte[] name = new byte[256];
                if (Interop.Libc.gethostname(name, new UIntPtr((uint)name.Length)) != 0) return "localhost";
                string host = Terminated(name, 0, name.Length);
                int dot = host.IndexOf('.');
                return dot < 0 ? host : host.Substring(0, dot);
            }
        }

        public static string UserDomainName { get { return MachineName; } }

        // The effective user's name from the password database (getpwuid), as .NET; "" when it has no entry.
        public static string UserName
        {
            get
            {
                IntPtr entry = Interop.Libc.getpwuid(Interop.Libc.geteuid());
                if (entry == IntPtr.Zero) return "";
                return Marshal.PtrToStringUTF8(Marshal.ReadIntPtr(entry)) ?? ""; // pw_name is the first field
            }
        }

        public static string CurrentDirectory
        {
            get
            {
                for (int size = 256; ; size *= 2)
                {
                    byte[] buffer = new byte[size];
                    if (Interop.Libc.getcwd(buffer, new UIntPtr((uint)size)) != IntPtr.Zero) return Terminated(buffer, 0, size);
                    int errno = Marshal.GetLastPInvokeError();
                    if (errno != Interop.Libc.ERANGE) throw Interop.GetExceptionForIoErrno(errno, null, true);
                }
            }
            set
            {
                if (value == null) throw new ArgumentNullException("value");
                if (value.Length == 0) throw new ArgumentException("The value cannot be an empty string.", "value");
                if (Interop.Libc.chdir(value) != 0) throw Interop.GetExceptionForLastIoError(value, true);
            }
        }

        private static OperatingSystem s_osVersion;

        // Platform Unix with the first four numbers of uname's release (6.1.0-18-amd64 → 6.1.0.18), as .NET.
        public static OperatingSystem OSVersion
        {
            get
            {
                if (s_osVersion == null)
                {
                    byte[] names = new byte[6 * 65]; // struct utsname: six fields of 65 bytes; release is the third
                    string release = Interop.Libc.uname(names) == 0 ? Terminated(names, 2 * 65, 65) : "";
                    int at = 0;
                    int major = NextNumber(release, ref at), minor = NextNumber(release, ref at);
                    int build = NextNumber(release, ref at), revision = NextNumber(release, ref at);
                    s_osVersion = new OperatingSystem(PlatformID.Unix, new Version(major, minor, build, revision));
                }
                return s_osVersion;
            }
        }

        // The number that starts at or after at (0 when none), int.MaxValue when it does not fit.
        private static int NextNumber(string text, ref int at)
        {
            while (at < text.Length && (text[at] < '0' || text[at] > '9')) at++;
            long value = 0;
            for (; at < text.Length && text[at] >= '0' && text[at] <= '9'; at++)
            {
                value = value * 10 + (text[at] - '0');
                if (value > int.MaxValue) value = int.MaxValue + 1L;
            }
            return value > int.MaxValue ? int.MaxValue : (int)value;
        }

        // The version of the runtime: Kiln's core library implements .NET 8's API.
        public static Version Version { get { return new Version(8, 0, 0); } }

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern string CurrentStackTrace();

        // The managed frames from here to Main, "   at Type.Method(Parameters)" a line, starting with this getter as
        // in .NET (methods the optimizer inlined have no frame of their own).
        public static string StackTrace
        {
            [MethodImpl(MethodImplOptions.NoInlining)]
            get { return CurrentStackTrace() ?? ""; }
        }

        public static void FailFast(string message)
        {
            Console.Error.WriteLine("Process terminated. " + message);
            Exit(134);
        }

        public static void FailFast(string message, Exception exception) { FailFast(message); }

        // A NUL-terminated UTF-8 string from a byte buffer.
        private static string Terminated(byte[] bytes, int start, int limit)
        {
            int end = start;
            while (end < start + limit && end < bytes.Length && bytes[end] != 0) end++;
            return System.Text.Encoding.UTF8.GetString(bytes, start, end - start);
        }
    }
}
