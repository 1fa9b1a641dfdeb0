using System.IO;

namespace System.Diagnostics
{
    // Where the program a ProcessStartInfo names is, by .NET's rules on Unix.
    internal static class ProgramLocator
    {
        // UseShellExecute=false: a rooted path as given (existing or not); else next to this executable, in the
        // current directory, then the first executable on PATH; null when none.
        internal static string Resolve(string fileName)
        {
            if (Path.IsPathRooted(fileName)) return fileName;
            string self = Environment.ProcessPath;
            if (self != null)
            {
                string beside = Path.Combine(Path.GetDirectoryName(self), fileName);
                if (File.Exists(beside)) return beside;
            }
            string here = Path.Combine(Directory.GetCurrentDirectory(), fileName);
            if (File.Exists(here)) return here;
            return InPath(fileName);
        }

        // UseShellExecute=true: the file (rooted, or relative to the working directory, or on PATH) if it is
        // executable, else null (it is then opened by the desktop's opener).
        internal static string ForShellExecute(string fileName, string workingDirectory)
        {
            string found = null;
            if (Path.IsPathRooted(fileName))
            {
                if (File.Exists(fileName)) found = fileName;
            }
            else
            {
                string directory = workingDirectory != null ? Path.GetFullPath(workingDirectory) : Directory.GetCurrentDirectory();
                string relative = Path.Combine(directory, fileName);
                found = File.Exists(relative) ? relative : InPath(fileName);
            }
            return found != null && Interop.Libc.access(found, Interop.Libc.X_OK) == 0 ? found : null;
        }

        // The first directory of PATH holding an executable file of that name.
        internal static string InPath(string program)
        {
            string path = Environment.GetEnvironmentVariable("PATH");
            if (path == null) return null;
            foreach (string directory in path.Split(':'))
            {
                if (directory.Length == 0) continue;
                string candidate = Path.Combine(directory, program);
                if (IsExecutable(candidate)) return candidate;
            }
            return null;
        }

        // A file (not a directory) that the effective user may execute, judged from its mode bits as .NET does.
        private static bool IsExecutable(string path)
        {
            Interop.Libc.FileStatus status;
            if (Interop.Libc.stat(path, out status) != 0 || status.IsDirectory) return false;
            const uint S_IXUSR = 0x40, S_IXGRP = 0x8, S_IXOTH = 0x1;
            uint execute = status.Mode & (S_IXUSR | S_IXGRP | S_IXOTH);
            if (execute == (S_IXUSR | S_IXGRP | S_IXOTH)) return true;
            if (execute == 0) return false;
            uint euid = Interop.Libc.geteuid();
            if (euid == 0) return true;
            if (euid == status.Uid) return (execute & S_IXUSR) != 0;
            return Interop.Libc.access(path, Interop.Libc.X_OK) == 0;
        }
    }

    // Waits for a child to exit, at most some milliseconds, without collecting its status: through a pidfd (Linux
    // 5.3) that poll reports readable at exit. False when the kernel has no pidfds (the caller then looks again
    // every few milliseconds).
    internal static class ExitWaiter
    {
        internal static bool Wait(int pid, int milliseconds)
        {
            int pidfd = Interop.Libc.pidfd_open(pid, 0);
            if (pidfd < 0) return false;
            Interop.Libc.PollFd[] fds = new Interop.Libc.PollFd[1];
            fds[0].Fd = pidfd;
            fds[0].Events = Interop.Libc.POLLIN;
            long deadline = Environment.TickCount64 + milliseconds;
            while (true)
            {
                int left = (int)Math.Max(0, deadline - Environment.TickCount64);
                int ready = Interop.Libc.poll(fds, new UIntPtr(1), left);
                if (ready >= 0 || System.Runtime.InteropServices.Marshal.GetLastPInvokeError() != Interop.Libc.EINTR) break;
            }
            Interop.Libc.close(pidfd);
            return true;
        }

        internal static void Sleep(int milliseconds)
        {
            Interop.Libc.poll(new Interop.Libc.PollFd[0], UIntPtr.Zero, milliseconds);
        }
    }
}
