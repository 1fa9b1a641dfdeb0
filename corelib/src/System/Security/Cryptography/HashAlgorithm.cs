using System.IO;

namespace System.Security.Cryptography
{
    public interface ICryptoTransform : IDisposable
    {
        int InputBlockSize { get; }
        int OutputBlockSize { get; }
        bool CanTransformMultipleBlocks { get; }
        bool CanReuseTransform { get; }
        int TransformBlock(byte[] inputBuffer, int inputOffset, int inputCount, byte[] outputBuffer, int outputOffset);
        byte[] TransformFinalBlock(byte[] inputBuffer, int inputOffset, int inputCount);
    }

    public class CryptographicException : SystemException
    {
        public CryptographicException() : base("Error occurred during a cryptographic operation.") { }
        public CryptographicException(string message) : base(message) { }
        public CryptographicException(string message, Exception inner) : base(message, inner) { }
        public CryptographicException(string format, string insert) : base(string.Format(format, insert)) { }
    }

    public class CryptographicUnexpectedOperationException : CryptographicException
    {
        public CryptographicUnexpectedOperationException() : base("Error occurred during a cryptographic operation.") { }
        public CryptographicUnexpectedOperationException(string message) : base(message) { }
        public CryptographicUnexpectedOperationException(string message, Exception inner) : base(message, inner) { }
    }

    // The base of hash functions, as .NET's: HashCore takes data, HashFinal finishes, Initialize starts over.
    // ComputeHash does all three; TransformBlock/TransformFinalBlock feed data piece by piece (copying it through, as
    // an ICryptoTransform does) and leave the result in Hash.
    public abstract class HashAlgorithm : IDisposable, ICryptoTransform
    {
        protected int HashSizeValue;
        protected internal byte[] HashValue;
        protected int State;   // 1 between a TransformBlock and the TransformFinalBlock that ends it
        private bool m_disposed;

        protected HashAlgorithm() { }

        public virtual int HashSize { get { return HashSizeValue; } }

        public virtual byte[] Hash
        {
            get
            {
                ThrowIfDisposed();
                if (State != 0) throw new CryptographicUnexpectedOperationException("Hash must be finalized before the hash value is retrieved.");
                return HashValue == null ? null : (byte[])HashValue.Clone();
            }
        }

        public virtual int InputBlockSize { get { return 1; } }
        public virtual int OutputBlockSize { get { return 1; } }
        public virtual bool CanTransformMultipleBlocks { get { return true; } }
        public virtual bool CanReuseTransform { get { return true; } }

        public byte[] ComputeHash(byte[] buffer)
        {
            ThrowIfDisposed();
            if (buffer == null) throw new ArgumentNullException("buffer");
            HashCore(buffer, 0, buffer.Length);
            return CaptureHashAndReinitialize();
        }

        public byte[] ComputeHash(byte[] buffer, int offset, int count)
        {
            if (buffer == null) throw new ArgumentNullException("buffer");
            if (offset < 0) throw new ArgumentOutOfRangeException("offset", "Non-negative number required.");
            if (count < 0 || count > buffer.Length) throw new ArgumentException("Value was invalid.");
            if (buffer.Length - count < offset) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            ThrowIfDisposed();
            HashCore(buffer, offset, count);
            return CaptureHashAndReinitialize();
        }

        public byte[] ComputeHash(Stream inputStream)
        {
            ThrowIfDisposed();
            byte[] buffer = new byte[4096];
            int read;
            while ((read = inputStream.Read(buffer, 0, buffer.Length)) > 0) HashCore(buffer, 0, read);
            return CaptureHashAndReinitialize();
        }

        private byte[] CaptureHashAndReinitialize()
        {
            HashValue = HashFinal();
            byte[] copy = (byte[])HashValue.Clone();
            Initialize();
            return copy;
        }

        public int TransformBlock(byte[] inputBuffer, int inputOffset, int inputCount, byte[] outputBuffer, int outputOffset)
        {
            ValidateTransformBlock(inputBuffer, inputOffset, inputCount);
            State = 1;
            HashCore(inputBuffer, inputOffset, inputCount);
            if (outputBuffer != null && (inputBuffer != outputBuffer || inputOffset != outputOffset))
                Array.Copy(inputBuffer, inputOffset, outputBuffer, outputOffset, inputCount);
            return inputCount;
        }

        public byte[] TransformFinalBlock(byte[] inputBuffer, int inputOffset, int inputCount)
        {
            ValidateTransformBlock(inputBuffer, inputOffset, inputCount);
            HashCore(inputBuffer, inputOffset, inputCount);
            HashValue = CaptureHashAndReinitialize();
            byte[] output;
            if (inputCount != 0)
            {
                output = new byte[inputCount];
                Array.Copy(inputBuffer, inputOffset, output, 0, inputCount);
            }
            else output = Array.Empty<byte>();
            State = 0;
            return output;
        }

        private void ValidateTransformBlock(byte[] inputBuffer, int inputOffset, int inputCount)
        {
            if (inputBuffer == null) throw new ArgumentNullException("inputBuffer");
            if (inputOffset < 0) throw new ArgumentOutOfRangeException("inputOffset", "Non-negative number required.");
            if (inputCount < 0 || inputCount > inputBuffer.Length) throw new ArgumentException("Value was invalid.");
            if (inputBuffer.Length - inputCount < inputOffset) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            ThrowIfDisposed();
        }

        private void ThrowIfDisposed()
        {
            if (m_disposed) throw new ObjectDisposedException(null);
        }

        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        public void Clear() { Dispose(); }

        protected virtual void Dispose(bool disposing)
        {
            if (!disposing) return;
            if (HashValue != null) Array.Clear(HashValue, 0, HashValue.Length);
            HashValue = null;
            m_disposed = true;
        }

        protected abstract void HashCore(byte[] array, int ibStart, int cbSize);
        protected abstract byte[] HashFinal();
        public abstract void Initialize();
    }
}
