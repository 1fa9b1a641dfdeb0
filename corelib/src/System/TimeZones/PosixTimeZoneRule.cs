namespace System
{
    // The POSIX TZ string a TZif file ends with ("CET-1CEST,M3.5.0,M10.5.0/3"): the rule for every instant after the
    // file's last transition. Offsets are kept as seconds east of UTC (POSIX writes them west, so the sign flips);
    // transition times are local wall-clock seconds after midnight and may be negative or beyond 24 hours
    // (RFC 8536's extension).
    internal sealed class PosixTimeZoneRule
    {
        internal readonly string StandardName, DaylightName;
        internal readonly int StandardOffset, DaylightOffset;
        private readonly TransitionDate _start, _end;

        private PosixTimeZoneRule(string standardName, int standardOffset, string daylightName, int daylightOffset,
            TransitionDate start, TransitionDate end)
        {
            StandardName = standardName;
            StandardOffset = standardOffset;
            DaylightName = daylightName;
            DaylightOffset = daylightOffset;
            _start = start;
            _end = end;
        }

        internal bool HasDaylightSaving { get { return DaylightName != null; } }

        // A day of the year in one of the three POSIX forms, and the local time of day the change happens.
        private struct TransitionDate
        {
            internal char Kind;          // 'J': day 1..365, February 29 never counted; 'N': day 0..365; 'M': month.week.day
            internal int Day, Month, Week;
            internal int Seconds;

            // Days from 1970-01-01 to this date in the year.
            internal long EpochDay(int year)
            {
                long jan1 = DaysFromEpoch(year, 1, 1);
                if (Kind == 'J') return jan1 + Day - 1 + (Day >= 60 && DateTime.IsLeapYear(year) ? 1 : 0);
                if (Kind == 'N') return jan1 + Day;
                long first = DaysFromEpoch(year, Month, 1);
                int firstWeekday = (int)((first % 7 + 7 + 4) % 7); // 1970-01-01 was a Thursday
                int dayOfMonth = 1 + (Day - firstWeekday + 7) % 7 + (Week - 1) * 7;
                if (dayOfMonth > DateTime.DaysInMonth(year, Month)) dayOfMonth -= 7;
                return first + dayOfMonth - 1;
            }
        }

        internal static long DaysFromEpoch(int year, int month, int day)
        {
            return new DateTime(year, month, day).Ticks / TimeSpan.TicksPerDay - DateTime.UnixEpochTicks / TimeSpan.TicksPerDay;
        }

        // The offset (seconds east of UTC), daylight flag and abbreviation in force at an instant in seconds since 1970.
        internal void Lookup(long utcSeconds, out int offset, out bool isDaylight, out string abbreviation)
        {
            isDaylight = HasDaylightSaving && IsDaylightAt(utcSeconds);
            offset = isDaylight ? DaylightOffset : StandardOffset;
            abbreviation = isDaylight ? DaylightName : StandardName;
        }

        private bool IsDaylightAt(long utcSeconds)
        {
            long localDays = FloorDiv(utcSeconds + StandardOffset, 86400);
            int year = YearOfEpochDay(localDays);
            // the start is written in standard time, the end in daylight time
            long start = _start.EpochDay(year) * 86400 + _start.Seconds - StandardOffset;
            long end = _end.EpochDay(year) * 86400 + _end.Seconds - DaylightOffset;
            if (start < end) return utcSeconds >= start && utcSeconds < end;
            // the southern hemisphere: daylight time spans the new year
            return !(utcSeconds >= end && utcSeconds < start);
        }

        // The year a day (counted from 1970-01-01) falls in, kept inside the years DateTime can compute rules for.
        private static int YearOfEpochDay(long epochDay)
        {
            long days = epochDay + DateTime.UnixEpochTicks / TimeSpan.TicksPerDay;
            if (days < 366) return 2;
            if (days > 3652059 - 366) return 9998;
            return new DateTime(days * TimeSpan.TicksPerDay).Year;
        }

        internal static long FloorDiv(long a, long b)
        {
            long q = a / b;
            return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
        }

        // null when the text is not a TZ string this parser understands.
        internal static PosixTimeZoneRule Parse(string text)
        {
            if (string.IsNullOrEmpty(text)) return null;
            int pos = 0;
            string standardName = ParseName(text, ref pos);
            int standardWest;
            if (standardName == null || !ParseTime(text, ref pos, out standardWest)) return null;
            if (pos == text.Length) return new PosixTimeZoneRule(standardName, -standardWest, null, 0, default(TransitionDate), default(TransitionDate));
            string daylightName = ParseName(text, ref pos);
            if (daylightName == null) return null;
            int daylightWest = standardWest - 3600;
            if (pos < text.Length && text[pos] != ',' && !ParseTime(text, ref pos, out daylightWest)) return null;
            TransitionDate start, end;
            if (pos == text.Length)
            {
                // no rule: the United States' current one, as POSIX leaves it to the implementation and glibc does
                start = new TransitionDate { Kind = 'M', Month = 3, Week = 2, Day = 0, Seconds = 7200 };
                end = new TransitionDate { Kind = 'M', Month = 11, Week = 1, Day = 0, Seconds = 7200 };
            }
            else if (text[pos++] != ',' || !ParseDate(text, ref pos, out start) || pos >= text.Length || text[pos++] != ','
                || !ParseDate(text, ref pos, out end) || pos != text.Length)
            {
                return null;
            }
            return new PosixTimeZoneRule(standardName, -standardWest, daylightName, -daylightWest, start, end);
        }

        // An abbreviation: three or more letters, or anything but '>' between '<' and '>' ("<+0530>").
        private static string ParseName(string text, ref int pos)
        {
            int begin = pos;
            if (pos < text.Length && text[pos] == '<')
            {
                int close = text.IndexOf('>', pos);
                if (close < 0) return null;
                pos = close + 1;
                return text.Substring(begin + 1, close - begin - 1);
            }
            while (pos < text.Length && char.IsLetter(text[pos])) pos++;
            return pos - begin >= 3 ? text.Substring(begin, pos - begin) : null;
        }

        // [+|-]hh[:mm[:ss]] in seconds.
        private static bool ParseTime(string text, ref int pos, out int seconds)
        {
            seconds = 0;
            int sign = 1;
            if (pos < text.Length && (text[pos] == '+' || text[pos] == '-')) sign = text[pos++] == '-' ? -1 : 1;
            int hours;
            if (!ParseNumber(text, ref pos, out hours)) return false;
            int minutes = 0, secs = 0;
            if (pos < text.Length && text[pos] == ':')
            {
                pos++;
                if (!ParseNumber(text, ref pos, out minutes)) return false;
                if (pos < text.Length && text[pos] == ':')
                {
                    pos++;
                    if (!ParseNumber(text, ref pos, out secs)) return false;
                }
            }
            seconds = sign * (hours * 3600 + minutes * 60 + secs);
            return true;
        }

        private static bool ParseNumber(string text, ref int pos, out int value)
        {
            value = 0;
            int begin = pos;
            while (pos < text.Length && text[pos] >= '0' && text[pos] <= '9' && pos - begin < 6) value = value * 10 + (text[pos++] - '0');
            return pos > begin;
        }

        private static bool ParseDate(string text, ref int pos, out TransitionDate date)
        {
            date = new TransitionDate { Seconds = 7200 };
            if (pos >= text.Length) return false;
            if (text[pos] == 'M')
            {
                pos++;
                date.Kind = 'M';
                if (!ParseNumber(text, ref pos, out date.Month) || pos >= text.Length || text[pos++] != '.'
                    || !ParseNumber(text, ref pos, out date.Week) || pos >= text.Length || text[pos++] != '.'
                    || !ParseNumber(text, ref pos, out date.Day))
                    return false;
                if (date.Month < 1 || date.Month > 12 || date.Week < 1 || date.Week > 5 || date.Day > 6) return false;
            }
            else
            {
                date.Kind = text[pos] == 'J' ? 'J' : 'N';
                if (date.Kind == 'J') pos++;
                if (!ParseNumber(text, ref pos, out date.Day)) return false;
                if (date.Kind == 'J' ? date.Day < 1 || date.Day > 365 : date.Day > 365) return false;
            }
            if (pos < text.Length && text[pos] == '/')
            {
                pos++;
                if (!ParseTime(text, ref pos, out date.Seconds)) return false;
            }
            return true;
        }
    }
}
