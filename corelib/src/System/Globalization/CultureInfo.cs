namespace System.Globalization
{
    // Kiln formats and parses with the invariant culture only (as .NET in globalization-invariant mode): this is the
    // one culture there is, so that code passing CultureInfo.InvariantCulture or CurrentCulture compiles and behaves.
    public class CultureInfo : IFormatProvider
    {
        private static readonly CultureInfo s_invariant = new CultureInfo("");

        public CultureInfo(string name)
        {
            if (name == null) throw new ArgumentNullException("name");
            if (name.Length != 0 && name.ToLowerInvariant() != "invariant")
                throw new CultureNotFoundException("name", name, "Only the invariant culture is supported in globalization-invariant mode.");
        }

        public static CultureInfo InvariantCulture { get { return s_invariant; } }
        public static CultureInfo CurrentCulture { get { return s_invariant; } set { } }
        public static CultureInfo CurrentUICulture { get { return s_invariant; } set { } }
        public static CultureInfo DefaultThreadCurrentCulture { get { return null; } set { } }

        public static CultureInfo GetCultureInfo(string name) { return new CultureInfo(name); }

        public virtual string Name { get { return ""; } }
        public virtual string DisplayName { get { return "Invariant Language (Invariant Country)"; } }
        public virtual string EnglishName { get { return "Invariant Language (Invariant Country)"; } }
        public string TwoLetterISOLanguageName { get { return "iv"; } }
        public bool IsReadOnly { get { return true; } }

        public virtual object GetFormat(Type formatType) { return null; }

        public override string ToString() { return ""; }
    }

    public class CultureNotFoundException : ArgumentException
    {
        private readonly string _invalidCultureName;

        public CultureNotFoundException() : base("Culture is not supported.") { }
        public CultureNotFoundException(string message) : base(message) { }
        public CultureNotFoundException(string paramName, string message) : base(message, paramName) { }
        public CultureNotFoundException(string paramName, string invalidCultureName, string message) : base(message, paramName)
        {
            _invalidCultureName = invalidCultureName;
        }

        public virtual string InvalidCultureName { get { return _invalidCultureName; } }

        public override string Message
        {
            get
            {
                string message = base.Message;
                return _invalidCultureName == null ? message : message + "\n" + _invalidCultureName + " is an invalid culture identifier.";
            }
        }
    }
}
