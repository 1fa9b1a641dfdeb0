using System.Globalization;

namespace System
{
    // A point in time with the offset from UTC it was seen at: the UTC time plus an offset in whole minutes
    // (±14 hours). Equality and order compare the instants; EqualsExact compares the offsets too. Text uses the
    // invariant culture, as DateTime's does.
    public struct DateTimeOffset : IComparable, IComparable<DateTimeOffset>, IEquatable<DateTimeOffset>, IFormattable
    {
        private const long MaxOffsetTicks = 14 * TimeSpan.TicksPerHour;
        private const long UnixEpochSeconds = DateTime.UnixEpochTicks / TimeSpan.TicksPerSecond;
        private const long UnixEpochMilliseconds = DateTime.UnixEpochTicks / TimeSpan.TicksPerMillisecond;
        private const long UnixMinSeconds = -UnixEpochSeconds;
        private const long UnixMaxSeconds = DateTime.MaxTicks / TimeSpan.TicksPerSecond - UnixEpochSeconds;

        public static readonly DateTimeOffset MinValue = new DateTimeOffset(0, TimeSpan.Zero);
        public static readonly DateTimeOffset MaxValue = new DateTimeOffset(DateTime.MaxTicks, TimeSpan.Zero);
        public static readonly DateTimeOffset UnixEpoch = new DateTimeOffset(DateTime.UnixEpochTicks, TimeSpan.Zero);

        private readonly long _utcTicks;
        private readonly short _offsetMinutes;

        public DateTimeOffset(long ticks, TimeSpan offset)
        {
            _offsetMinutes = ValidateOffset(offset);
            _utcTicks = ValidateUtc(ticks - offset.Ticks);
        }

        // A UTC DateTime has offset zero; a local or unspecified one the local offset at its time.
        public DateTimeOffset(DateTime dateTime)
        {
            TimeSpan offset = dateTime.Kind == DateTimeKind.Utc ? TimeSpan.Zero : new TimeSpan(DateTime.LocalOffsetTicksAtLocal(dateTime));
            _offsetMinutes = ValidateOffset(offset);
            _utcTicks = ValidateUtc(dateTime.Ticks - offset.Ticks);
        }

        public DateTimeOffset(DateTime dateTime, TimeSpan offset)
        {
            if (dateTime.Kind == DateTimeKind.Local)
            {
                if (offset.Ticks != DateTime.LocalOffsetTicksAtLocal(dateTime))
                    throw new ArgumentException("The UTC Offset of the local dateTime parameter does not match the offset argument.", "offset");
            }
            else if (dateTime.Kind == DateTimeKind.Utc && offset.Ticks != 0)
            {
                throw new ArgumentException("The UTC Offset for Utc DateTime instances must be 0.", "offset");
            }
            _offsetMinutes = ValidateOffset(offset);
            _utcTicks = ValidateUtc(dateTime.Ticks - offset.Ticks);
        }

        public DateTimeOffset(int year, int month, int day, int hour, int minute, int second, TimeSpan offset)
            : this(new DateTime(year, month, day, hour, minute, second).Ticks, offset) { }

        public DateTimeOffset(int year, int month, int day, int hour, int minute, int second, int millisecond, TimeSpan offset)
            : this(new DateTime(year, month, day, hour, minute, second, millisecond).Ticks, offset) { }

        private static short ValidateOffset(TimeSpan offset)
        {
            long ticks = offset.Ticks;
            if (ticks % TimeSpan.TicksPerMinute != 0) throw new ArgumentException("Offset must be specified in whole minutes.", "offset");
            if (ticks < -MaxOffsetTicks || ticks > MaxOffsetTicks) throw new ArgumentOutOfRangeException("offset", "Offset must be within plus or minus 14 hours.");
            return (short)(ticks / TimeSpan.TicksPerMinute);
        }

        private static long ValidateUtc(long utcTicks)
        {
            if (utcTicks < 0 || utcTicks > DateTime.MaxTicks)
                throw new ArgumentOutOfRangeException("offset", "The UTC time represented when the offset is applied must be between year 0 and 10,000.");
            return utcTicks;
        }

        private long OffsetTicks { get { return _offsetMinutes * TimeSpan.TicksPerMinute; } }
        private DateTime ClockDateTime { get { return new DateTime(_utcTicks + OffsetTicks); } }

        public static DateTimeOffset Now { get { return new DateTimeOffset(DateTime.Now); } }
        public static DateTimeOffset UtcNow { get { return new DateTimeOffset(DateTime.UtcNow); } }

