namespace System.Globalization
{
    // Kiln formats and parses with the invariant culture only (as .NET in globalization-invariant mode): this is the
    // one culture there is, so that code passing CultureInfo.InvariantCulture or CurrentCulture compiles and behaves.
    // Other names throw CultureNotFoundException. The shared instances (InvariantCulture, GetCultureInfo) are
    // read-only; `new CultureInfo("")` and Clone give writable ones with their own format objects.
    public class CultureInfo : IFormatProvider, ICloneable
    {
        private static readonly CultureInfo s_invariant = ReadOnly(new CultureInfo(""));

        private bool _isReadOnly;
        private NumberFormatInfo _numberFormat;
        private DateTimeFormatInfo _dateTimeFormat;
        private TextInfo _textInfo;

        public CultureInfo(string name)
        {
            if (name == null) throw new ArgumentNullException("name");
            if (name.Length != 0 && name.ToLowerInvariant() != "invariant")
                throw new CultureNotFoundException("name", name, "Only the invariant culture is supported in globalization-invariant mode. See https://aka.ms/GlobalizationInvariantMode for more information.");
        }

        public CultureInfo(string name, bool useUserOverride) : this(name) { }

        public CultureInfo(int culture)
        {
            if (culture < 0) throw new ArgumentOutOfRangeException("culture", "Positive number required.");
            if (culture != 127)
                throw new CultureNotFoundException("culture", culture, "Culture is not supported.");
        }

        public static CultureInfo InvariantCulture { get { return s_invariant; } }
        public static CultureInfo CurrentCulture { get { return s_invariant; } set { if (value == null) throw new ArgumentNullException("value"); } }
        public static CultureInfo CurrentUICulture { get { return s_invariant; } set { if (value == null) throw new ArgumentNullException("value"); } }
        public static CultureInfo InstalledUICulture { get { return s_invariant; } }
        public static CultureInfo DefaultThreadCurrentCulture { get { return null; } set { } }
        public static CultureInfo DefaultThreadCurrentUICulture { get { return null; } set { } }

        public static CultureInfo GetCultureInfo(string name)
        {
            if (name == null) throw new ArgumentNullException("name");
            new CultureInfo(name);
            return s_invariant;
        }

        public static CultureInfo GetCultureInfo(int culture)
        {
            new CultureInfo(culture);
            return s_invariant;
        }

        public static CultureInfo ReadOnly(CultureInfo ci)
        {
            if (ci == null) throw new ArgumentNullException("ci");
            if (ci._isReadOnly) return ci;
            CultureInfo copy = (CultureInfo)ci.MemberwiseClone();
            copy._isReadOnly = true;
            if (copy._numberFormat != null) copy._numberFormat = NumberFormatInfo.ReadOnly(copy._numberFormat);
            if (copy._dateTimeFormat != null) copy._dateTimeFormat = DateTimeFormatInfo.ReadOnly(copy._dateTimeFormat);
            if (copy._textInfo != null) copy._textInfo = TextInfo.ReadOnly(copy._textInfo);
            return copy;
        }

        public virtual object Clone()
        {
            CultureInfo copy = (CultureInfo)MemberwiseClone();
            copy._isReadOnly = false;
            if (_numberFormat != null) copy._numberFormat = (NumberFormatInfo)_numberFormat.Clone();
            if (_dateTimeFormat != null) copy._dateTimeFormat = (DateTimeFormatInfo)_dateTimeFormat.Clone();
            if (_textInfo != null) copy._textInfo = (TextInfo)_textInfo.Clone();
            return copy;
        }

        public virtual string Name { get { return ""; } }
        public virtual string DisplayName { get { return "Invariant Language (Invariant Country)"; } }
        public virtual string EnglishName { get { return "Invariant Language (Invariant Country)"; } }
        public virtual string NativeName { get { return "Invariant Language (Invariant Country)"; } }
        public virtual string TwoLetterISOLanguageName { get { return "iv"; } }
        public virtual string ThreeLetterISOLanguageName { get { return "ivl"; } }
        public virtual string ThreeLetterWindowsLanguageName { get { return "IVL"; } }
        public string IetfLanguageTag { get { return ""; } }
        public virtual int LCID { get { return 127; } }
        public virtual bool IsNeutralCulture { get { return false; } }
        public bool UseUserOverride { get { return false; } }
        public virtual CultureInfo Parent { get { return s_invariant; } }
        public bool IsReadOnly { get { return _isReadOnly; } }
        public virtual CompareInfo CompareInfo { get { return CompareInfo.Invariant; } }

        public virtual TextInfo TextInfo
        {
            get
            {
                if (_textInfo == null) _textInfo = new TextInfo(_isReadOnly);
                return _textInfo;
            }
        }

        public virtual NumberFormatInfo NumberFormat
        {
            get
            {
                if (_numberFormat == null) _numberFormat = _isReadOnly ? NumberFormatInfo.InvariantInfo : new NumberFormatInfo();
                return _numberFormat;
            }
            set
            {
                if (value == null) throw new ArgumentNullException("value");
                VerifyWritable();
                _numberFormat = value;
            }
        }

        public virtual DateTimeFormatInfo DateTimeFormat
        {
            get
            {
                if (_dateTimeFormat == null) _dateTimeFormat = _isReadOnly ? DateTimeFormatInfo.InvariantInfo : new DateTimeFormatInfo();
                return _dateTimeFormat;
            }
            set
            {
                if (value == null) throw new ArgumentNullException("value");
                VerifyWritable();
                _dateTimeFormat = value;
            }
        }

        private void VerifyWritable()
        {
            if (_isReadOnly) throw new InvalidOperationException("Instance is read-only.");
        }

        public virtual object GetFormat(Type formatType)
        {
            if (formatType == typeof(NumberFormatInfo)) return NumberFormat;
            if (formatType == typeof(DateTimeFormatInfo)) return DateTimeFormat;
            return null;
        }

        public void ClearCachedData() { }

        public override bool Equals(object value) { return value is CultureInfo && ((CultureInfo)value).Name == Name; }
        public override int GetHashCode() { return Name.GetHashCode(); }
        public override string ToString() { return ""; }
    }

    public class CultureNotFoundException : ArgumentException
    {
        private readonly string _invalidCultureName;
        private readonly int? _invalidCultureId;

        public CultureNotFoundException() : base("Culture is not supported.") { }
        public CultureNotFoundException(string message) : base(message) { }
        public CultureNotFoundException(string paramName, string message) : base(message, paramName) { }
        public CultureNotFoundException(string paramName, string invalidCultureName, string message) : base(message, paramName)
        {
            _invalidCultureName = invalidCultureName;
        }

        public CultureNotFoundException(string paramName, int invalidCultureId, string message) : base(message, paramName)
        {
            _invalidCultureId = invalidCultureId;
        }

        public virtual string InvalidCultureName { get { return _invalidCultureName; } }
        public virtual int? InvalidCultureId { get { return _invalidCultureId; } }

        public override string Message
        {
            get
            {
                string message = base.Message;
                if (_invalidCultureId != null)
                    return message + "\n" + _invalidCultureId.Value + " (0x" + _invalidCultureId.Value.ToString("x4") + ") is an invalid culture identifier.";
                return _invalidCultureName == null ? message : message + "\n" + _invalidCultureName + " is an invalid culture identifier.";
            }
        }
    }
}
