namespace System.IO
{
    // A stream over a pipe or terminal: no length, no position, no seeking (the NotSupportedException .NET throws).
    internal abstract class UnseekableStream : Stream
    {
        public override bool CanSeek { get { return false; } }
        public override long Length { get { throw new NotSupportedException("Stream does not support seeking."); } }
        public override long Position
        {
            get { throw new NotSupportedException("Stream does not support seeking."); }
            set { throw new NotSupportedException("Stream does not support seeking."); }
        }
        public override long Seek(long offset, SeekOrigin origin) { throw new NotSupportedException("Stream does not support seeking."); }
        public override void SetLength(long value) { throw new NotSupportedException("Stream does not support seeking."); }
    }
}
