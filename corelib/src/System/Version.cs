using System.Collections.Generic;
using System.Globalization;

namespace System
{
    // A version number major.minor[.build[.revision]]; components left out are -1.
    public sealed class Version : ICloneable, IComparable, IComparable<Version>, IEquatable<Version>
    {
        private readonly int _Major;
        private readonly int _Minor;
        private readonly int _Build = -1;
        private readonly int _Revision = -1;

        public Version(int major, int minor, int build, int revision)
        {
            if (major < 0) throw NegativeComponent("major");
            if (minor < 0) throw NegativeComponent("minor");
            if (build < 0) throw NegativeComponent("build");
            if (revision < 0) throw NegativeComponent("revision");
            _Major = major;
            _Minor = minor;
            _Build = build;
            _Revision = revision;
        }

        public Version(int major, int minor, int build)
        {
            if (major < 0) throw NegativeComponent("major");
            if (minor < 0) throw NegativeComponent("minor");
            if (build < 0) throw NegativeComponent("build");
            _Major = major;
            _Minor = minor;
            _Build = build;
        }

        public Version(int major, int minor)
        {
            if (major < 0) throw NegativeComponent("major");
            if (minor < 0) throw NegativeComponent("minor");
            _Major = major;
            _Minor = minor;
        }

        public Version(string version)
        {
            Version v = Parse(version);
            _Major = v._Major;
            _Minor = v._Minor;
            _Build = v._Build;
            _Revision = v._Revision;
        }

        public Version() { }

        private Version(Version version)
        {
            _Major = version._Major;
            _Minor = version._Minor;
            _Build = version._Build;
            _Revision = version._Revision;
        }

        private static ArgumentOutOfRangeException NegativeComponent(string name)
        {
            return new ArgumentOutOfRangeException(name, "Version's parameters must be greater than or equal to zero.");
        }

        public object Clone() { return new Version(this); }

        public int Major { get { return _Major; } }
        public int Minor { get { return _Minor; } }
        public int Build { get { return _Build; } }
        public int Revision { get { return _Revision; } }
        public short MajorRevision { get { return (short)(_Revision >> 16); } }
        public short MinorRevision { get { return (short)(_Revision & 0xFFFF); } }

        public int CompareTo(object version)
        {
            if (version == null) return 1;
            Version v = version as Version;
            if (v == null) throw new ArgumentException("Object must be of type Version.");
            return CompareTo(v);
        }

        public int CompareTo(Version value)
        {
            if ((object)value == (object)this) return 0;
            if ((object)value == null) return 1;
            if (_Major != value._Major) return _Major > value._Major ? 1 : -1;
            if (_Minor != value._Minor) return _Minor > value._Minor ? 1 : -1;
            if (_Build != value._Build) return _Build > value._Build ? 1 : -1;
            if (_Revision != value._Revision) return _Revision > value._Revision ? 1 : -1;
            return 0;
        }

        public override bool Equals(object obj) { return Equals(obj as Version); }

        public bool Equals(Version obj)
        {
            return (object)obj == (object)this || ((object)obj != null && _Major == obj._Major && _Minor == obj._Minor
                && _Build == obj._Build && _Revision == obj._Revision);
        }

        // .NET's packing: the low bits of each component
        public override int GetHashCode()
        {
            int accumulator = 0;
            accumulator |= (_Major & 0x0000000F) << 28;
            accumulator |= (_Minor & 0x000000FF) << 20;
            accumulator |= (_Build & 0x000000FF) << 12;
            accumulator |= (_Revision & 0x00000FFF);
            return accumulator;
        }

        public override string ToString() { return ToString(_Build == -1 ? 2 : _Revision == -1 ? 3 : 4); }

