namespace System.Globalization
{
    // How dates and times are written in a culture: the invariant culture's patterns and names (DateTime formats
    // with these; a modified copy passed as a format provider is not consulted).
    public sealed class DateTimeFormatInfo : IFormatProvider, ICloneable
    {
        private static DateTimeFormatInfo s_invariantInfo;

        private bool _isReadOnly;
        private string _amDesignator = "AM";
        private string _pmDesignator = "PM";
        private string _dateSeparator = "/";
        private string _timeSeparator = ":";
        private string _longDatePattern = "dddd, dd MMMM yyyy";
        private string _shortDatePattern = "MM/dd/yyyy";
        private string _longTimePattern = "HH:mm:ss";
        private string _shortTimePattern = "HH:mm";
        private string _monthDayPattern = "MMMM dd";
        private string _yearMonthPattern = "yyyy MMMM";
        private string _fullDateTimePattern;
        private DayOfWeek _firstDayOfWeek = DayOfWeek.Sunday;
        private CalendarWeekRule _calendarWeekRule = CalendarWeekRule.FirstDay;
        private string[] _dayNames = (string[])System.DateTimeFormat.DayNames.Clone();
        private string[] _abbreviatedDayNames = (string[])System.DateTimeFormat.DayAbbreviations.Clone();
        private string[] _shortestDayNames = { "Su", "Mo", "Tu", "We", "Th", "Fr", "Sa" };
        private string[] _monthNames = WithEmptyThirteenth(System.DateTimeFormat.MonthNames);
        private string[] _abbreviatedMonthNames = WithEmptyThirteenth(System.DateTimeFormat.MonthAbbreviations);

        public DateTimeFormatInfo() { }

        private static string[] WithEmptyThirteenth(string[] twelve)
        {
            string[] names = new string[13];
            for (int i = 0; i < 12; i++) names[i] = twelve[i];
            names[12] = "";
            return names;
        }

        public static DateTimeFormatInfo InvariantInfo
        {
            get
            {
                if (s_invariantInfo == null) s_invariantInfo = ReadOnly(new DateTimeFormatInfo());
                return s_invariantInfo;
            }
        }

        public static DateTimeFormatInfo CurrentInfo { get { return CultureInfo.CurrentCulture.DateTimeFormat; } }

        public static DateTimeFormatInfo GetInstance(IFormatProvider provider)
        {
            CultureInfo culture = provider as CultureInfo;
            if (culture != null) return culture.DateTimeFormat;
            DateTimeFormatInfo info = provider as DateTimeFormatInfo;
            if (info != null) return info;
            if (provider != null)
            {
                info = provider.GetFormat(typeof(DateTimeFormatInfo)) as DateTimeFormatInfo;
                if (info != null) return info;
            }
            return CurrentInfo;
        }

        public object GetFormat(Type formatType) { return formatType == typeof(DateTimeFormatInfo) ? this : null; }

        public object Clone()
        {
            DateTimeFormatInfo copy = (DateTimeFormatInfo)MemberwiseClone();
            copy._isReadOnly = false;
            copy._dayNames = (string[])_dayNames.Clone();
            copy._abbreviatedDayNames = (string[])_abbreviatedDayNames.Clone();
            copy._shortestDayNames = (string[])_shortestDayNames.Clone();
            copy._monthNames = (string[])_monthNames.Clone();
            copy._abbreviatedMonthNames = (string[])_abbreviatedMonthNames.Clone();
            return copy;
        }

        public static DateTimeFormatInfo ReadOnly(DateTimeFormatInfo dtfi)
        {
            if (dtfi == null) throw new ArgumentNullException("dtfi");
            if (dtfi._isReadOnly) return dtfi;
            DateTimeFormatInfo copy = (DateTimeFormatInfo)dtfi.MemberwiseClone();
            copy._isReadOnly = true;
            return copy;
        }

        public bool IsReadOnly { get { return _isReadOnly; } }

        private string Checked(string value)
        {
            if (value == null) throw new ArgumentNullException("value");
            if (_isReadOnly) throw new InvalidOperationException("Instance is read-only.");
            return value;
        }

        private string[] CheckedNames(string[] value, int length)
        {
            if (value == null) throw new ArgumentNullException("value");
            if (value.Length != length) throw new ArgumentException("Length of the array must be " + length + ".", "value");
            for (int i = 0; i < value.Length; i++) if (value[i] == null) throw new ArgumentNullException("value", "Found a null value within an array.");
            if (_isReadOnly) throw new InvalidOperationException("Instance is read-only.");
            return (string[])value.Clone();
        }

