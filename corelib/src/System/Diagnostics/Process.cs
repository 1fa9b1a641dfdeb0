using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace System.Diagnostics
{
    // A process: this one (GetCurrentProcess) or a child that Start ran, as .NET on Linux runs them — the file name
    // resolved as .NET does (a rooted path as given, else next to this executable, in the current directory, on
    // PATH), Arguments parsed into argv, redirected streams over pipes (UTF-8 without byte order mark by default),
    // the exit code of a child killed by a signal 128 + the signal. Reading redirected output synchronously while
    // the child writes into another redirected pipe does not deadlock (ChildPipes); the line events
    // (BeginOutputReadLine, OutputDataReceived) are raised while the program waits for the child (LineEvents), as
    // Kiln has no thread pool to raise them on.
    public class Process : IDisposable
    {
        private const int StreamBufferSize = 4096;

        private ProcessStartInfo _startInfo;
        private int _id;
        private bool _haveId;
        private bool _isChild;
        private bool _exited;
        private int _exitCode;
        private DateTime _startTime;
        private StreamWriter _standardInput;
        private StreamReader _standardOutput;
        private StreamReader _standardError;
        private ChildPipes _pipes;
        private bool _disposed;

        public Process() { }

        private Process(int id, bool isChild)
        {
            _id = id;
            _haveId = true;
            _isChild = isChild;
        }

        public ProcessStartInfo StartInfo
        {
            get { return _startInfo ?? (_startInfo = new ProcessStartInfo()); }
            set
            {
                if (value == null) throw new ArgumentNullException("value");
                _startInfo = value;
            }
        }

        public static Process GetCurrentProcess() { return new Process(Environment.ProcessId, false); }

        public int Id
        {
            get
            {
                EnsureId();
                return _id;
            }
        }

        // The kernel's name of the process (/proc/PID/comm, at most 15 characters), as .NET reads it on Linux.
        public string ProcessName
        {
            get
            {
                EnsureId();
                string comm;
                try
                {
                    comm = File.ReadAllText("/proc/" + _id + "/comm");
                }
                catch (IOException)
                {
                    throw new InvalidOperationException("Process has exited, so the requested information is not available.");
                }
                return comm.TrimEnd('\n');
            }
        }

        public DateTime StartTime
        {
            get
            {
                EnsureId();
                return _startTime;
            }
        }

        public static Process Start(string fileName) { return Start(new ProcessStartInfo(fileName)); }

        public static Process Start(string fileName, string arguments) { return Start(new ProcessStartInfo(fileName, arguments)); }

        public static Process Start(string fileName, IEnumerable<string> arguments) { return Start(new ProcessStartInfo(fileName, arguments)); }

        public static Process Start(ProcessStartInfo startInfo)
        {
            if (startInfo == null) throw new ArgumentNullException("startInfo");
            Process process = new Process();
            process.StartInfo = startInfo;
            return process.Start() ? process : null;
        }

        public bool Start()
        {
            if (_disposed) throw new ObjectDisposedException(GetType().Name);
            ProcessStartInfo info = StartInfo;
            if (info.FileName.Length == 0) throw new InvalidOperationException("Cannot start process because a file name has not been provided.");
            if (info.UseShellExecute && (info.RedirectStandardInput || info.RedirectStandardOutput || info.RedirectStandardError))
                throw new InvalidOperationException("The Process object must have the UseShellExecute property set to false in order to redirect IO streams.");
            if (info.StandardInputEncoding != null && !info.RedirectStandardInput)
                throw new InvalidOperationException("StandardInputEncoding is only supported when standard input is redirected.");
            if (info.StandardOutputEncoding != null && !info.RedirectStandardOutput)
                throw new InvalidOperationException("StandardOutputEncoding is only supported when standard output is redirected.");
            if (info.StandardErrorEncoding != null && !info.RedirectStandardError)
                throw new InvalidOperationException("StandardErrorEncoding is only supported when standard error is redirected.");

            string cwd = string.IsNullOrWhiteSpace(info.WorkingDirectory) ? null : info.WorkingDirectory;
            string[] envp = EnvironmentBlock(info);
            string resolved;
            string[] argv;
            if (info.UseShellExecute)
            {
                // an executable runs; any other file opens with the desktop's opener (.NET's rules on Unix)
                resolved = ProgramLocator.ForShellExecute(info.FileName, cwd);
                argv = Argv(info, null, false);
                if (resolved == null)
                {
                    resolved = ProgramLocator.InPath("xdg-open");
                    argv = Argv(info, resolved, true);
                }
            }
            else
            {
                resolved = ProgramLocator.Resolve(info.FileName);
                argv = Argv(info, null, false);
                if (resolved != null && Directory.Exists(resolved))
                    throw new Win32Exception("The FileName property should not be a directory unless UseShellExecute is set.");
            }
            if (resolved == null) throw StartError(Interop.Libc.ENOENT, info.FileName, cwd);

            int stdin, stdout, stderr, error;
            int pid = ProcessSpawner.Spawn(resolved, argv, envp, cwd, info.RedirectStandardInput, info.RedirectStandardOutput,
                info.RedirectStandardError, out stdin, out stdout, out stderr, out error);
            if (error != 0) throw StartError(error, resolved, cwd);

            _id = pid;
            _haveId = true;
            _isChild = true;
            _exited = false;
            _startTime = DateTime.Now;
            _pipes = new ChildPipes();
            if (stdin >= 0)
                _standardInput = new StreamWriter(_pipes.AddWriter(stdin), info.StandardInputEncoding ?? new UTF8Encoding(false), StreamBufferSize) { AutoFlush = true };
            if (stdout >= 0)
                _standardOutput = new StreamReader(_pipes.AddReader(stdout, false), info.StandardOutputEncoding ?? new UTF8Encoding(false), true, StreamBufferSize);
            if (stderr >= 0)
                _standardError = new StreamReader(_pipes.AddReader(stderr, true), info.StandardErrorEncoding ?? new UTF8Encoding(false), true, StreamBufferSize);
            return true;
        }

        private static Win32Exception StartError(int errno, string fileName, string cwd)
        {
            string directory = string.IsNullOrEmpty(cwd) ? Directory.GetCurrentDirectory() : cwd;
            return new Win32Exception(errno, "An error occurred trying to start process '" + fileName + "' with working directory '"
                + directory + "'. " + Interop.Libc.ErrorMessage(errno));
        }

        // argv: the file name as given, then the parsed Arguments (or ArgumentList); behind an opener, the opener
        // first and the file name its only argument.
        private static string[] Argv(ProcessStartInfo info, string opener, bool ignoreArguments)
        {
            List<string> argv = new List<string>();
            if (opener != null) argv.Add(opener);
            argv.Add(info.FileName);
            if (!ignoreArguments)
            {
                if (info.Arguments.Length > 0) ProcessArguments.ParseInto(info.Arguments, argv);
                else if (info.HasArgumentList) argv.AddRange(info.ArgumentList);
            }
            return argv.ToArray();
        }

        private static string[] EnvironmentBlock(ProcessStartInfo info)
        {
            IDictionary<string, string> variables = info.HasEnvironment ? info.Environment : Environment.Variables();
            string[] envp = new string[variables.Count];
            int i = 0;
            foreach (KeyValuePair<string, string> pair in variables) envp[i++] = pair.Key + "=" + pair.Value;
            return envp;
        }

        public event DataReceivedEventHandler OutputDataReceived;
        public event DataReceivedEventHandler ErrorDataReceived;
        private LineEvents _outputEvents;
        private LineEvents _errorEvents;
        private bool _outputSynchronous;
        private bool _errorSynchronous;

        // Starts raising OutputDataReceived for each line of standard output (while the program waits, see
        // LineEvents).
        public void BeginOutputReadLine()
        {
            if (_standardOutput == null) throw new InvalidOperationException("StandardOut has not been redirected or the process hasn't started yet.");
            if (_outputSynchronous) throw new InvalidOperationException("Cannot mix synchronous and asynchronous operation on process stream.");
            if (_outputEvents != null) throw new InvalidOperationException("An async read operation has already been started on the stream.");
            _outputEvents = new LineEvents(this, _pipes.Output, _standardOutput.CurrentEncoding, () => OutputDataReceived);
        }

        public void BeginErrorReadLine()
        {
            if (_standardError == null) throw new InvalidOperationException("StandardError has not been redirected.");
            if (_errorSynchronous) throw new InvalidOperationException("Cannot mix synchronous and asynchronous operation on process stream.");
            if (_errorEvents != null) throw new InvalidOperationException("An async read operation has already been started on the stream.");
            _errorEvents = new LineEvents(this, _pipes.Error, _standardError.CurrentEncoding, () => ErrorDataReceived);
        }

        public void CancelOutputRead()
        {
            if (_outputEvents == null) throw new InvalidOperationException("No async read operation is in progress on the stream.");
            _outputEvents = null;
        }

        public void CancelErrorRead()
        {
            if (_errorEvents == null) throw new InvalidOperationException("No async read operation is in progress on the stream.");
            _errorEvents = null;
        }

        private bool _enableRaisingEvents;
        private bool _exitedRaised;
        private DateTime _exitTime;

        // Exited is raised when the program first sees that the child has exited (HasExited, WaitForExit), as Kiln
        // has no thread to watch for it.
        public event EventHandler Exited;

        public bool EnableRaisingEvents
        {
            get { return _enableRaisingEvents; }
            set { _enableRaisingEvents = value; }
        }

        public DateTime ExitTime
        {
            get
            {
                if (!HasExited) throw new InvalidOperationException("Process must exit before requested information can be determined.");
                return _exitTime;
            }
        }

        // The process with that id, which must be running.
        public static Process GetProcessById(int processId)
        {
            if (Interop.Libc.kill(processId, 0) != 0 && Marshal.GetLastPInvokeError() == Interop.Libc.ESRCH)
                throw new ArgumentException("Process with an Id of " + processId + " is not running.");
            return new Process(processId, false);
        }

        // Waits for the exit (and the line events) before it returns a completed task: with one thread, the
        // program does nothing else meanwhile, as Kiln's other asynchronous I/O.
        public System.Threading.Tasks.Task WaitForExitAsync() { return WaitForExitAsync(default(System.Threading.CancellationToken)); }

        public System.Threading.Tasks.Task WaitForExitAsync(System.Threading.CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            WaitForExit();
            return System.Threading.Tasks.Task.CompletedTask;
        }

        public StreamWriter StandardInput
        {
            get
            {
                if (_standardInput == null) throw new InvalidOperationException("StandardIn has not been redirected.");
                return _standardInput;
            }
        }

        public StreamReader StandardOutput
        {
            get
            {
                if (_standardOutput == null) throw new InvalidOperationException("StandardOut has not been redirected or the process hasn't started yet.");
                if (_outputEvents != null) throw new InvalidOperationException("Cannot mix synchronous and asynchronous operation on process stream.");
                _outputSynchronous = true;
                return _standardOutput;
            }
        }

        public StreamReader StandardError
        {
            get
            {
                if (_standardError == null) throw new InvalidOperationException("StandardError has not been redirected.");
                if (_errorEvents != null) throw new InvalidOperationException("Cannot mix synchronous and asynchronous operation on process stream.");
                _errorSynchronous = true;
                return _standardError;
            }
        }

        public bool HasExited
        {
            get
            {
                EnsureId();
                if (!_exited && _isChild) Reap(false);
                // another process (not our child): gone once signals cannot reach it
                else if (!_exited && _id != Environment.ProcessId && Interop.Libc.kill(_id, 0) != 0
                    && Marshal.GetLastPInvokeError() == Interop.Libc.ESRCH) OnExit();
                return _exited;
            }
        }

        public int ExitCode
        {
            get
            {
                if (!HasExited) throw new InvalidOperationException("Process must exit before requested information can be determined.");
                return _exitCode;
            }
        }

        // Waits for the child to exit and, when its output is read line by line into events, for the end of that
        // output (.NET's rule), raising the events meanwhile.
        public void WaitForExit()
        {
            EnsureId();
            if (!_isChild) return;
            if (_outputEvents != null || _errorEvents != null) Pump(-1);
            if (!_exited) Reap(true);
        }

        public bool WaitForExit(TimeSpan timeout) { return WaitForExit(TimeoutMilliseconds(timeout)); }

        // True once the child has exited; false when milliseconds pass first (-1 waits without limit).
        public bool WaitForExit(int milliseconds)
        {
            if (milliseconds < -1) throw new ArgumentOutOfRangeException("milliseconds", "Timeout value must be -1 (infinite) or a non-negative number.");
            EnsureId();
            if (!_isChild) return false;
            if (milliseconds == -1)
            {
                WaitForExit();
                return true;
            }
            if (HasExited) return true;
            if (_outputEvents != null || _errorEvents != null) return Pump(milliseconds);
            if (ExitWaiter.Wait(_id, milliseconds)) return HasExited;
            for (long end = Environment.TickCount64 + milliseconds; !HasExited; )
            {
                long left = end - Environment.TickCount64;
                if (left <= 0) return false;
                ExitWaiter.Sleep((int)Math.Min(10, left));
            }
            return true;
        }

        // Raises the line events as their data comes until the child has exited and (with no time limit,
        // milliseconds -1) the streams have ended, or the time is up. True when the child exited.
        private bool Pump(int milliseconds)
        {
            return LineEventPump.Run(_id, new[] { _outputEvents, _errorEvents }, milliseconds, () => HasExited);
        }

        private static int TimeoutMilliseconds(TimeSpan timeout)
        {
            long ms = (long)timeout.TotalMilliseconds;
            if (ms < -1 || ms > int.MaxValue) throw new ArgumentOutOfRangeException("timeout");
            return (int)ms;
        }

        // Collects the child's status with waitpid (without waiting unless block).
        private void Reap(bool block)
        {
            int status;
            int result;
            do { result = Interop.Libc.waitpid(_id, out status, block ? 0 : Interop.Libc.WNOHANG); }
            while (result < 0 && Marshal.GetLastPInvokeError() == Interop.Libc.EINTR);
            if (result == _id)
            {
                int signal = status & 0x7f;
                _exitCode = signal == 0 ? (status >> 8) & 0xff : 128 + signal;
                OnExit();
            }
            else if (result < 0 && Marshal.GetLastPInvokeError() == Interop.Libc.ECHILD)
            {
                OnExit(); // collected elsewhere: its status is gone
            }
        }

        private void OnExit()
        {
            _exited = true;
            _exitTime = DateTime.Now;
            if (_enableRaisingEvents && !_exitedRaised)
            {
                _exitedRaised = true;
                EventHandler handler = Exited;
                if (handler != null) handler(this, EventArgs.Empty);
            }
        }

        // Ends the process with SIGKILL; nothing happens when it has already exited.
        public void Kill()
        {
            EnsureId();
            if (_isChild && HasExited) return;
            if (Interop.Libc.kill(_id, Interop.Libc.SIGKILL) != 0)
            {
                int errno = Marshal.GetLastPInvokeError();
                if (errno == Interop.Libc.ESRCH) return;
                throw new Win32Exception(errno);
            }
        }

        public void Kill(bool entireProcessTree) { Kill(); }

        public void Refresh() { }

        private void EnsureId()
        {
            if (!_haveId) throw new InvalidOperationException("No process is associated with this object.");
        }

        public void Close() { Dispose(); }

        public void Dispose()
        {
            Dispose(true);
        }

        protected virtual void Dispose(bool disposing)
        {
            if (_disposed) return;
            _disposed = true;
            try
            {
                if (_standardInput != null) _standardInput.Dispose();
            }
            catch (IOException)
            {
                // the child is gone and took its end of the pipe: what was not written is lost, as under .NET
            }
            if (_pipes != null) _pipes.CloseAll();
            // a child that has exited is collected now rather than left a zombie (.NET collects on SIGCHLD)
            if (_isChild && !_exited) Reap(false);
        }

        public override string ToString()
        {
            if (!_haveId) return base.ToString();
            try
            {
                return base.ToString() + " (" + ProcessName + ")";
            }
            catch (InvalidOperationException)
            {
                return base.ToString();
            }
        }
    }
}