        public DateTime DateTime { get { return ClockDateTime; } }
        public DateTime UtcDateTime { get { return new DateTime(_utcTicks, DateTimeKind.Utc); } }
        public DateTime LocalDateTime { get { return UtcDateTime.ToLocalTime(); } }
        public TimeSpan Offset { get { return new TimeSpan(OffsetTicks); } }
        public long Ticks { get { return _utcTicks + OffsetTicks; } }
        public long UtcTicks { get { return _utcTicks; } }
        public DateTime Date { get { return ClockDateTime.Date; } }
        public int Year { get { return ClockDateTime.Year; } }
        public int Month { get { return ClockDateTime.Month; } }
        public int Day { get { return ClockDateTime.Day; } }
        public int Hour { get { return ClockDateTime.Hour; } }
        public int Minute { get { return ClockDateTime.Minute; } }
        public int Second { get { return ClockDateTime.Second; } }
        public int Millisecond { get { return ClockDateTime.Millisecond; } }
        public DayOfWeek DayOfWeek { get { return ClockDateTime.DayOfWeek; } }
        public int DayOfYear { get { return ClockDateTime.DayOfYear; } }
        public TimeSpan TimeOfDay { get { return ClockDateTime.TimeOfDay; } }

        // ---- arithmetic: on the clock time, keeping the offset ----

        public DateTimeOffset Add(TimeSpan timeSpan) { return new DateTimeOffset(ClockDateTime.Add(timeSpan), Offset); }
        public DateTimeOffset AddDays(double days) { return new DateTimeOffset(ClockDateTime.AddDays(days), Offset); }
        public DateTimeOffset AddHours(double hours) { return new DateTimeOffset(ClockDateTime.AddHours(hours), Offset); }
        public DateTimeOffset AddMinutes(double minutes) { return new DateTimeOffset(ClockDateTime.AddMinutes(minutes), Offset); }
        public DateTimeOffset AddSeconds(double seconds) { return new DateTimeOffset(ClockDateTime.AddSeconds(seconds), Offset); }
        public DateTimeOffset AddMilliseconds(double milliseconds) { return new DateTimeOffset(ClockDateTime.AddMilliseconds(milliseconds), Offset); }
        public DateTimeOffset AddTicks(long ticks) { return new DateTimeOffset(ClockDateTime.AddTicks(ticks), Offset); }
        public DateTimeOffset AddMonths(int months) { return new DateTimeOffset(ClockDateTime.AddMonths(months), Offset); }
        public DateTimeOffset AddYears(int years) { return new DateTimeOffset(ClockDateTime.AddYears(years), Offset); }
        public TimeSpan Subtract(DateTimeOffset value) { return new TimeSpan(_utcTicks - value._utcTicks); }
        public DateTimeOffset Subtract(TimeSpan value) { return new DateTimeOffset(ClockDateTime.Subtract(value), Offset); }

        public static DateTimeOffset operator +(DateTimeOffset dateTimeOffset, TimeSpan timeSpan) { return dateTimeOffset.Add(timeSpan); }
        public static DateTimeOffset operator -(DateTimeOffset dateTimeOffset, TimeSpan timeSpan) { return dateTimeOffset.Subtract(timeSpan); }
        public static TimeSpan operator -(DateTimeOffset left, DateTimeOffset right) { return left.Subtract(right); }
        public static implicit operator DateTimeOffset(DateTime dateTime) { return new DateTimeOffset(dateTime); }

        public DateTimeOffset ToOffset(TimeSpan offset) { return new DateTimeOffset(_utcTicks + offset.Ticks, offset); }
        public DateTimeOffset ToUniversalTime() { return new DateTimeOffset(UtcDateTime); }
        public DateTimeOffset ToLocalTime() { return new DateTimeOffset(UtcDateTime.ToLocalTime()); }

        public long ToUnixTimeSeconds() { return _utcTicks / TimeSpan.TicksPerSecond - UnixEpochSeconds; }
        public long ToUnixTimeMilliseconds() { return _utcTicks / TimeSpan.TicksPerMillisecond - UnixEpochMilliseconds; }

        public static DateTimeOffset FromUnixTimeSeconds(long seconds)
        {
            if (seconds < UnixMinSeconds || seconds > UnixMaxSeconds)
                throw new ArgumentOutOfRangeException("seconds", "Valid values are between " + UnixMinSeconds + " and " + UnixMaxSeconds + ", inclusive.");
            return new DateTimeOffset(seconds * TimeSpan.TicksPerSecond + DateTime.UnixEpochTicks, TimeSpan.Zero);
        }

        public static DateTimeOffset FromUnixTimeMilliseconds(long milliseconds)
        {
            long min = UnixMinSeconds * 1000, max = UnixMaxSeconds * 1000 + 999;
            if (milliseconds < min || milliseconds > max)
                throw new ArgumentOutOfRangeException("milliseconds", "Valid values are between " + min + " and " + max + ", inclusive.");
            return new DateTimeOffset(milliseconds * TimeSpan.TicksPerMillisecond + DateTime.UnixEpochTicks, TimeSpan.Zero);
        }

        // ---- comparison: by instant ----

        public static int Compare(DateTimeOffset first, DateTimeOffset second)
        {
            return first._utcTicks > second._utcTicks ? 1 : first._utcTicks < second._utcTicks ? -1 : 0;
        }

        public int CompareTo(DateTimeOffset other) { return Compare(this, other); }

