using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace System
{
    public enum EnvironmentVariableTarget { Process = 0, User = 1, Machine = 2 }

    // Environment variables as .NET keeps them on Unix: read from the C library's environment until the first change
    // or enumeration, then from a managed copy that changes never reach (the C library's environment is not safe to
    // change while other threads read it). Child processes get the managed copy (ProcessStartInfo.Environment).
    public static partial class Environment
    {
        private static Dictionary<string, string> s_environment;

        // The C library's environ: NAME=VALUE strings, then a null pointer.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern IntPtr NativeEnvironmentBlock();

        public static string GetEnvironmentVariable(string variable)
        {
            if (variable == null) throw new ArgumentNullException("variable");
            if (s_environment == null) return Marshal.PtrToStringUTF8(Interop.Libc.getenv(variable));
            string value;
            return s_environment.TryGetValue(variable, out value) ? value : null;
        }

        // Unix has no user or machine variables: none are read and none are stored (.NET).
        public static string GetEnvironmentVariable(string variable, EnvironmentVariableTarget target)
        {
            if (target == EnvironmentVariableTarget.Process) return GetEnvironmentVariable(variable);
            if (variable == null) throw new ArgumentNullException("variable");
            ValidateTarget(target);
            return null;
        }

        public static void SetEnvironmentVariable(string variable, string value)
        {
            ValidateVariable(variable);
            Dictionary<string, string> environment = Variables();
            // a null or empty value (or one starting with NUL) removes the variable
            if (string.IsNullOrEmpty(value) || value[0] == '\0') environment.Remove(variable);
            else environment[variable] = value;
        }

        public static void SetEnvironmentVariable(string variable, string value, EnvironmentVariableTarget target)
        {
            if (target == EnvironmentVariableTarget.Process)
            {
                SetEnvironmentVariable(variable, value);
                return;
            }
            ValidateVariable(variable);
            ValidateTarget(target);
        }

        public static IDictionary GetEnvironmentVariables()
        {
            Hashtable result = new Hashtable();
            foreach (KeyValuePair<string, string> pair in Variables()) result[pair.Key] = pair.Value;
            return result;
        }

        public static IDictionary GetEnvironmentVariables(EnvironmentVariableTarget target)
        {
            if (target == EnvironmentVariableTarget.Process) return GetEnvironmentVariables();
            ValidateTarget(target);
            return new Hashtable();
        }

        // %NAME% becomes the variable's value; names that are not set, and lone '%', stay as written (.NET on Unix).
        public static string ExpandEnvironmentVariables(string name)
        {
            if (name == null) throw new ArgumentNullException("name");
            if (name.Length == 0) return name;
            System.Text.StringBuilder result = new System.Text.StringBuilder(name.Length);
            int last = 0, percent;
            while (last < name.Length && (percent = name.IndexOf('%', last + 1)) >= 0)
            {
                if (name[last] == '%')
                {
                    string value = GetEnvironmentVariable(name.Substring(last + 1, percent - last - 1));
                    if (value != null)
                    {
                        result.Append(value);
                        last = percent + 1;
                        continue;
                    }
                }
                result.Append(name, last, percent - last);
                last = percent;
            }
            result.Append(name, last, name.Length - last);
            return result.ToString();
        }

        // The managed copy, made from the C library's environment at first use (the first of duplicates wins).
        internal static Dictionary<string, string> Variables()
        {
            if (s_environment == null)
            {
                Dictionary<string, string> environment = new Dictionary<string, string>();
                IntPtr block = NativeEnvironmentBlock();
                for (int i = 0; block != IntPtr.Zero; i++)
                {
                    string entry = Marshal.PtrToStringUTF8(Marshal.ReadIntPtr(block, i * IntPtr.Size));
                    if (entry == null) break;
                    int equals = entry.IndexOf('=', 1); // a name may start with '='
                    if (equals <= 0) continue;
                    string key = entry.Substring(0, equals);
                    if (!environment.ContainsKey(key)) environment.Add(key, entry.Substring(equals + 1));
                }
                s_environment = environment;
            }
            return s_environment;
        }

        private static void ValidateVariable(string variable)
        {
            if (variable == null) throw new ArgumentNullException("variable");
            if (variable.Length == 0) throw new ArgumentException("The value cannot be an empty string.", "variable");
            if (variable[0] == '\0') throw new ArgumentException("The first char in the string is the null character.", "variable");
            if (variable.IndexOf('=') >= 0) throw new ArgumentException("Environment variable name cannot contain equal character.", "variable");
        }

        private static void ValidateTarget(EnvironmentVariableTarget target)
        {
            if (target != EnvironmentVariableTarget.User && target != EnvironmentVariableTarget.Machine)
                throw new ArgumentOutOfRangeException("target", target, "Illegal enum value: " + (int)target + ".");
        }
    }
}
