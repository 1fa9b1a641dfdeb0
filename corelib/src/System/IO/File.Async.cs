using System.Collections.Generic;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace System.IO
{
    // File's asynchronous whole-file methods. Arguments are checked at the call, as .NET does; the work then runs
    // at once (Kiln's run loop is single-threaded, and local files do not block long), and a failure such as a
    // missing file comes back in the task, as from .NET's async implementations.
    public static partial class File
    {
        public static Task<string> ReadAllTextAsync(string path, CancellationToken cancellationToken = default(CancellationToken)) { return ReadAllTextAsync(path, Encoding.UTF8, cancellationToken); }

        public static Task<string> ReadAllTextAsync(string path, Encoding encoding, CancellationToken cancellationToken = default(CancellationToken))
        {
            CheckPath(path);
            if (encoding == null) throw new ArgumentNullException("encoding");
            return Completed(() => ReadAllText(path, encoding), cancellationToken);
        }

        public static Task<byte[]> ReadAllBytesAsync(string path, CancellationToken cancellationToken = default(CancellationToken))
        {
            CheckPath(path);
            return Completed(() => ReadAllBytes(path), cancellationToken);
        }

        public static Task<string[]> ReadAllLinesAsync(string path, CancellationToken cancellationToken = default(CancellationToken)) { return ReadAllLinesAsync(path, Encoding.UTF8, cancellationToken); }

        public static Task<string[]> ReadAllLinesAsync(string path, Encoding encoding, CancellationToken cancellationToken = default(CancellationToken))
        {
            CheckPath(path);
            if (encoding == null) throw new ArgumentNullException("encoding");
            return Completed(() => ReadAllLines(path, encoding), cancellationToken);
        }

        public static Task WriteAllTextAsync(string path, string contents, CancellationToken cancellationToken = default(CancellationToken)) { return WriteAllTextAsync(path, contents, Utf8NoBom, cancellationToken); }

        public static Task WriteAllTextAsync(string path, string contents, Encoding encoding, CancellationToken cancellationToken = default(CancellationToken))
        {
            CheckPath(path);
            if (encoding == null) throw new ArgumentNullException("encoding");
            return Completed(() => Write(path, FileMode.Create, contents, encoding), cancellationToken);
        }

        public static Task AppendAllTextAsync(string path, string contents, CancellationToken cancellationToken = default(CancellationToken)) { return AppendAllTextAsync(path, contents, Utf8NoBom, cancellationToken); }

        public static Task AppendAllTextAsync(string path, string contents, Encoding encoding, CancellationToken cancellationToken = default(CancellationToken))
        {
            CheckPath(path);
            if (encoding == null) throw new ArgumentNullException("encoding");
            return Completed(() => Write(path, FileMode.Append, contents, encoding), cancellationToken);
        }

        public static Task WriteAllBytesAsync(string path, byte[] bytes, CancellationToken cancellationToken = default(CancellationToken))
        {
            CheckPath(path);
            if (bytes == null) throw new ArgumentNullException("bytes");
            return Completed(() => WriteAllBytes(path, bytes), cancellationToken);
        }

        public static Task WriteAllLinesAsync(string path, IEnumerable<string> contents, CancellationToken cancellationToken = default(CancellationToken)) { return WriteAllLinesAsync(path, contents, Utf8NoBom, cancellationToken); }

        public static Task WriteAllLinesAsync(string path, IEnumerable<string> contents, Encoding encoding, CancellationToken cancellationToken = default(CancellationToken))
        {
            CheckPath(path);
            if (contents == null) throw new ArgumentNullException("contents");
            if (encoding == null) throw new ArgumentNullException("encoding");
            return Completed(() => WriteLines(path, FileMode.Create, contents, encoding), cancellationToken);
        }

        public static Task AppendAllLinesAsync(string path, IEnumerable<string> contents, CancellationToken cancellationToken = default(CancellationToken)) { return AppendAllLinesAsync(path, contents, Utf8NoBom, cancellationToken); }

        public static Task AppendAllLinesAsync(string path, IEnumerable<string> contents, Encoding encoding, CancellationToken cancellationToken = default(CancellationToken))
        {
            CheckPath(path);
            if (contents == null) throw new ArgumentNullException("contents");
            if (encoding == null) throw new ArgumentNullException("encoding");
            return Completed(() => WriteLines(path, FileMode.Append, contents, encoding), cancellationToken);
        }

        private static Task<T> Completed<T>(Func<T> work, CancellationToken cancellationToken)
        {
            if (cancellationToken.IsCancellationRequested) return Task.FromCanceled<T>(cancellationToken);
            try { return Task.FromResult(work()); }
            catch (Exception e) { return Task.FromException<T>(e); }
        }

        private static Task Completed(Action work, CancellationToken cancellationToken)
        {
            if (cancellationToken.IsCancellationRequested) return Task.FromCanceled(cancellationToken);
            try
            {
                work();
                return Task.CompletedTask;
            }
            catch (Exception e)
            {
                return Task.FromException(e);
            }
        }
    }
}