        int IComparable.CompareTo(object obj)
        {
            if (obj == null) return 1;
            if (!(obj is DateTimeOffset)) throw new ArgumentException("Object must be of type DateTimeOffset.");
            return Compare(this, (DateTimeOffset)obj);
        }

        public bool Equals(DateTimeOffset other) { return _utcTicks == other._utcTicks; }
        public override bool Equals(object obj) { return obj is DateTimeOffset && Equals((DateTimeOffset)obj); }
        public static bool Equals(DateTimeOffset first, DateTimeOffset second) { return first._utcTicks == second._utcTicks; }
        public bool EqualsExact(DateTimeOffset other) { return _utcTicks == other._utcTicks && _offsetMinutes == other._offsetMinutes; }
        public override int GetHashCode() { return UtcDateTime.GetHashCode(); }

        public static bool operator ==(DateTimeOffset left, DateTimeOffset right) { return left._utcTicks == right._utcTicks; }
        public static bool operator !=(DateTimeOffset left, DateTimeOffset right) { return left._utcTicks != right._utcTicks; }
        public static bool operator <(DateTimeOffset left, DateTimeOffset right) { return left._utcTicks < right._utcTicks; }
        public static bool operator <=(DateTimeOffset left, DateTimeOffset right) { return left._utcTicks <= right._utcTicks; }
        public static bool operator >(DateTimeOffset left, DateTimeOffset right) { return left._utcTicks > right._utcTicks; }
        public static bool operator >=(DateTimeOffset left, DateTimeOffset right) { return left._utcTicks >= right._utcTicks; }

        // ---- text ----

        public override string ToString() { return DateTimeFormat.Format(ClockDateTime, OffsetTicks, null); }
        public string ToString(string format) { return DateTimeFormat.Format(ClockDateTime, OffsetTicks, format); }
        public string ToString(IFormatProvider formatProvider) { return DateTimeFormat.Format(ClockDateTime, OffsetTicks, null); }
        public string ToString(string format, IFormatProvider formatProvider) { return DateTimeFormat.Format(ClockDateTime, OffsetTicks, format); }

        public static DateTimeOffset Parse(string input) { return Parse(input, null, DateTimeStyles.None); }
        public static DateTimeOffset Parse(string input, IFormatProvider formatProvider) { return Parse(input, formatProvider, DateTimeStyles.None); }

        public static DateTimeOffset Parse(string input, IFormatProvider formatProvider, DateTimeStyles styles)
        {
            if (input == null) throw new ArgumentNullException("input");
            DateTimeOffset result;
            if (!TryParse(input, formatProvider, styles, out result)) throw BadText(input);
            return result;
        }

        public static bool TryParse(string input, out DateTimeOffset result) { return TryParse(input, null, DateTimeStyles.None, out result); }

        public static bool TryParse(string input, IFormatProvider formatProvider, DateTimeStyles styles, out DateTimeOffset result)
        {
            long clock, offset;
            bool hasZone;
            result = MinValue;
            return input != null && DateTimeFormat.TryParseClock(input, out clock, out hasZone, out offset)
                && TryCreate(clock, hasZone, offset, styles, out result);
        }

        public static DateTimeOffset ParseExact(string input, string format, IFormatProvider formatProvider)
        {
            return ParseExact(input, format, formatProvider, DateTimeStyles.None);
        }

        public static DateTimeOffset ParseExact(string input, string format, IFormatProvider formatProvider, DateTimeStyles styles)
        {
            if (input == null) throw new ArgumentNullException("input");
            if (format == null) throw new ArgumentNullException("format");
            DateTimeOffset result;
            if (!TryParseExact(input, format, formatProvider, styles, out result)) throw BadText(input);
            return result;
        }

        public static bool TryParseExact(string input, string format, IFormatProvider formatProvider, DateTimeStyles styles, out DateTimeOffset result)
        {
            long clock, offset;
            bool hasZone;
            result = MinValue;
            return input != null && format != null && DateTimeFormat.TryParseExactClock(input, format, out clock, out hasZone, out offset)
                && TryCreate(clock, hasZone, offset, styles, out result);
        }

        private static FormatException BadText(string input)
        {
            return new FormatException("String '" + input + "' was not recognized as a valid DateTime.");
        }

        // Text without a zone is local time, or UTC with AssumeUniversal; AdjustToUniversal moves the result to UTC.
        private static bool TryCreate(long clockTicks, bool hasZone, long offset, DateTimeStyles styles, out DateTimeOffset result)
        {
            result = MinValue;
            if (!hasZone)
                offset = (styles & DateTimeStyles.AssumeUniversal) != 0 ? 0 : DateTime.LocalOffsetTicksAtLocal(clockTicks);
            long utc = clockTicks - offset;
            if (utc < 0 || utc > DateTime.MaxTicks) return false;
            if ((styles & DateTimeStyles.AdjustToUniversal) != 0) offset = 0;
            result = new DateTimeOffset(utc + offset, new TimeSpan(offset));
            return true;
        }
    }
}