        public string AMDesignator { get { return _amDesignator; } set { _amDesignator = Checked(value); } }
        public string PMDesignator { get { return _pmDesignator; } set { _pmDesignator = Checked(value); } }
        public string DateSeparator { get { return _dateSeparator; } set { _dateSeparator = Checked(value); } }
        public string TimeSeparator { get { return _timeSeparator; } set { _timeSeparator = Checked(value); } }
        public string LongDatePattern { get { return _longDatePattern; } set { _longDatePattern = Checked(value); _fullDateTimePattern = null; } }
        public string ShortDatePattern { get { return _shortDatePattern; } set { _shortDatePattern = Checked(value); } }
        public string LongTimePattern { get { return _longTimePattern; } set { _longTimePattern = Checked(value); _fullDateTimePattern = null; } }
        public string ShortTimePattern { get { return _shortTimePattern; } set { _shortTimePattern = Checked(value); } }
        public string MonthDayPattern { get { return _monthDayPattern; } set { _monthDayPattern = Checked(value); } }
        public string YearMonthPattern { get { return _yearMonthPattern; } set { _yearMonthPattern = Checked(value); } }

        // the long date and long time patterns, unless set on its own
        public string FullDateTimePattern
        {
            get { return _fullDateTimePattern ?? _longDatePattern + " " + _longTimePattern; }
            set { _fullDateTimePattern = Checked(value); }
        }

        public string RFC1123Pattern { get { return "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'"; } }
        public string SortableDateTimePattern { get { return "yyyy'-'MM'-'dd'T'HH':'mm':'ss"; } }
        public string UniversalSortableDateTimePattern { get { return "yyyy'-'MM'-'dd HH':'mm':'ss'Z'"; } }

        public DayOfWeek FirstDayOfWeek
        {
            get { return _firstDayOfWeek; }
            set
            {
                if (value < DayOfWeek.Sunday || value > DayOfWeek.Saturday)
                    throw new ArgumentOutOfRangeException("value", "Valid values are between Sunday and Saturday, inclusive.");
                Checked("");
                _firstDayOfWeek = value;
            }
        }

        public CalendarWeekRule CalendarWeekRule
        {
            get { return _calendarWeekRule; }
            set
            {
                if (value < CalendarWeekRule.FirstDay || value > CalendarWeekRule.FirstFourDayWeek)
                    throw new ArgumentOutOfRangeException("value", "Valid values are between FirstDay and FirstFourDayWeek, inclusive.");
                Checked("");
                _calendarWeekRule = value;
            }
        }

        public string[] DayNames { get { return (string[])_dayNames.Clone(); } set { _dayNames = CheckedNames(value, 7); } }
        public string[] AbbreviatedDayNames { get { return (string[])_abbreviatedDayNames.Clone(); } set { _abbreviatedDayNames = CheckedNames(value, 7); } }
        public string[] ShortestDayNames { get { return (string[])_shortestDayNames.Clone(); } set { _shortestDayNames = CheckedNames(value, 7); } }
        public string[] MonthNames { get { return (string[])_monthNames.Clone(); } set { _monthNames = CheckedNames(value, 13); } }
        public string[] AbbreviatedMonthNames { get { return (string[])_abbreviatedMonthNames.Clone(); } set { _abbreviatedMonthNames = CheckedNames(value, 13); } }

        public string GetDayName(DayOfWeek dayofweek) { return _dayNames[CheckedDay(dayofweek)]; }
        public string GetAbbreviatedDayName(DayOfWeek dayofweek) { return _abbreviatedDayNames[CheckedDay(dayofweek)]; }
        public string GetShortestDayName(DayOfWeek dayOfWeek) { return _shortestDayNames[CheckedDay(dayOfWeek)]; }
        public string GetMonthName(int month) { return _monthNames[CheckedMonth(month)]; }
        public string GetAbbreviatedMonthName(int month) { return _abbreviatedMonthNames[CheckedMonth(month)]; }

        private static int CheckedDay(DayOfWeek day)
        {
            if (day < DayOfWeek.Sunday || day > DayOfWeek.Saturday)
                throw new ArgumentOutOfRangeException("dayofweek", day, "Valid values are between Sunday and Saturday, inclusive.");
            return (int)day;
        }

        private static int CheckedMonth(int month)
        {
            if (month < 1 || month > 13) throw new ArgumentOutOfRangeException("month", month, "Valid values are between 1 and 13, inclusive.");
            return month - 1;
        }
    }

    public enum CalendarWeekRule { FirstDay = 0, FirstFullWeek = 1, FirstFourDayWeek = 2 }
}
