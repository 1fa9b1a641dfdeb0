using System.Collections;
using System.Collections.Generic;
using System.Collections.Specialized;

namespace System.Diagnostics
{
    // ProcessStartInfo.EnvironmentVariables: the older StringDictionary face of ProcessStartInfo.Environment. As in
    // .NET Core, it is a view of the same dictionary and its keys keep their case (Unix names are case-sensitive).
    internal sealed class EnvironmentVariablesView : StringDictionary
    {
        private readonly IDictionary<string, string> _variables;

        internal EnvironmentVariablesView(IDictionary<string, string> variables) { _variables = variables; }

        public override int Count { get { return _variables.Count; } }
        public override ICollection Keys { get { return new List<string>(_variables.Keys).ToArray(); } }
        public override ICollection Values { get { return new List<string>(_variables.Values).ToArray(); } }

        public override string this[string key]
        {
            get
            {
                if (key == null) throw new ArgumentNullException("key");
                string value;
                return _variables.TryGetValue(key, out value) ? value : null;
            }
            set
            {
                if (key == null) throw new ArgumentNullException("key");
                _variables[key] = value;
            }
        }

        public override void Add(string key, string value)
        {
            if (key == null) throw new ArgumentNullException("key");
            _variables.Add(key, value);
        }

        public override void Clear() { _variables.Clear(); }

        public override bool ContainsKey(string key)
        {
            if (key == null) throw new ArgumentNullException("key");
            return _variables.ContainsKey(key);
        }

        public override bool ContainsValue(string value)
        {
            foreach (string v in _variables.Values) if (v == value) return true;
            return false;
        }

        public override void CopyTo(Array array, int index)
        {
            foreach (KeyValuePair<string, string> pair in _variables) array.SetValue(new DictionaryEntry(pair.Key, pair.Value), index++);
        }

        public override IEnumerator GetEnumerator()
        {
            Hashtable copy = new Hashtable();
            foreach (KeyValuePair<string, string> pair in _variables) copy.Add(pair.Key, pair.Value);
            return copy.GetEnumerator();
        }

        public override void Remove(string key)
        {
            if (key == null) throw new ArgumentNullException("key");
            _variables.Remove(key);
        }
    }
}
