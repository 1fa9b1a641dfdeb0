using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace System.Diagnostics
{
    // Starts a program with posix_spawn: fork/exec done by the C library (vfork-like, so safe with the collector's
    // heap), with the redirected standard streams dup2'ed onto pipes, the working directory changed in the child,
    // SIGPIPE back to its default (this process ignores it) and no signal blocked.
    internal static class ProcessSpawner
    {
        private static bool s_ignoringSigPipe;

        // The child's id; stdin/stdout/stderr receive the parent's pipe ends (-1 when not redirected). An error
        // (an errno) from the spawn itself returns as error with pid 0.
        internal static int Spawn(string path, string[] argv, string[] envp, string workingDirectory,
            bool redirectInput, bool redirectOutput, bool redirectError,
            out int stdin, out int stdout, out int stderr, out int error)
        {
            IgnoreSigPipe();
            stdin = stdout = stderr = -1;
            int[] input = null, output = null, errors = null;
            IntPtr actions = Marshal.AllocHGlobal(Interop.Libc.SpawnObjectSize);
            IntPtr attributes = Marshal.AllocHGlobal(Interop.Libc.SpawnObjectSize);
            IntPtr[] nativeArgv = NativeStrings(argv);
            IntPtr[] nativeEnvp = NativeStrings(envp);
            int pid = 0;
            try
            {
                if (redirectInput) input = Pipe();
                if (redirectOutput) output = Pipe();
                if (redirectError) errors = Pipe();
                Interop.Libc.posix_spawn_file_actions_init(actions);
                Interop.Libc.posix_spawnattr_init(attributes);
                try
                {
                    if (input != null) Interop.Libc.posix_spawn_file_actions_adddup2(actions, input[0], 0);
                    if (output != null) Interop.Libc.posix_spawn_file_actions_adddup2(actions, output[1], 1);
                    if (errors != null) Interop.Libc.posix_spawn_file_actions_adddup2(actions, errors[1], 2);
                    if (workingDirectory != null) Interop.Libc.posix_spawn_file_actions_addchdir_np(actions, workingDirectory);
                    byte[] defaults = new byte[Interop.Libc.SigSetSize];
                    Interop.Libc.sigemptyset(defaults);
                    Interop.Libc.sigaddset(defaults, Interop.Libc.SIGPIPE);
                    Interop.Libc.posix_spawnattr_setsigdefault(attributes, defaults);
                    byte[] none = new byte[Interop.Libc.SigSetSize];
                    Interop.Libc.sigemptyset(none);
                    Interop.Libc.posix_spawnattr_setsigmask(attributes, none);
                    Interop.Libc.posix_spawnattr_setflags(attributes, (short)(Interop.Libc.POSIX_SPAWN_SETSIGDEF | Interop.Libc.POSIX_SPAWN_SETSIGMASK));
                    // what this process wrote must reach a shared descriptor before the child's output
                    Console.FlushOutput();
                    error = Interop.Libc.posix_spawn(out pid, path, actions, attributes, nativeArgv, nativeEnvp);
                }
                finally
                {
                    Interop.Libc.posix_spawn_file_actions_destroy(actions);
                    Interop.Libc.posix_spawnattr_destroy(attributes);
                }
                // the child's ends belong to the child now; the parent's ends stay open only if it started
                if (input != null) { Interop.Libc.close(input[0]); stdin = input[1]; }
                if (output != null) { Interop.Libc.close(output[1]); stdout = output[0]; }
                if (errors != null) { Interop.Libc.close(errors[1]); stderr = errors[0]; }
                if (error != 0)
                {
                    pid = 0;
                    CloseIfOpen(ref stdin);
                    CloseIfOpen(ref stdout);
                    CloseIfOpen(ref stderr);
                }
                return pid;
            }
            finally
            {
                Marshal.FreeHGlobal(actions);
                Marshal.FreeHGlobal(attributes);
                FreeNativeStrings(nativeArgv);
                FreeNativeStrings(nativeEnvp);
            }
        }

        // As .NET, a write to a pipe whose reader is gone fails with EPIPE (an IOException) instead of killing us.
        private static void IgnoreSigPipe()
        {
            if (s_ignoringSigPipe) return;
            Interop.Libc.signal(Interop.Libc.SIGPIPE, new IntPtr(1) /* SIG_IGN */);
            s_ignoringSigPipe = true;
        }

        private static int[] Pipe()
        {
            int[] fds = new int[2];
            if (Interop.Libc.pipe2(fds, Interop.Libc.O_CLOEXEC) != 0) throw new System.ComponentModel.Win32Exception();
            return fds;
        }

        private static void CloseIfOpen(ref int fd)
        {
            if (fd >= 0) Interop.Libc.close(fd);
            fd = -1;
        }

        // A NULL-terminated array of UTF-8 strings in native memory.
        private static IntPtr[] NativeStrings(string[] strings)
        {
            IntPtr[] native = new IntPtr[strings.Length + 1];
            for (int i = 0; i < strings.Length; i++) native[i] = Marshal.StringToHGlobalAnsi(strings[i]);
            return native;
        }

        private static void FreeNativeStrings(IntPtr[] native)
        {
            foreach (IntPtr p in native) if (p != IntPtr.Zero) Marshal.FreeHGlobal(p);
        }
    }
}
