namespace System
{
    public enum PlatformID { Win32S = 0, Win32Windows = 1, Win32NT = 2, WinCE = 3, Unix = 4, Xbox = 5, MacOSX = 6, Other = 7 }

    // What Environment.OSVersion describes: a platform and a version; VersionString is "Unix 6.1.0.18" on Linux.
    public sealed class OperatingSystem : ICloneable
    {
        private readonly PlatformID _platform;
        private readonly Version _version;
        private readonly string _servicePack;
        private string _versionString;

        public OperatingSystem(PlatformID platform, Version version) : this(platform, version, null) { }

        internal OperatingSystem(PlatformID platform, Version version, string servicePack)
        {
            if (platform < PlatformID.Win32S || platform > PlatformID.Other)
                throw new ArgumentOutOfRangeException("platform", platform, "Illegal enum value: " + (int)platform + ".");
            if (version == null) throw new ArgumentNullException("version");
            _platform = platform;
            _version = version;
            _servicePack = servicePack;
        }

        public PlatformID Platform { get { return _platform; } }
        public string ServicePack { get { return _servicePack ?? ""; } }
        public Version Version { get { return _version; } }

        public string VersionString
        {
            get
            {
                if (_versionString == null)
                {
                    string os;
                    switch (_platform)
                    {
                        case PlatformID.Win32S: os = "Microsoft Win32S "; break;
                        case PlatformID.Win32Windows: os = _version.Major > 4 || (_version.Major == 4 && _version.Minor > 0) ? "Microsoft Windows 98 " : "Microsoft Windows 95 "; break;
                        case PlatformID.Win32NT: os = "Microsoft Windows NT "; break;
                        case PlatformID.WinCE: os = "Microsoft Windows CE "; break;
                        case PlatformID.Unix: os = "Unix "; break;
                        case PlatformID.Xbox: os = "Xbox "; break;
                        case PlatformID.MacOSX: os = "Mac OS X "; break;
                        default: os = "<unknown> "; break;
                    }
                    _versionString = string.IsNullOrEmpty(_servicePack) ? os + _version.ToString() : os + _version.ToString(3) + " " + _servicePack;
                }
                return _versionString;
            }
        }

        public object Clone() { return new OperatingSystem(_platform, _version, _servicePack); }

        public override string ToString() { return VersionString; }

        public static bool IsLinux() { return true; }
        public static bool IsWindows() { return false; }
        public static bool IsMacOS() { return false; }
        public static bool IsFreeBSD() { return false; }
        public static bool IsAndroid() { return false; }
        public static bool IsBrowser() { return false; }
        public static bool IsIOS() { return false; }
        public static bool IsOSPlatform(string platform)
        {
            if (platform == null) throw new ArgumentNullException("platform");
            return platform.Equals("Linux", StringComparison.OrdinalIgnoreCase);
        }
    }
}
