using System.Runtime.CompilerServices;

namespace System
{
    public enum DateTimeKind { Unspecified = 0, Utc = 1, Local = 2 }

    public enum DayOfWeek { Sunday = 0, Monday = 1, Tuesday = 2, Wednesday = 3, Thursday = 4, Friday = 5, Saturday = 6 }

    // A proleptic Gregorian date and time in ticks of 100 ns since 0001-01-01, with a kind. Arithmetic follows
    // .NET 7+ (AddX keeps every tick); formatting and parsing use the invariant culture (DateTimeFormat).
    public struct DateTime : IComparable, IComparable<DateTime>, IEquatable<DateTime>, IFormattable, IConvertible
    {
        internal const long MaxTicks = 3155378975999999999;
        internal const long UnixEpochTicks = 621355968000000000;
        private const string Unrepresentable = "The added or subtracted value results in an un-representable DateTime.";

        private static readonly int[] s_daysToMonth365 = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365 };
        private static readonly int[] s_daysToMonth366 = { 0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366 };

        public static readonly DateTime MinValue = new DateTime(0, DateTimeKind.Unspecified);
        public static readonly DateTime MaxValue = new DateTime(MaxTicks, DateTimeKind.Unspecified);
        public static readonly DateTime UnixEpoch = new DateTime(UnixEpochTicks, DateTimeKind.Utc);

        private long m_ticks;
        private DateTimeKind m_kind;

        public DateTime(long ticks) : this(ticks, DateTimeKind.Unspecified) { }

        public DateTime(long ticks, DateTimeKind kind)
        {
            if (ticks < 0 || ticks > MaxTicks)
                throw new ArgumentOutOfRangeException("ticks", "Ticks must be between DateTime.MinValue.Ticks and DateTime.MaxValue.Ticks.");
            if (kind < DateTimeKind.Unspecified || kind > DateTimeKind.Local)
                throw new ArgumentException("Invalid DateTimeKind value.", "kind");
            m_ticks = ticks;
            m_kind = kind;
            m_ambiguousDst = false;
        }

        public DateTime(int year, int month, int day)
        {
            m_ticks = DateToTicks(year, month, day);
            m_kind = DateTimeKind.Unspecified;
            m_ambiguousDst = false;
        }

        public DateTime(int year, int month, int day, int hour, int minute, int second)
            : this(year, month, day, hour, minute, second, 0, DateTimeKind.Unspecified) { }

        public DateTime(int year, int month, int day, int hour, int minute, int second, DateTimeKind kind)
            : this(year, month, day, hour, minute, second, 0, kind) { }

        public DateTime(int year, int month, int day, int hour, int minute, int second, int millisecond)
            : this(year, month, day, hour, minute, second, millisecond, DateTimeKind.Unspecified) { }

        public DateTime(int year, int month, int day, int hour, int minute, int second, int millisecond, DateTimeKind kind)
        {
            if (millisecond < 0 || millisecond >= 1000)
                throw new ArgumentOutOfRangeException("millisecond", "Valid values are between 0 and 999, inclusive.");
            if (kind < DateTimeKind.Unspecified || kind > DateTimeKind.Local)
                throw new ArgumentException("Invalid DateTimeKind value.", "kind");
            m_ticks = DateToTicks(year, month, day) + TimeToTicks(hour, minute, second) + millisecond * TimeSpan.TicksPerMillisecond;
            m_kind = kind;
            m_ambiguousDst = false;
        }

