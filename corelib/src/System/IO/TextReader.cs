using System.Text;
using System.Threading.Tasks;

namespace System.IO
{
    // The base of character readers, as .NET's: Read() and Peek() are the contract, everything else reads through
    // Read() unless a subclass does better. Lines end at "\n", "\r" or "\r\n".
    public abstract class TextReader : IDisposable
    {
        public static readonly TextReader Null = new NullTextReader();

        protected TextReader() { }

        public virtual int Peek() { return -1; }

        public virtual int Read() { return -1; }

        public virtual int Read(char[] buffer, int index, int count)
        {
            ValidateBuffer(buffer, index, count);
            int n = 0;
            while (n < count)
            {
                int ch = Read();
                if (ch == -1) break;
                buffer[index + n++] = (char)ch;
            }
            return n;
        }

        // Reads until count characters are read or the input ends.
        public virtual int ReadBlock(char[] buffer, int index, int count)
        {
            ValidateBuffer(buffer, index, count);
            int total = 0, n;
            do
            {
                n = Read(buffer, index + total, count - total);
                total += n;
            }
            while (n > 0 && total < count);
            return total;
        }

        public virtual string ReadLine()
        {
            StringBuilder sb = new StringBuilder();
            while (true)
            {
                int ch = Read();
                if (ch == -1) return sb.Length > 0 ? sb.ToString() : null;
                if (ch == '\r' || ch == '\n')
                {
                    if (ch == '\r' && Peek() == '\n') Read();
                    return sb.ToString();
                }
                sb.Append((char)ch);
            }
        }

        public virtual string ReadToEnd()
        {
            char[] chars = new char[4096];
            StringBuilder sb = new StringBuilder(4096);
            int n;
            while ((n = Read(chars, 0, chars.Length)) != 0) sb.Append(chars, 0, n);
            return sb.ToString();
        }

        // Asynchronous reads complete at once on Kiln's single-threaded run loop: the work is the synchronous
        // method's, an exception comes back in the task.
        public virtual Task<string> ReadLineAsync()
        {
            try { return Task.FromResult(ReadLine()); }
            catch (Exception e) { return Task.FromException<string>(e); }
        }

        public virtual Task<string> ReadToEndAsync()
        {
            try { return Task.FromResult(ReadToEnd()); }
            catch (Exception e) { return Task.FromException<string>(e); }
        }

        public virtual Task<int> ReadAsync(char[] buffer, int index, int count)
        {
            ValidateBuffer(buffer, index, count);
            try { return Task.FromResult(Read(buffer, index, count)); }
            catch (Exception e) { return Task.FromException<int>(e); }
        }

        public virtual Task<int> ReadBlockAsync(char[] buffer, int index, int count)
        {
            ValidateBuffer(buffer, index, count);
            try { return Task.FromResult(ReadBlock(buffer, index, count)); }
            catch (Exception e) { return Task.FromException<int>(e); }
        }

        public virtual void Close() { Dispose(true); }

        // A reader whose members run one at a time (Kiln runs one thread, so the wrapper only forwards).
        public static TextReader Synchronized(TextReader reader)
        {
            if (reader == null) throw new ArgumentNullException("reader");
            return reader is SyncTextReader ? reader : new SyncTextReader(reader);
        }

        public void Dispose() { Dispose(true); }

        protected virtual void Dispose(bool disposing) { }

        internal static void ValidateBuffer(char[] buffer, int index, int count)
        {
            if (buffer == null) throw new ArgumentNullException("buffer");
            if (index < 0) throw new ArgumentOutOfRangeException("index", "Non-negative number required.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            if (buffer.Length - index < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
        }

        // TextReader.Null: always at the end.
        private sealed class NullTextReader : TextReader
        {
            public override int Read(char[] buffer, int index, int count) { return 0; }
            public override string ReadLine() { return null; }
        }
    }
}
