namespace System.Security.Cryptography
{
    // The three hash families: an abstract algorithm with Create() and the one-shot HashData (.NET 5+), and the
    // concrete names libraries construct directly. They all run the same C# engines.
    public abstract class SHA1 : HashAlgorithm
    {
        public const int HashSizeInBits = 160;
        public const int HashSizeInBytes = 20;

        protected SHA1() { HashSizeValue = 160; }

        public static SHA1 Create() { return new SHA1Managed(); }

        public static byte[] HashData(byte[] source)
        {
            if (source == null) throw new ArgumentNullException("source");
            Sha1Engine engine = new Sha1Engine();
            engine.Append(source, 0, source.Length);
            return engine.Finish();
        }
    }

    public sealed class SHA1Managed : SHA1
    {
        private readonly Sha1Engine m_engine = new Sha1Engine();
        public SHA1Managed() { }
        protected override void HashCore(byte[] array, int ibStart, int cbSize) { m_engine.Append(array, ibStart, cbSize); }
        protected override byte[] HashFinal() { return m_engine.Finish(); }
        public override void Initialize() { m_engine.Reset(); }
    }

    public sealed class SHA1CryptoServiceProvider : SHA1
    {
        private readonly Sha1Engine m_engine = new Sha1Engine();
        public SHA1CryptoServiceProvider() { }
        protected override void HashCore(byte[] array, int ibStart, int cbSize) { m_engine.Append(array, ibStart, cbSize); }
        protected override byte[] HashFinal() { return m_engine.Finish(); }
        public override void Initialize() { m_engine.Reset(); }
    }

    public abstract class SHA256 : HashAlgorithm
    {
        public const int HashSizeInBits = 256;
        public const int HashSizeInBytes = 32;

        protected SHA256() { HashSizeValue = 256; }

        public static SHA256 Create() { return new SHA256Managed(); }

        public static byte[] HashData(byte[] source)
        {
            if (source == null) throw new ArgumentNullException("source");
            Sha256Engine engine = new Sha256Engine();
            engine.Append(source, 0, source.Length);
            return engine.Finish();
        }
    }

    public sealed class SHA256Managed : SHA256
    {
        private readonly Sha256Engine m_engine = new Sha256Engine();
        public SHA256Managed() { }
        protected override void HashCore(byte[] array, int ibStart, int cbSize) { m_engine.Append(array, ibStart, cbSize); }
        protected override byte[] HashFinal() { return m_engine.Finish(); }
        public override void Initialize() { m_engine.Reset(); }
    }

    public sealed class SHA256CryptoServiceProvider : SHA256
    {
        private readonly Sha256Engine m_engine = new Sha256Engine();
        public SHA256CryptoServiceProvider() { }
        protected override void HashCore(byte[] array, int ibStart, int cbSize) { m_engine.Append(array, ibStart, cbSize); }
        protected override byte[] HashFinal() { return m_engine.Finish(); }
        public override void Initialize() { m_engine.Reset(); }
    }

    public abstract class MD5 : HashAlgorithm
    {
        public const int HashSizeInBits = 128;
        public const int HashSizeInBytes = 16;

        protected MD5() { HashSizeValue = 128; }

        public static MD5 Create() { return new MD5CryptoServiceProvider(); }

        public static byte[] HashData(byte[] source)
        {
            if (source == null) throw new ArgumentNullException("source");
            Md5Engine engine = new Md5Engine();
            engine.Append(source, 0, source.Length);
            return engine.Finish();
        }
    }

    public sealed class MD5CryptoServiceProvider : MD5
    {
        private readonly Md5Engine m_engine = new Md5Engine();
        public MD5CryptoServiceProvider() { }
        protected override void HashCore(byte[] array, int ibStart, int cbSize) { m_engine.Append(array, ibStart, cbSize); }
        protected override byte[] HashFinal() { return m_engine.Finish(); }
        public override void Initialize() { m_engine.Reset(); }
    }
}
