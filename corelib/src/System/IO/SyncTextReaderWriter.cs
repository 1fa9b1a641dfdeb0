using System.Text;

namespace System.IO
{
    // TextReader.Synchronized: every member forwards to the wrapped reader. .NET takes a lock around each call; Kiln
    // runs managed code on one thread, so forwarding is all the synchronization there is to do.
    internal sealed class SyncTextReader : TextReader
    {
        internal readonly TextReader Inner;

        internal SyncTextReader(TextReader inner) { Inner = inner; }

        public override int Peek() { return Inner.Peek(); }
        public override int Read() { return Inner.Read(); }
        public override int Read(char[] buffer, int index, int count) { return Inner.Read(buffer, index, count); }
        public override int ReadBlock(char[] buffer, int index, int count) { return Inner.ReadBlock(buffer, index, count); }
        public override string ReadLine() { return Inner.ReadLine(); }
        public override string ReadToEnd() { return Inner.ReadToEnd(); }
        public override void Close() { Inner.Close(); }
        protected override void Dispose(bool disposing) { if (disposing) Inner.Dispose(); }
    }

    // TextWriter.Synchronized: every member forwards to the wrapped writer (see SyncTextReader).
    internal sealed class SyncTextWriter : TextWriter
    {
        internal readonly TextWriter Inner;

        internal SyncTextWriter(TextWriter inner) : base(inner.FormatProvider) { Inner = inner; }

        public override Encoding Encoding { get { return Inner.Encoding; } }
        public override IFormatProvider FormatProvider { get { return Inner.FormatProvider; } }
        public override string NewLine { get { return Inner.NewLine; } set { Inner.NewLine = value; } }

        public override void Write(char value) { Inner.Write(value); }
        public override void Write(char[] buffer) { Inner.Write(buffer); }
        public override void Write(char[] buffer, int index, int count) { Inner.Write(buffer, index, count); }
        public override void Write(string value) { Inner.Write(value); }
        public override void Write(StringBuilder value) { Inner.Write(value); }
        public override void Write(object value) { Inner.Write(value); }
        public override void Write(bool value) { Inner.Write(value); }
        public override void Write(int value) { Inner.Write(value); }
        public override void Write(long value) { Inner.Write(value); }
        public override void Write(uint value) { Inner.Write(value); }
        public override void Write(ulong value) { Inner.Write(value); }
        public override void Write(double value) { Inner.Write(value); }
        public override void Write(float value) { Inner.Write(value); }
        public override void Write(decimal value) { Inner.Write(value); }
        public override void Write(string format, object arg0) { Inner.Write(format, arg0); }
        public override void Write(string format, object arg0, object arg1) { Inner.Write(format, arg0, arg1); }
        public override void Write(string format, object arg0, object arg1, object arg2) { Inner.Write(format, arg0, arg1, arg2); }
        public override void Write(string format, params object[] args) { Inner.Write(format, args); }

        public override void WriteLine() { Inner.WriteLine(); }
        public override void WriteLine(string value) { Inner.WriteLine(value); }
        public override void WriteLine(char value) { Inner.WriteLine(value); }
        public override void WriteLine(char[] buffer) { Inner.WriteLine(buffer); }
        public override void WriteLine(char[] buffer, int index, int count) { Inner.WriteLine(buffer, index, count); }
        public override void WriteLine(StringBuilder value) { Inner.WriteLine(value); }
        public override void WriteLine(object value) { Inner.WriteLine(value); }
        public override void WriteLine(bool value) { Inner.WriteLine(value); }
        public override void WriteLine(int value) { Inner.WriteLine(value); }
        public override void WriteLine(long value) { Inner.WriteLine(value); }
        public override void WriteLine(uint value) { Inner.WriteLine(value); }
        public override void WriteLine(ulong value) { Inner.WriteLine(value); }
        public override void WriteLine(double value) { Inner.WriteLine(value); }
        public override void WriteLine(float value) { Inner.WriteLine(value); }
        public override void WriteLine(decimal value) { Inner.WriteLine(value); }
        public override void WriteLine(string format, object arg0) { Inner.WriteLine(format, arg0); }
        public override void WriteLine(string format, object arg0, object arg1) { Inner.WriteLine(format, arg0, arg1); }
        public override void WriteLine(string format, object arg0, object arg1, object arg2) { Inner.WriteLine(format, arg0, arg1, arg2); }
        public override void WriteLine(string format, params object[] args) { Inner.WriteLine(format, args); }

        public override void Flush() { Inner.Flush(); }
        public override void Close() { Inner.Close(); }
        protected override void Dispose(bool disposing) { if (disposing) Inner.Dispose(); }
    }
}
