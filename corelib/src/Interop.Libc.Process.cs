using System;
using System.Runtime.InteropServices;

// The C library functions behind Environment, Console's streams and Process (glibc on Linux x86-64), as .NET's
// Interop.Sys has them in System.Native.
internal static partial class Interop
{
    internal static partial class Libc
    {
        internal const int ESRCH = 3, ECHILD = 10, EAGAIN = 11, ENOEXEC = 8, ERANGE = 34, ENOSYS = 38;
        internal const int CLOCK_MONOTONIC = 1;
        internal const int SC_NPROCESSORS_ONLN = 84;
        internal const int WNOHANG = 1;
        internal const int SIGKILL = 9, SIGPIPE = 13;
        internal const int F_GETFL = 3, F_SETFL = 4, O_NONBLOCK = 0x800;
        internal const short POLLIN = 0x1, POLLOUT = 0x4, POLLERR = 0x8, POLLHUP = 0x10;
        internal const int X_OK = 1, R_OK = 4;

        internal struct TimeSpec
        {
            internal long Seconds, Nanoseconds;
        }

        internal struct PollFd
        {
            internal int Fd;
            internal short Events, Revents;
        }

        [DllImport("libc")] internal static extern int getpid();
        [DllImport("libc")] internal static extern uint geteuid();
        [DllImport("libc")] internal static extern IntPtr getpwuid(uint uid);
        [DllImport("libc")] internal static extern IntPtr getenv(string name);
        [DllImport("libc")] internal static extern long sysconf(int name);
        [DllImport("libc")] internal static extern int sched_getaffinity(int pid, UIntPtr size, byte[] mask);
        [DllImport("libc")] internal static extern int clock_gettime(int clock, out TimeSpec time);
        [DllImport("libc")] internal static extern int gethostname(byte[] name, UIntPtr length);
        [DllImport("libc")] internal static extern int uname(byte[] buffer);
        [DllImport("libc", SetLastError = true)] internal static extern IntPtr getcwd(byte[] buffer, UIntPtr size);
        [DllImport("libc", SetLastError = true)] internal static extern int chdir(string path);
        [DllImport("libc", SetLastError = true)] internal static extern int access(string path, int mode);
        [DllImport("libc")] internal static extern int isatty(int fd);

        [DllImport("libc", SetLastError = true)] internal static extern int pipe2(int[] fds, int flags);
        [DllImport("libc", SetLastError = true)] internal static extern int fcntl(int fd, int command, int argument);
        [DllImport("libc", SetLastError = true)] internal static extern int poll(PollFd[] fds, UIntPtr count, int timeout);
        [DllImport("libc", SetLastError = true)] internal static extern int waitpid(int pid, out int status, int options);
        [DllImport("libc", SetLastError = true)] internal static extern int kill(int pid, int signal);
        [DllImport("libc", SetLastError = true)] internal static extern int pidfd_open(int pid, uint flags);
        [DllImport("libc")] internal static extern IntPtr signal(int signal, IntPtr handler);

        // posix_spawn: the attribute and file-action objects are opaque; the memory given is larger than glibc's
        [DllImport("libc")] internal static extern int posix_spawn(out int pid, string path, IntPtr fileActions, IntPtr attributes, IntPtr[] argv, IntPtr[] envp);
        [DllImport("libc")] internal static extern int posix_spawn_file_actions_init(IntPtr fileActions);
        [DllImport("libc")] internal static extern int posix_spawn_file_actions_destroy(IntPtr fileActions);
        [DllImport("libc")] internal static extern int posix_spawn_file_actions_adddup2(IntPtr fileActions, int fd, int newFd);
        [DllImport("libc")] internal static extern int posix_spawn_file_actions_addchdir_np(IntPtr fileActions, string path);
        [DllImport("libc")] internal static extern int posix_spawnattr_init(IntPtr attributes);
        [DllImport("libc")] internal static extern int posix_spawnattr_destroy(IntPtr attributes);
        [DllImport("libc")] internal static extern int posix_spawnattr_setflags(IntPtr attributes, short flags);
        [DllImport("libc")] internal static extern int posix_spawnattr_setsigdefault(IntPtr attributes, byte[] signals);
        [DllImport("libc")] internal static extern int posix_spawnattr_setsigmask(IntPtr attributes, byte[] signals);
        [DllImport("libc")] internal static extern int sigemptyset(byte[] set);
        [DllImport("libc")] internal static extern int sigaddset(byte[] set, int signal);
        internal const short POSIX_SPAWN_SETSIGDEF = 0x04, POSIX_SPAWN_SETSIGMASK = 0x08;
        internal const int SpawnObjectSize = 512, SigSetSize = 128;
    }
}

internal static partial class Interop
{
    internal static partial class Libc
    {
        [DllImport("libc", SetLastError = true)] internal static extern long readlink(string path, byte[] buffer, UIntPtr size);
    }
}
