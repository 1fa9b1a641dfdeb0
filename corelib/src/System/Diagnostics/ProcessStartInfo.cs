using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Text;

namespace System.Diagnostics
{
    // What Process.Start starts: the program, its arguments (one string parsed as .NET does, or ArgumentList), its
    // working directory, its environment (a copy of this process's, made when first asked for) and which standard
    // streams are redirected to pipes.
    public sealed class ProcessStartInfo
    {
        private string _fileName;
        private string _arguments;
        private string _workingDirectory;
        private Collection<string> _argumentList;
        private Dictionary<string, string> _environment;

        public ProcessStartInfo() { }
        public ProcessStartInfo(string fileName) { _fileName = fileName; }
        public ProcessStartInfo(string fileName, string arguments) { _fileName = fileName; _arguments = arguments; }

        public ProcessStartInfo(string fileName, IEnumerable<string> arguments)
        {
            if (fileName == null) throw new ArgumentNullException("fileName");
            if (arguments == null) throw new ArgumentNullException("arguments");
            _fileName = fileName;
            foreach (string argument in arguments) ArgumentList.Add(argument);
        }

        public string FileName { get { return _fileName ?? ""; } set { _fileName = value; } }
        public string Arguments { get { return _arguments ?? ""; } set { _arguments = value; } }
        public string WorkingDirectory { get { return _workingDirectory ?? ""; } set { _workingDirectory = value; } }

        public Collection<string> ArgumentList
        {
            get { return _argumentList ?? (_argumentList = new Collection<string>()); }
        }

        internal bool HasArgumentList { get { return _argumentList != null && _argumentList.Count > 0; } }

        // The child's environment: this process's variables when first read, then whatever the program changes.
        public IDictionary<string, string> Environment
        {
            get
            {
                if (_environment == null)
                {
                    _environment = new Dictionary<string, string>();
                    foreach (KeyValuePair<string, string> pair in System.Environment.Variables()) _environment.Add(pair.Key, pair.Value);
                }
                return _environment;
            }
        }

        internal bool HasEnvironment { get { return _environment != null; } }

        private System.Collections.Specialized.StringDictionary _environmentVariables;

        // The same variables as Environment, through the older StringDictionary type.
        public System.Collections.Specialized.StringDictionary EnvironmentVariables
        {
            get { return _environmentVariables ?? (_environmentVariables = new EnvironmentVariablesView(Environment)); }
        }

        private bool _useShellExecute;
        public bool UseShellExecute { get { return _useShellExecute; } set { _useShellExecute = value; } }
        private bool _redirectStandardInput;
        public bool RedirectStandardInput { get { return _redirectStandardInput; } set { _redirectStandardInput = value; } }
        private bool _redirectStandardOutput;
        public bool RedirectStandardOutput { get { return _redirectStandardOutput; } set { _redirectStandardOutput = value; } }
        private bool _redirectStandardError;
        public bool RedirectStandardError { get { return _redirectStandardError; } set { _redirectStandardError = value; } }
        private bool _createNoWindow;
        public bool CreateNoWindow { get { return _createNoWindow; } set { _createNoWindow = value; } } // no windows on Unix
        private bool _errorDialog;
        public bool ErrorDialog { get { return _errorDialog; } set { _errorDialog = value; } }
        private string _verb;
        public string Verb { get { return _verb ?? ""; } set { _verb = value; } }
        private string _userName;
        public string UserName { get { return _userName; } set { _userName = value; } }
        private Encoding _standardInputEncoding;
        public Encoding StandardInputEncoding { get { return _standardInputEncoding; } set { _standardInputEncoding = value; } }
        private Encoding _standardOutputEncoding;
        public Encoding StandardOutputEncoding { get { return _standardOutputEncoding; } set { _standardOutputEncoding = value; } }
        private Encoding _standardErrorEncoding;
        public Encoding StandardErrorEncoding { get { return _standardErrorEncoding; } set { _standardErrorEncoding = value; } }
        private ProcessWindowStyle _windowStyle;
        public ProcessWindowStyle WindowStyle { get { return _windowStyle; } set { _windowStyle = value; } }
    }

    public enum ProcessWindowStyle { Normal = 0, Hidden = 1, Minimized = 2, Maximized = 3 }
}