        internal static long DateToTicks(int year, int month, int day)
        {
            if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DaysInMonthUnchecked(year, month))
                throw new ArgumentOutOfRangeException(null, "Year, Month, and Day parameters describe an un-representable DateTime.");
            int[] table = IsLeapYear(year) ? s_daysToMonth366 : s_daysToMonth365;
            int y = year - 1;
            long days = (long)y * 365 + y / 4 - y / 100 + y / 400 + table[month - 1] + day - 1;
            return days * TimeSpan.TicksPerDay;
        }

        internal static long TimeToTicks(int hour, int minute, int second)
        {
            if (hour < 0 || hour >= 24 || minute < 0 || minute >= 60 || second < 0 || second >= 60)
                throw new ArgumentOutOfRangeException(null, "Hour, Minute, and Second parameters describe an un-representable DateTime.");
            return hour * TimeSpan.TicksPerHour + minute * TimeSpan.TicksPerMinute + second * TimeSpan.TicksPerSecond;
        }

        public static bool IsLeapYear(int year)
        {
            if (year < 1 || year > 9999) throw new ArgumentOutOfRangeException("year", "Year must be between 1 and 9999.");
            return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
        }

        public static int DaysInMonth(int year, int month)
        {
            if (month < 1 || month > 12) throw new ArgumentOutOfRangeException("month", month, "Month must be between one and twelve.");
            return DaysInMonthUnchecked(year, month);
        }

        private static int DaysInMonthUnchecked(int year, int month)
        {
            int[] table = IsLeapYear(year) ? s_daysToMonth366 : s_daysToMonth365;
            return table[month] - table[month - 1];
        }

        // year, month (1..12), day (1..31) and day of year (1..366) of a tick count
        private static void Split(long ticks, out int year, out int month, out int day, out int dayOfYear)
        {
            int n = (int)(ticks / TimeSpan.TicksPerDay);
            int cycles400 = n / 146097;
            n -= cycles400 * 146097;
            int cycles100 = n / 36524;
            if (cycles100 == 4) cycles100 = 3; // the last day of a 400-year cycle
            n -= cycles100 * 36524;
            int cycles4 = n / 1461;
            n -= cycles4 * 1461;
            int years = n / 365;
            if (years == 4) years = 3; // the last day of a leap year
            n -= years * 365;
            year = cycles400 * 400 + cycles100 * 100 + cycles4 * 4 + years + 1;
            dayOfYear = n + 1;
            int[] table = IsLeapYear(year) ? s_daysToMonth366 : s_daysToMonth365;
            int m = (n >> 5) + 1;
            while (n >= table[m]) m++;
            month = m;
            day = n - table[m - 1] + 1;
        }

        public long Ticks { get { return m_ticks; } }
        public DateTimeKind Kind { get { return m_kind; } }

        public int Year { get { int y, m, d, doy; Split(m_ticks, out y, out m, out d, out doy); return y; } }
        public int Month { get { int y, m, d, doy; Split(m_ticks, out y, out m, out d, out doy); return m; } }
        public int Day { get { int y, m, d, doy; Split(m_ticks, out y, out m, out d, out doy); return d; } }
        public int DayOfYear { get { int y, m, d, doy; Split(m_ticks, out y, out m, out d, out doy); return doy; } }
        public DayOfWeek DayOfWeek { get { return (DayOfWeek)((m_ticks / TimeSpan.TicksPerDay + 1) % 7); } }
        public int Hour { get { return (int)(m_ticks / TimeSpan.TicksPerHour % 24); } }
        public int Minute { get { return (int)(m_ticks / TimeSpan.TicksPerMinute % 60); } }
        public int Second { get { return (int)(m_ticks / TimeSpan.TicksPerSecond % 60); } }
        public int Millisecond { get { return (int)(m_ticks / TimeSpan.TicksPerMillisecond % 1000); } }
        public int Microsecond { get { return (int)(m_ticks / TimeSpan.TicksPerMicrosecond % 1000); } }
        public int Nanosecond { get { return (int)(m_ticks % TimeSpan.TicksPerMicrosecond * 100); } }
        public DateTime Date { get { return new DateTime(m_ticks - m_ticks % TimeSpan.TicksPerDay, m_kind); } }
        public TimeSpan TimeOfDay { get { return new TimeSpan(m_ticks % TimeSpan.TicksPerDay); } }

        internal void GetDate(out int year, out int month, out int day)
        {
            int doy;
            Split(m_ticks, out year, out month, out day, out doy);
        }

        // ---- the clock ----

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern long UtcNowTicks();

        public static DateTime UtcNow { get { return new DateTime(UtcNowTicks(), DateTimeKind.Utc); } }
        public static DateTime Now { get { return UtcNow.ToLocalTime(); } }
        public static DateTime Today { get { return Now.Date; } }

        // The local zone's offsets come from TimeZoneInfo.Local (the tz database, read in C#). A local wall-clock
        // time that was skipped or repeated takes the standard offset, as .NET, unless it came from a daylight-time
        // instant in the repeated hour (m_ambiguousDst).
        internal static long LocalOffsetTicksAtLocal(DateTime local)
        {
            return TimeZoneInfo.Local.UtcOffsetTicksAtLocal(local.m_ticks, local.m_ambiguousDst);
        }

        internal static long LocalOffsetTicksAtLocal(long localTicks) { return TimeZoneInfo.Local.UtcOffsetTicksAtLocal(localTicks, false); }

        // .NET's LocalAmbiguousDst: this local time is the daylight reading of a repeated hour (set by conversions
        // from UTC, so that converting back gives the same instant).
        private readonly bool m_ambiguousDst;

        internal DateTime(long ticks, DateTimeKind kind, bool ambiguousDst) : this(ticks, kind) { m_ambiguousDst = ambiguousDst; }

        internal bool IsAmbiguousDaylightSavingTime { get { return m_ambiguousDst; } }

        public DateTime ToLocalTime()
        {
            if (m_kind == DateTimeKind.Local) return this;
            return TimeZoneInfo.Local.FromUtc(m_ticks, DateTimeKind.Local);
        }

        public DateTime ToUniversalTime()
        {
            if (m_kind == DateTimeKind.Utc) return this;
            long utc = m_ticks - LocalOffsetTicksAtLocal(this);
            if (utc > MaxTicks) utc = MaxTicks;
            if (utc < 0) utc = 0;
            return new DateTime(utc, DateTimeKind.Utc);
        }

        // Windows FILETIME: 100-ns intervals since 1601-01-01 (UTC)
        private const long FileTimeOffset = 504911232000000000;

        public static DateTime FromFileTimeUtc(long fileTime)
        {
            if (fileTime < 0 || fileTime > MaxTicks - FileTimeOffset) throw new ArgumentOutOfRangeException("fileTime", "Not a valid Win32 FileTime.");
            return new DateTime(fileTime + FileTimeOffset, DateTimeKind.Utc);
        }

        public static DateTime FromFileTime(long fileTime) { return FromFileTimeUtc(fileTime).ToLocalTime(); }

        public long ToFileTimeUtc()
        {
            long ticks = (m_kind == DateTimeKind.Local ? ToUniversalTime() : this).m_ticks - FileTimeOffset;
            if (ticks < 0) throw new ArgumentOutOfRangeException(null, "Not a valid Win32 FileTime.");
            return ticks;
        }

        public long ToFileTime() { return ToUniversalTime().ToFileTimeUtc(); }

        public static DateTime SpecifyKind(DateTime value, DateTimeKind kind) { return new DateTime(value.m_ticks, kind); }

        public bool IsDaylightSavingTime()
        {
            if (m_kind == DateTimeKind.Utc) return false;
            return TimeZoneInfo.Local.IsDaylightSavingTime(new DateTime(m_ticks, DateTimeKind.Local, m_ambiguousDst));
        }

        // ---- arithmetic ----

        public DateTime AddTicks(long value)
        {
            if (value > MaxTicks - m_ticks || value < -m_ticks) throw new ArgumentOutOfRangeException("value", Unrepresentable);
            return new DateTime(m_ticks + value, m_kind);
        }

        public DateTime Add(TimeSpan value) { return AddTicks(value.Ticks); }

        public DateTime Subtract(TimeSpan value)
        {
            long ticks = value.Ticks;
            if (ticks > m_ticks || ticks < m_ticks - MaxTicks) throw new ArgumentOutOfRangeException("value", Unrepresentable);
            return new DateTime(m_ticks - ticks, m_kind);
        }

        public TimeSpan Subtract(DateTime value) { return new TimeSpan(m_ticks - value.m_ticks); }

        // Whole units and the fraction are converted to ticks separately; the fraction is truncated to a tick.
        private DateTime AddUnits(double value, long ticksPerUnit)
        {
            if (value != value || Math.Abs(value) > MaxTicks / ticksPerUnit) throw new ArgumentOutOfRangeException("value", "Value to add was out of range.");
            double whole = Math.Truncate(value);
            long ticks = (long)whole * ticksPerUnit + (long)((value - whole) * ticksPerUnit);
            return AddTicks(ticks);
        }

        public DateTime AddDays(double value) { return AddUnits(value, TimeSpan.TicksPerDay); }
        public DateTime AddHours(double value) { return AddUnits(value, TimeSpan.TicksPerHour); }
        public DateTime AddMinutes(double value) { return AddUnits(value, TimeSpan.TicksPerMinute); }
        public DateTime AddSeconds(double value) { return AddUnits(value, TimeSpan.TicksPerSecond); }
        public DateTime AddMilliseconds(double value) { return AddUnits(value, TimeSpan.TicksPerMillisecond); }
        public DateTime AddMicroseconds(double value) { return AddUnits(value, TimeSpan.TicksPerMicrosecond); }

        public DateTime AddMonths(int months)
        {
            if (months < -120000 || months > 120000) throw new ArgumentOutOfRangeException("months", "Months value must be between +/-120000.");
            int year, month, day;
            GetDate(out year, out month, out day);
            int total = year * 12 + (month - 1) + months;
            int newYear = total / 12;
            int newMonth = total % 12 + 1;
            if (total < 0 || newYear < 1 || newYear > 9999) throw new ArgumentOutOfRangeException("months", Unrepresentable);
            int last = DaysInMonthUnchecked(newYear, newMonth);
            if (day > last) day = last;
            return new DateTime(DateToTicks(newYear, newMonth, day) + m_ticks % TimeSpan.TicksPerDay, m_kind);
        }

        public DateTime AddYears(int value)
        {
            if (value < -10000 || value > 10000) throw new ArgumentOutOfRangeException("value", "Years value must be between +/-10000.");
            int year, month, day;
            GetDate(out year, out month, out day);
            int newYear = year + value;
            if (newYear < 1 || newYear > 9999) throw new ArgumentOutOfRangeException("value", Unrepresentable);
            if (month == 2 && day == 29 && !IsLeapYear(newYear)) day = 28;
            return new DateTime(DateToTicks(newYear, month, day) + m_ticks % TimeSpan.TicksPerDay, m_kind);
        }

        public static DateTime operator +(DateTime d, TimeSpan t) { return d.Add(t); }
        public static DateTime operator -(DateTime d, TimeSpan t) { return d.Subtract(t); }
        public static TimeSpan operator -(DateTime d1, DateTime d2) { return new TimeSpan(d1.m_ticks - d2.m_ticks); }

        // ---- comparison (the kind is ignored, as in .NET) ----

        public static bool operator ==(DateTime d1, DateTime d2) { return d1.m_ticks == d2.m_ticks; }
        public static bool operator !=(DateTime d1, DateTime d2) { return d1.m_ticks != d2.m_ticks; }
        public static bool operator <(DateTime t1, DateTime t2) { return t1.m_ticks < t2.m_ticks; }
        public static bool operator <=(DateTime t1, DateTime t2) { return t1.m_ticks <= t2.m_ticks; }
        public static bool operator >(DateTime t1, DateTime t2) { return t1.m_ticks > t2.m_ticks; }
        public static bool operator >=(DateTime t1, DateTime t2) { return t1.m_ticks >= t2.m_ticks; }

        public static int Compare(DateTime t1, DateTime t2) { return t1.m_ticks > t2.m_ticks ? 1 : t1.m_ticks < t2.m_ticks ? -1 : 0; }
        public int CompareTo(DateTime value) { return Compare(this, value); }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is DateTime)) throw new ArgumentException("Object must be of type DateTime.");
            return Compare(this, (DateTime)value);
        }

        public static bool Equals(DateTime t1, DateTime t2) { return t1.m_ticks == t2.m_ticks; }
        public bool Equals(DateTime value) { return m_ticks == value.m_ticks; }
        public override bool Equals(object value) { return value is DateTime && ((DateTime)value).m_ticks == m_ticks; }
        public override int GetHashCode() { return (int)m_ticks ^ (int)(m_ticks >> 32); }

        // ---- text ----

        public override string ToString() { return DateTimeFormat.Format(this, null); }
        public string ToString(string format) { return DateTimeFormat.Format(this, format); }
        public string ToString(IFormatProvider provider) { return DateTimeFormat.Format(this, null); }
        public string ToString(string format, IFormatProvider provider) { return DateTimeFormat.Format(this, format); }
        public string ToShortDateString() { return DateTimeFormat.Format(this, "d"); }
        public string ToLongDateString() { return DateTimeFormat.Format(this, "D"); }
        public string ToShortTimeString() { return DateTimeFormat.Format(this, "t"); }
        public string ToLongTimeString() { return DateTimeFormat.Format(this, "T"); }

        public static DateTime Parse(string s)
        {
            if (s == null) throw new ArgumentNullException("s");
            DateTime result;
            if (!DateTimeFormat.TryParse(s, out result))
                throw new FormatException("String '" + s + "' was not recognized as a valid DateTime.");
            return result;
        }

        public static DateTime Parse(string s, IFormatProvider provider) { return Parse(s); }

        public static bool TryParse(string s, out DateTime result)
        {
            if (s == null) { result = MinValue; return false; }
            return DateTimeFormat.TryParse(s, out result);
        }

        public static DateTime ParseExact(string s, string format, IFormatProvider provider)
        {
            if (s == null) throw new ArgumentNullException("s");
            if (format == null) throw new ArgumentNullException("format");
            DateTime result;
            if (!DateTimeFormat.TryParseExact(s, format, out result))
                throw new FormatException("String '" + s + "' was not recognized as a valid DateTime.");
            return result;
        }

        public static bool TryParseExact(string s, string format, IFormatProvider provider, System.Globalization.DateTimeStyles style, out DateTime result)
        {
            if (s == null || format == null) { result = MinValue; return false; }
            return DateTimeFormat.TryParseExact(s, format, out result);
        }

        // IConvertible, explicit as in .NET: a DateTime converts only to itself and to string
        public TypeCode GetTypeCode() { return TypeCode.DateTime; }
        bool IConvertible.ToBoolean(IFormatProvider provider) { throw TypeCodes.InvalidCast("DateTime", "Boolean"); }
        char IConvertible.ToChar(IFormatProvider provider) { throw TypeCodes.InvalidCast("DateTime", "Char"); }
        sbyte IConvertible.ToSByte(IFormatProvider provider) { throw TypeCodes.InvalidCast("DateTime", "SByte"); }
        byte IConvertible.ToByte(IFormatProvider provider) { throw TypeCodes.InvalidCast("DateTime", "Byte"); }
        short IConvertible.ToInt16(IFormatProvider provider) { throw TypeCodes.InvalidCast("DateTime", "Int16"); }
        ushort IConvertible.ToUInt16(IFormatProvider provider) { throw TypeCodes.InvalidCast("DateTime", "UInt16"); }
        int IConvertible.ToInt32(IFormatProvider provider) { throw TypeCodes.InvalidCast("DateTime", "Int32"); }
        uint IConvertible.ToUInt32(IFormatProvider provider) { throw TypeCodes.InvalidCast("DateTime", "UInt32"); }
        long IConvertible.ToInt64(IFormatProvider provider) { throw TypeCodes.InvalidCast("DateTime", "Int64"); }
        ulong IConvertible.ToUInt64(IFormatProvider provider) { throw TypeCodes.InvalidCast("DateTime", "UInt64"); }
        float IConvertible.ToSingle(IFormatProvider provider) { throw TypeCodes.InvalidCast("DateTime", "Single"); }
        double IConvertible.ToDouble(IFormatProvider provider) { throw TypeCodes.InvalidCast("DateTime", "Double"); }
        decimal IConvertible.ToDecimal(IFormatProvider provider) { throw TypeCodes.InvalidCast("DateTime", "Decimal"); }
        DateTime IConvertible.ToDateTime(IFormatProvider provider) { return this; }
        object IConvertible.ToType(Type type, IFormatProvider provider) { return Convert.DefaultToType(this, type, provider); }
    }
}
