namespace System.Globalization
{
    // How numbers are written in a culture: separators, signs, symbols and digit counts. Kiln has the invariant
    // culture only, so these are the invariant culture's values; the instance behind InvariantInfo is read-only,
    // Clone gives a writable copy. (Kiln's formatting and parsing always use the invariant values: a modified copy
    // passed as a format provider is not consulted.)
    public sealed class NumberFormatInfo : IFormatProvider, ICloneable
    {
        private static NumberFormatInfo s_invariantInfo;

        private bool _isReadOnly;
        private int[] _numberGroupSizes = { 3 };
        private int[] _currencyGroupSizes = { 3 };
        private int[] _percentGroupSizes = { 3 };
        private string _positiveSign = "+";
        private string _negativeSign = "-";
        private string _numberDecimalSeparator = ".";
        private string _numberGroupSeparator = ",";
        private string _currencyGroupSeparator = ",";
        private string _currencyDecimalSeparator = ".";
        private string _currencySymbol = "\u00a4";
        private string _nanSymbol = "NaN";
        private string _positiveInfinitySymbol = "Infinity";
        private string _negativeInfinitySymbol = "-Infinity";
        private string _percentDecimalSeparator = ".";
        private string _percentGroupSeparator = ",";
        private string _percentSymbol = "%";
        private string _perMilleSymbol = "\u2030";
        private string[] _nativeDigits = { "0", "1", "2", "3", "4", "5", "6", "7", "8", "9" };
        private int _numberDecimalDigits = 2;
        private int _currencyDecimalDigits = 2;
        private int _currencyPositivePattern;
        private int _currencyNegativePattern;
        private int _numberNegativePattern = 1;
        private int _percentPositivePattern;
        private int _percentNegativePattern;
        private int _percentDecimalDigits = 2;
        private DigitShapes _digitSubstitution = DigitShapes.None;

        public NumberFormatInfo() { }

        public static NumberFormatInfo InvariantInfo
        {
            get
            {
                if (s_invariantInfo == null) s_invariantInfo = ReadOnly(new NumberFormatInfo());
                return s_invariantInfo;
            }
        }

        public static NumberFormatInfo CurrentInfo { get { return CultureInfo.CurrentCulture.NumberFormat; } }

        // The provider's NumberFormatInfo: a culture's, the provider itself, or what its GetFormat gives; else the
        // current culture's.
        public static NumberFormatInfo GetInstance(IFormatProvider formatProvider)
        {
            CultureInfo culture = formatProvider as CultureInfo;
            if (culture != null) return culture.NumberFormat;
            NumberFormatInfo info = formatProvider as NumberFormatInfo;
            if (info != null) return info;
            if (formatProvider != null)
            {
                info = formatProvider.GetFormat(typeof(NumberFormatInfo)) as NumberFormatInfo;
                if (info != null) return info;
            }
            return CurrentInfo;
        }

        public object GetFormat(Type formatType) { return formatType == typeof(NumberFormatInfo) ? this : null; }

        public object Clone()
        {
            NumberFormatInfo copy = (NumberFormatInfo)MemberwiseClone();
            copy._isReadOnly = false;
            copy._numberGroupSizes = (int[])_numberGroupSizes.Clone();
            copy._currencyGroupSizes = (int[])_currencyGroupSizes.Clone();
            copy._percentGroupSizes = (int[])_percentGroupSizes.Clone();
            copy._nativeDigits = (string[])_nativeDigits.Clone();
            return copy;
        }

        public static NumberFormatInfo ReadOnly(NumberFormatInfo nfi)
        {
            if (nfi == null) throw new ArgumentNullException("nfi");
            if (nfi._isReadOnly) return nfi;
            NumberFormatInfo copy = (NumberFormatInfo)nfi.MemberwiseClone();
            copy._isReadOnly = true;
            return copy;
        }

        public bool IsReadOnly { get { return _isReadOnly; } }

        private void VerifyWritable()
        {
            if (_isReadOnly) throw new InvalidOperationException("Instance is read-only.");
        }

        private string Checked(string value)
        {
            if (value == null) throw new ArgumentNullException("value");
            VerifyWritable();
            return value;
        }

        private int CheckedDigits(int value, string name)
        {
            if (value < 0 || value > 99) throw new ArgumentOutOfRangeException(name, "Valid values are between 0 and 99, inclusive.");
            VerifyWritable();
            return value;
        }

        private int CheckedPattern(int value, int max, string name)
        {
            if (value < 0 || value > max)
                throw new ArgumentOutOfRangeException(name, "Valid values are between 0 and " + max + ", inclusive.");
            VerifyWritable();
            return value;
        }