        public string ToString(int fieldCount)
        {
            switch (fieldCount)
            {
                case 0: return "";
                case 1: return Number.Int64ToString(_Major);
                case 2: return Number.Int64ToString(_Major) + "." + Number.Int64ToString(_Minor);
                case 3:
                    if (_Build == -1) throw FieldCountOutOfBounds("2");
                    return Number.Int64ToString(_Major) + "." + Number.Int64ToString(_Minor) + "." + Number.Int64ToString(_Build);
                case 4:
                    if (_Build == -1) throw FieldCountOutOfBounds("2");
                    if (_Revision == -1) throw FieldCountOutOfBounds("3");
                    return Number.Int64ToString(_Major) + "." + Number.Int64ToString(_Minor) + "." + Number.Int64ToString(_Build)
                        + "." + Number.Int64ToString(_Revision);
                default:
                    throw FieldCountOutOfBounds("4");
            }
        }

        private static ArgumentException FieldCountOutOfBounds(string upper)
        {
            return new ArgumentException("Argument must be between 0 and " + upper + ".", "fieldCount");
        }

        public static Version Parse(string input)
        {
            if (input == null) throw new ArgumentNullException("input");
            return ParseVersion(input, true);
        }

        public static bool TryParse(string input, out Version result)
        {
            result = input == null ? null : ParseVersion(input, false);
            return result != null;
        }

        // Two to four dot-separated components, each an Int32 as NumberStyles.Integer reads it (white space and a
        // sign allowed), none negative. Throwing or not, as Parse and TryParse want.
        private static Version ParseVersion(string input, bool throwOnFailure)
        {
            int majorEnd = input.IndexOf('.');
            int minorEnd = majorEnd < 0 ? -1 : input.IndexOf('.', majorEnd + 1);
            int buildEnd = minorEnd < 0 ? -1 : input.IndexOf('.', minorEnd + 1);
            if (majorEnd < 0 || (buildEnd >= 0 && input.IndexOf('.', buildEnd + 1) >= 0))
            {
                if (throwOnFailure) throw new ArgumentException("Version string portion was too short or too long.", "input");
                return null;
            }
            int major, minor, build = 0, revision = 0;
            if (!ParseComponent(input.Substring(0, majorEnd), throwOnFailure, out major)) return null;
            if (minorEnd < 0)
            {
                if (!ParseComponent(input.Substring(majorEnd + 1), throwOnFailure, out minor)) return null;
                return new Version(major, minor);
            }
            if (!ParseComponent(input.Substring(majorEnd + 1, minorEnd - majorEnd - 1), throwOnFailure, out minor)) return null;
            if (buildEnd < 0)
            {
                if (!ParseComponent(input.Substring(minorEnd + 1), throwOnFailure, out build)) return null;
                return new Version(major, minor, build);
            }
            if (!ParseComponent(input.Substring(minorEnd + 1, buildEnd - minorEnd - 1), throwOnFailure, out build)) return null;
            if (!ParseComponent(input.Substring(buildEnd + 1), throwOnFailure, out revision)) return null;
            return new Version(major, minor, build, revision);
        }

        private static bool ParseComponent(string component, bool throwOnFailure, out int value)
        {
            if (throwOnFailure)
            {
                value = int.Parse(component, NumberStyles.Integer, CultureInfo.InvariantCulture);
                if (value < 0) throw new ArgumentOutOfRangeException("input", "Version's parameters must be greater than or equal to zero.");
                return true;
            }
            return int.TryParse(component, NumberStyles.Integer, CultureInfo.InvariantCulture, out value) && value >= 0;
        }

        public static bool operator ==(Version v1, Version v2)
        {
            if ((object)v2 == null) return (object)v1 == null;
            return (object)v2 == (object)v1 || v2.Equals(v1);
        }

        public static bool operator !=(Version v1, Version v2) { return !(v1 == v2); }

        public static bool operator <(Version v1, Version v2)
        {
            if ((object)v1 == null) return (object)v2 != null;
            return v1.CompareTo(v2) < 0;
        }

        public static bool operator <=(Version v1, Version v2)
        {
            if ((object)v1 == null) return true;
            return v1.CompareTo(v2) <= 0;
        }

        public static bool operator >(Version v1, Version v2) { return v2 < v1; }
        public static bool operator >=(Version v1, Version v2) { return v2 <= v1; }
    }
}
