using System.Collections;
using System.Collections.Generic;
using System.Text;

namespace System.IO
{
    // File.ReadLines: the file is opened at the call (so a missing file throws there, as .NET), lines are read one
    // MoveNext at a time, and the file is closed at the end or on Dispose. Enumerating a second time opens the file
    // again.
    internal sealed class ReadLinesIterator : IEnumerable<string>, IEnumerator<string>
    {
        private readonly string _path;
        private readonly Encoding _encoding;
        private StreamReader _reader;
        private string _current;
        private bool _handedOut;

        internal ReadLinesIterator(string path, Encoding encoding)
        {
            _path = path;
            _encoding = encoding;
            _reader = new StreamReader(path, encoding, true);
        }

        public IEnumerator<string> GetEnumerator()
        {
            if (!_handedOut)
            {
                _handedOut = true;
                return this;
            }
            var again = new ReadLinesIterator(_path, _encoding);
            again._handedOut = true;
            return again;
        }

        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }

        public string Current { get { return _current; } }

        object IEnumerator.Current { get { return _current; } }

        public bool MoveNext()
        {
            if (_reader == null) return false;
            _current = _reader.ReadLine();
            if (_current != null) return true;
            Dispose();
            return false;
        }

        public void Reset() { throw new NotSupportedException("Specified method is not supported."); }

        public void Dispose()
        {
            if (_reader == null) return;
            _reader.Dispose();
            _reader = null;
        }
    }
}
