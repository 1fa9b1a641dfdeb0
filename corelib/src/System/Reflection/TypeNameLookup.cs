using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;

namespace System.Reflection
{
    // Type.GetType(string): the types reflection describes, by name. A name in .NET's grammar (nested types after
    // '+', generic arguments in [[Name, Assembly],...] or [Name,...], array suffixes, an assembly after a comma) is
    // rewritten into the form Type.ToString gives (List`1[System.Int32]) and looked up in an index of every
    // described type; an array type is its element type's MakeArrayType.
    internal static class TypeNameLookup
    {
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern int CountImpl();
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern IntPtr TypeAtImpl(int index);

        private static readonly object s_lock = new object();
        private static Dictionary<string, Type> s_byName, s_byLowerName;

        // Every described type, in table order (the executable's, then each image's; each sorted by name).
        internal static List<Type> All()
        {
            var all = new List<Type>();
            var seen = new HashSet<Type>();
            int count = CountImpl();
            for (int i = 0; i < count; i++)
            {
                Type t = RuntimeReflection.TypeOf(TypeAtImpl(i));
                if (seen.Add(t)) all.Add(t);
            }
            return all;
        }

        internal static Type Find(string name, bool ignoreCase)
        {
            string assembly;
            string normalized = Normalize(name, out assembly);
            Type found = normalized == null ? null : FindNormalized(normalized, ignoreCase);
            return found != null && assembly != null && !InAssembly(found, assembly) ? null : found;
        }

        // An assembly-qualified name finds the type only in that assembly (the core library under any of its names).
        private static bool InAssembly(Type type, string assembly)
        {
            Assembly a = type.Assembly;
            if (a == null) return true;
            string actual = a.GetName().Name;
            if (actual == assembly) return true;
            return actual == typeof(object).Assembly.GetName().Name
                && (assembly == "mscorlib" || assembly == "System.Private.CoreLib" || assembly == "netstandard" || assembly == "System.Runtime");
        }

        private static Type FindNormalized(string name, bool ignoreCase)
        {
            Dictionary<string, Type> index = Index(ignoreCase);
            Type found;
            if (index.TryGetValue(ignoreCase ? name.ToLowerInvariant() : name, out found)) return found;
            if (name.EndsWith("[]"))
            {
                Type element = FindNormalized(name.Substring(0, name.Length - 2), ignoreCase);
                if (element == null) return null;
                try { return element.MakeArrayType(); }
                catch (NotSupportedException) { return null; }
            }
            return null;
        }

        private static Dictionary<string, Type> Index(bool lower)
        {
            lock (s_lock)
            {
                if (s_byName == null)
                {
                    var byName = new Dictionary<string, Type>();
                    var byLower = new Dictionary<string, Type>();
                    int count = CountImpl();
                    for (int i = 0; i < count; i++)
                    {
                        Type t = RuntimeReflection.TypeOf(TypeAtImpl(i));
                        string key = t.ToString();
                        if (!byName.ContainsKey(key)) byName[key] = t;
                        string lowerKey = key.ToLowerInvariant();
                        if (!byLower.ContainsKey(lowerKey)) byLower[lowerKey] = t;
                    }
                    s_byLowerName = byLower;
                    s_byName = byName;
                }
                return lower ? s_byLowerName : s_byName;
            }
        }

        // .NET's grammar → ToString's form; null when the name is malformed.
        internal static string Normalize(string name, out string assembly)
        {
            int pos = 0;
            var result = new StringBuilder();
            assembly = null;
            if (!TypeName(name, ref pos, result, false)) return null;
            if (pos < name.Length && name[pos] == ',')
            {
                string rest = name.Substring(pos + 1);
                int comma = rest.IndexOf(',');
                assembly = (comma < 0 ? rest : rest.Substring(0, comma)).Trim();
                pos = name.Length;
            }
            return pos == name.Length ? result.ToString() : null;
        }

        private static bool TypeName(string s, ref int pos, StringBuilder result, bool assemblyAllowed)
        {
            int start = result.Length;
            while (pos < s.Length && "[],*&".IndexOf(s[pos]) < 0)
            {
                if (s[pos] == '\\' && pos + 1 < s.Length) pos++;
                result.Append(s[pos++]);
            }
            string simple = result.ToString(start, result.Length - start).Trim();
            result.Length = start;
            if (simple.Length == 0) return false;
            result.Append(simple);
            if (pos + 1 < s.Length && s[pos] == '[' && s[pos + 1] != ']' && s[pos + 1] != ',' && s[pos + 1] != '*')
            {
                pos++;
                result.Append('[');
                bool first = true;
                do
                {
                    if (!first) result.Append(',');
                    first = false;
                    bool bracketed = pos < s.Length && s[pos] == '[';
                    if (bracketed) pos++;
                    if (!TypeName(s, ref pos, result, bracketed)) return false;
                    if (bracketed && !Expect(s, ref pos, ']')) return false;
                } while (pos < s.Length && s[pos] == ',' && ++pos > 0);
                if (!Expect(s, ref pos, ']')) return false;
                result.Append(']');
            }
            while (pos < s.Length && (s[pos] == '[' || s[pos] == '*' || s[pos] == '&'))
            {
                if (s[pos] != '[') { result.Append(s[pos++]); continue; }
                int close = s.IndexOf(']', pos);
                if (close < 0) return false;
                result.Append(s, pos, close - pos + 1);
                pos = close + 1;
            }
            if (assemblyAllowed && pos < s.Length && s[pos] == ',')
            {
                // a generic argument's assembly: the argument is found by name
                int close = s.IndexOf(']', pos);
                pos = close < 0 ? s.Length : close;
            }
            return true;
        }

        private static bool Expect(string s, ref int pos, char c)
        {
            if (pos >= s.Length || s[pos] != c) return false;
            pos++;
            return true;
        }
    }
}

namespace System
{
    using System.Reflection;

    public abstract partial class Type
    {
        public static Type GetType(string typeName) { return GetType(typeName, false, false); }
        public static Type GetType(string typeName, bool throwOnError) { return GetType(typeName, throwOnError, false); }

        public static Type GetType(string typeName, bool throwOnError, bool ignoreCase)
        {
            if (typeName == null) throw new ArgumentNullException("typeName");
            Type found = TypeNameLookup.Find(typeName, ignoreCase);
            if (found == null && throwOnError) throw new TypeLoadException("Could not load type '" + typeName + "'.");
            return found;
        }
    }
}
