using System.Text;
using System.Threading.Tasks;

namespace System.IO
{
    // The base of character writers, as .NET's: every overload ends in Write(char), Write(char[], int, int) or
    // Write(string), so a subclass overrides Write(char) at least and the others to go faster. Numbers are formatted
    // with FormatProvider.
    public abstract class TextWriter : IDisposable
    {
        public static readonly TextWriter Null = new NullTextWriter();

        protected char[] CoreNewLine;
        private string m_newLine;
        private readonly IFormatProvider m_formatProvider;

        protected TextWriter() : this(null) { }

        protected TextWriter(IFormatProvider formatProvider)
        {
            m_formatProvider = formatProvider;
            m_newLine = Environment.NewLine;
            CoreNewLine = m_newLine.ToCharArray();
        }

        public virtual IFormatProvider FormatProvider
        {
            get { return m_formatProvider != null ? m_formatProvider : System.Globalization.CultureInfo.CurrentCulture; }
        }

        public abstract Encoding Encoding { get; }

        public virtual string NewLine
        {
            get { return m_newLine; }
            set
            {
                if (value == null) value = Environment.NewLine;
                m_newLine = value;
                CoreNewLine = value.ToCharArray();
            }
        }

        public virtual void Write(char value) { }

        public virtual void Write(char[] buffer) { if (buffer != null) Write(buffer, 0, buffer.Length); }

        public virtual void Write(char[] buffer, int index, int count)
        {
            if (buffer == null) throw new ArgumentNullException("buffer");
            if (index < 0) throw new ArgumentOutOfRangeException("index", "Non-negative number required.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            if (buffer.Length - index < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            for (int i = 0; i < count; i++) Write(buffer[index + i]);
        }

        public virtual void Write(string value) { if (value != null) Write(value.ToCharArray()); }

        public virtual void Write(StringBuilder value) { if (value != null) Write(value.ToString()); }

        public virtual void Write(object value)
        {
            if (value == null) return;
            IFormattable formattable = value as IFormattable;
            Write(formattable != null ? formattable.ToString(null, FormatProvider) : value.ToString());
        }

        public virtual void Write(bool value) { Write(value ? "True" : "False"); }
        public virtual void Write(int value) { Write(value.ToString(FormatProvider)); }
        public virtual void Write(long value) { Write(value.ToString(FormatProvider)); }
        public virtual void Write(uint value) { Write(value.ToString(FormatProvider)); }
        public virtual void Write(ulong value) { Write(value.ToString(FormatProvider)); }
        public virtual void Write(double value) { Write(value.ToString(FormatProvider)); }
        public virtual void Write(float value) { Write(value.ToString(FormatProvider)); }
        public virtual void Write(decimal value) { Write(value.ToString(FormatProvider)); }
        public virtual void Write(string format, object arg0) { Write(string.Format(FormatProvider, format, arg0)); }
        public virtual void Write(string format, object arg0, object arg1) { Write(string.Format(FormatProvider, format, arg0, arg1)); }
        public virtual void Write(string format, object arg0, object arg1, object arg2) { Write(string.Format(FormatProvider, format, arg0, arg1, arg2)); }
        public virtual void Write(string format, params object[] args) { Write(string.Format(FormatProvider, format, args)); }

        public virtual void WriteLine() { Write(CoreNewLine); }
        public virtual void WriteLine(string value) { Write(value); Write(m_newLine); }
        public virtual void WriteLine(char value) { Write(value); WriteLine(); }
        public virtual void WriteLine(char[] buffer) { Write(buffer); WriteLine(); }
        public virtual void WriteLine(char[] buffer, int index, int count) { Write(buffer, index, count); WriteLine(); }
        public virtual void WriteLine(StringBuilder value) { Write(value); WriteLine(); }
        public virtual void WriteLine(object value) { Write(value); WriteLine(); }
        public virtual void WriteLine(bool value) { Write(value); WriteLine(); }
        public virtual void WriteLine(int value) { Write(value); WriteLine(); }
        public virtual void WriteLine(long value) { Write(value); WriteLine(); }
        public virtual void WriteLine(uint value) { Write(value); WriteLine(); }
        public virtual void WriteLine(ulong value) { Write(value); WriteLine(); }
        public virtual void WriteLine(double value) { Write(value); WriteLine(); }
        public virtual void WriteLine(float value) { Write(value); WriteLine(); }
        public virtual void WriteLine(decimal value) { Write(value); WriteLine(); }
        public virtual void WriteLine(string format, object arg0) { WriteLine(string.Format(FormatProvider, format, arg0)); }
        public virtual void WriteLine(string format, object arg0, object arg1) { WriteLine(string.Format(FormatProvider, format, arg0, arg1)); }
        public virtual void WriteLine(string format, object arg0, object arg1, object arg2) { WriteLine(string.Format(FormatProvider, format, arg0, arg1, arg2)); }
        public virtual void WriteLine(string format, params object[] args) { WriteLine(string.Format(FormatProvider, format, args)); }

        public virtual void Flush() { }

        // Asynchronous writes complete at once on Kiln's single-threaded run loop (see TextReader).
        public virtual Task WriteAsync(char value) { return Run(() => Write(value)); }
        public virtual Task WriteAsync(string value) { return Run(() => Write(value)); }
        public Task WriteAsync(char[] buffer) { return buffer == null ? Task.CompletedTask : WriteAsync(buffer, 0, buffer.Length); }
        public virtual Task WriteAsync(char[] buffer, int index, int count) { return Run(() => Write(buffer, index, count)); }
        public virtual Task WriteLineAsync() { return Run(() => WriteLine()); }
        public virtual Task WriteLineAsync(char value) { return Run(() => WriteLine(value)); }
        public virtual Task WriteLineAsync(string value) { return Run(() => WriteLine(value)); }
        public Task WriteLineAsync(char[] buffer) { return buffer == null ? WriteLineAsync() : WriteLineAsync(buffer, 0, buffer.Length); }
        public virtual Task WriteLineAsync(char[] buffer, int index, int count) { return Run(() => WriteLine(buffer, index, count)); }
        public virtual Task FlushAsync() { return Run(Flush); }

        private static Task Run(Action write)
        {
            try
            {
                write();
                return Task.CompletedTask;
            }
            catch (Exception e)
            {
                return Task.FromException(e);
            }
        }

        public virtual void Close() { Dispose(true); }

        // A writer whose members run one at a time (Kiln runs one thread, so the wrapper only forwards).
        public static TextWriter Synchronized(TextWriter writer)
        {
            if (writer == null) throw new ArgumentNullException("writer");
            return writer is SyncTextWriter ? writer : new SyncTextWriter(writer);
        }

        public void Dispose() { Dispose(true); }

        protected virtual void Dispose(bool disposing) { }

        // TextWriter.Null: accepts everything and keeps nothing.
        private sealed class NullTextWriter : TextWriter
        {
            public override Encoding Encoding { get { return Encoding.Unicode; } }
            public override void Write(char value) { }
            public override void Write(char[] buffer, int index, int count) { }
            public override void Write(string value) { }
            public override void WriteLine() { }
            public override void WriteLine(string value) { }
        }
    }
}