        // Every size but the last must be 1..9; the last may also be 0 (no further grouping).
        private int[] CheckedSizes(int[] value, string name)
        {
            if (value == null) throw new ArgumentNullException(name);
            VerifyWritable();
            for (int i = 0; i < value.Length; i++)
            {
                if (value[i] < 1 && !(i == value.Length - 1 && value[i] == 0) || value[i] > 9)
                    throw new ArgumentException("Every element in the value array should be between one and nine, except for the last element, which can be zero.", name);
            }
            return (int[])value.Clone();
        }

        public string NegativeSign { get { return _negativeSign; } set { _negativeSign = Checked(value); } }
        public string PositiveSign { get { return _positiveSign; } set { _positiveSign = Checked(value); } }
        public string NumberDecimalSeparator { get { return _numberDecimalSeparator; } set { _numberDecimalSeparator = CheckedSeparator(value); } }
        public string NumberGroupSeparator { get { return _numberGroupSeparator; } set { _numberGroupSeparator = Checked(value); } }
        public string CurrencyDecimalSeparator { get { return _currencyDecimalSeparator; } set { _currencyDecimalSeparator = CheckedSeparator(value); } }
        public string CurrencyGroupSeparator { get { return _currencyGroupSeparator; } set { _currencyGroupSeparator = Checked(value); } }
        public string CurrencySymbol { get { return _currencySymbol; } set { _currencySymbol = Checked(value); } }
        public string NaNSymbol { get { return _nanSymbol; } set { _nanSymbol = Checked(value); } }
        public string PositiveInfinitySymbol { get { return _positiveInfinitySymbol; } set { _positiveInfinitySymbol = Checked(value); } }
        public string NegativeInfinitySymbol { get { return _negativeInfinitySymbol; } set { _negativeInfinitySymbol = Checked(value); } }
        public string PercentDecimalSeparator { get { return _percentDecimalSeparator; } set { _percentDecimalSeparator = CheckedSeparator(value); } }
        public string PercentGroupSeparator { get { return _percentGroupSeparator; } set { _percentGroupSeparator = Checked(value); } }
        public string PercentSymbol { get { return _percentSymbol; } set { _percentSymbol = Checked(value); } }
        public string PerMilleSymbol { get { return _perMilleSymbol; } set { _perMilleSymbol = Checked(value); } }
        public int NumberDecimalDigits { get { return _numberDecimalDigits; } set { _numberDecimalDigits = CheckedDigits(value, "NumberDecimalDigits"); } }
        public int CurrencyDecimalDigits { get { return _currencyDecimalDigits; } set { _currencyDecimalDigits = CheckedDigits(value, "CurrencyDecimalDigits"); } }
        public int PercentDecimalDigits { get { return _percentDecimalDigits; } set { _percentDecimalDigits = CheckedDigits(value, "PercentDecimalDigits"); } }
        public int CurrencyPositivePattern { get { return _currencyPositivePattern; } set { _currencyPositivePattern = CheckedPattern(value, 3, "CurrencyPositivePattern"); } }
        public int CurrencyNegativePattern { get { return _currencyNegativePattern; } set { _currencyNegativePattern = CheckedPattern(value, 16, "CurrencyNegativePattern"); } }
        public int NumberNegativePattern { get { return _numberNegativePattern; } set { _numberNegativePattern = CheckedPattern(value, 4, "NumberNegativePattern"); } }
        public int PercentPositivePattern { get { return _percentPositivePattern; } set { _percentPositivePattern = CheckedPattern(value, 3, "PercentPositivePattern"); } }
        public int PercentNegativePattern { get { return _percentNegativePattern; } set { _percentNegativePattern = CheckedPattern(value, 11, "PercentNegativePattern"); } }
        public int[] NumberGroupSizes { get { return (int[])_numberGroupSizes.Clone(); } set { _numberGroupSizes = CheckedSizes(value, "NumberGroupSizes"); } }
        public int[] CurrencyGroupSizes { get { return (int[])_currencyGroupSizes.Clone(); } set { _currencyGroupSizes = CheckedSizes(value, "CurrencyGroupSizes"); } }
        public int[] PercentGroupSizes { get { return (int[])_percentGroupSizes.Clone(); } set { _percentGroupSizes = CheckedSizes(value, "PercentGroupSizes"); } }
        public string[] NativeDigits { get { return (string[])_nativeDigits.Clone(); } }
        public DigitShapes DigitSubstitution { get { return _digitSubstitution; } }

        private string CheckedSeparator(string value)
        {
            Checked(value);
            if (value.Length == 0) throw new ArgumentException("Decimal separator cannot be the empty string.", "value");
            return value;
        }
    }

    public enum DigitShapes { Context = 0, None = 1, NativeNational = 2 }
}
