using System.Text;

namespace System
{
    // A duration in ticks of 100 ns, with .NET 7+ arithmetic (FromX keeps every tick) and formats ("c", "g", "G",
    // custom d/h/m/s/f/F).
    public struct TimeSpan : IComparable, IComparable<TimeSpan>, IEquatable<TimeSpan>, IFormattable
    {
        public const long NanosecondsPerTick = 100;
        public const long TicksPerMicrosecond = 10;
        public const long TicksPerMillisecond = 10000;
        public const long TicksPerSecond = 10000000;
        public const long TicksPerMinute = 600000000;
        public const long TicksPerHour = 36000000000;
        public const long TicksPerDay = 864000000000;

        private const long MaxMilliseconds = long.MaxValue / TicksPerMillisecond;
        private const long MinMilliseconds = long.MinValue / TicksPerMillisecond;
        internal const string TooLong = "TimeSpan overflowed because the duration is too long.";

        public static readonly TimeSpan Zero = new TimeSpan(0);
        public static readonly TimeSpan MaxValue = new TimeSpan(long.MaxValue);
        public static readonly TimeSpan MinValue = new TimeSpan(long.MinValue);

        private long m_ticks;

        public TimeSpan(long ticks) { m_ticks = ticks; }

        public TimeSpan(int hours, int minutes, int seconds)
        {
            long total = (long)hours * 3600 + (long)minutes * 60 + seconds;
            if (total > long.MaxValue / TicksPerSecond || total < long.MinValue / TicksPerSecond)
                throw new ArgumentOutOfRangeException(null, TooLong);
            m_ticks = total * TicksPerSecond;
        }

        public TimeSpan(int days, int hours, int minutes, int seconds) : this(days, hours, minutes, seconds, 0, 0) { }

        public TimeSpan(int days, int hours, int minutes, int seconds, int milliseconds) : this(days, hours, minutes, seconds, milliseconds, 0) { }

        public TimeSpan(int days, int hours, int minutes, int seconds, int milliseconds, int microseconds)
        {
            long micro = (((long)days * 86400 + (long)hours * 3600 + (long)minutes * 60 + seconds) * 1000 + milliseconds) * 1000 + microseconds;
            if (micro > long.MaxValue / TicksPerMicrosecond || micro < long.MinValue / TicksPerMicrosecond)
                throw new ArgumentOutOfRangeException(null, TooLong);
            m_ticks = micro * TicksPerMicrosecond;
        }

        public long Ticks { get { return m_ticks; } }
        public int Days { get { return (int)(m_ticks / TicksPerDay); } }
        public int Hours { get { return (int)(m_ticks / TicksPerHour % 24); } }
        public int Minutes { get { return (int)(m_ticks / TicksPerMinute % 60); } }
        public int Seconds { get { return (int)(m_ticks / TicksPerSecond % 60); } }
        public int Milliseconds { get { return (int)(m_ticks / TicksPerMillisecond % 1000); } }
        public int Microseconds { get { return (int)(m_ticks / TicksPerMicrosecond % 1000); } }
        public int Nanoseconds { get { return (int)(m_ticks % TicksPerMicrosecond * 100); } }

        public double TotalDays { get { return (double)m_ticks / TicksPerDay; } }
        public double TotalHours { get { return (double)m_ticks / TicksPerHour; } }
        public double TotalMinutes { get { return (double)m_ticks / TicksPerMinute; } }
        public double TotalSeconds { get { return (double)m_ticks / TicksPerSecond; } }
        public double TotalMicroseconds { get { return (double)m_ticks / TicksPerMicrosecond; } }
        public double TotalNanoseconds { get { return (double)m_ticks * NanosecondsPerTick; } }

        public double TotalMilliseconds
        {
            get
            {
                double ms = (double)m_ticks / TicksPerMillisecond;
                if (ms > MaxMilliseconds) return MaxMilliseconds;
                if (ms < MinMilliseconds) return MinMilliseconds;
                return ms;
            }
        }

        public static TimeSpan FromDays(double value) { return Interval(value, TicksPerDay); }
        public static TimeSpan FromHours(double value) { return Interval(value, TicksPerHour); }
        public static TimeSpan FromMinutes(double value) { return Interval(value, TicksPerMinute); }
        public static TimeSpan FromSeconds(double value) { return Interval(value, TicksPerSecond); }
        public static TimeSpan FromMilliseconds(double value) { return Interval(value, TicksPerMillisecond); }
        public static TimeSpan FromMicroseconds(double value) { return Interval(value, TicksPerMicrosecond); }
        public static TimeSpan FromTicks(long value) { return new TimeSpan(value); }

        private static TimeSpan Interval(double value, double ticksPerUnit)
        {
            if (value != value) throw new ArgumentException("TimeSpan does not accept floating point Not-a-Number values.");
            return FromDoubleTicks(value * ticksPerUnit);
        }

        private static TimeSpan FromDoubleTicks(double ticks)
        {
            if (ticks > long.MaxValue || ticks < long.MinValue || ticks != ticks) throw new OverflowException(TooLong);
            if (ticks == long.MaxValue) return MaxValue;
            return new TimeSpan((long)ticks);
        }

        public TimeSpan Add(TimeSpan ts)
        {
            long result = m_ticks + ts.m_ticks;
            if ((m_ticks >> 63) == (ts.m_ticks >> 63) && (m_ticks >> 63) != (result >> 63)) throw new OverflowException(TooLong);
            return new TimeSpan(result);
        }

        public TimeSpan Subtract(TimeSpan ts)
        {
            long result = m_ticks - ts.m_ticks;
            if ((m_ticks >> 63) != (ts.m_ticks >> 63) && (m_ticks >> 63) != (result >> 63)) throw new OverflowException(TooLong);
            return new TimeSpan(result);
        }

        public TimeSpan Negate()
        {
            if (m_ticks == long.MinValue) throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
            return new TimeSpan(-m_ticks);
        }

        public TimeSpan Duration()
        {
            if (m_ticks == long.MinValue)
                throw new OverflowException("The duration cannot be returned for TimeSpan.MinValue because the absolute value of TimeSpan.MinValue exceeds the value of TimeSpan.MaxValue.");
            return new TimeSpan(m_ticks >= 0 ? m_ticks : -m_ticks);
        }

        public TimeSpan Multiply(double factor) { return this * factor; }
        public TimeSpan Divide(double divisor) { return this / divisor; }
        public double Divide(TimeSpan ts) { return this / ts; }

        public static TimeSpan operator +(TimeSpan t1, TimeSpan t2) { return t1.Add(t2); }
        public static TimeSpan operator -(TimeSpan t1, TimeSpan t2) { return t1.Subtract(t2); }
        public static TimeSpan operator -(TimeSpan t) { return t.Negate(); }
        public static TimeSpan operator +(TimeSpan t) { return t; }

        public static TimeSpan operator *(TimeSpan timeSpan, double factor)
        {
            if (factor != factor) throw new ArgumentException("TimeSpan does not accept floating point Not-a-Number values.", "factor");
            return FromDoubleTicks(Math.Round(timeSpan.m_ticks * factor));
        }

        public static TimeSpan operator *(double factor, TimeSpan timeSpan) { return timeSpan * factor; }

        public static TimeSpan operator /(TimeSpan timeSpan, double divisor)
        {
            if (divisor != divisor) throw new ArgumentException("TimeSpan does not accept floating point Not-a-Number values.", "divisor");
            return FromDoubleTicks(Math.Round(timeSpan.m_ticks / divisor));
        }

        public static double operator /(TimeSpan t1, TimeSpan t2) { return t1.m_ticks / (double)t2.m_ticks; }

        public static bool operator ==(TimeSpan t1, TimeSpan t2) { return t1.m_ticks == t2.m_ticks; }
        public static bool operator !=(TimeSpan t1, TimeSpan t2) { return t1.m_ticks != t2.m_ticks; }
        public static bool operator <(TimeSpan t1, TimeSpan t2) { return t1.m_ticks < t2.m_ticks; }
        public static bool operator <=(TimeSpan t1, TimeSpan t2) { return t1.m_ticks <= t2.m_ticks; }
        public static bool operator >(TimeSpan t1, TimeSpan t2) { return t1.m_ticks > t2.m_ticks; }
        public static bool operator >=(TimeSpan t1, TimeSpan t2) { return t1.m_ticks >= t2.m_ticks; }

        public static int Compare(TimeSpan t1, TimeSpan t2) { return t1.m_ticks > t2.m_ticks ? 1 : t1.m_ticks < t2.m_ticks ? -1 : 0; }
        public int CompareTo(TimeSpan value) { return Compare(this, value); }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is TimeSpan)) throw new ArgumentException("Object must be of type TimeSpan.");
            return Compare(this, (TimeSpan)value);
        }

        public static bool Equals(TimeSpan t1, TimeSpan t2) { return t1.m_ticks == t2.m_ticks; }
        public bool Equals(TimeSpan obj) { return m_ticks == obj.m_ticks; }
        public override bool Equals(object value) { return value is TimeSpan && ((TimeSpan)value).m_ticks == m_ticks; }
        public override int GetHashCode() { return (int)m_ticks ^ (int)(m_ticks >> 32); }

        // ---- text ----

        public override string ToString() { return TimeSpanFormat.Format(this, null); }
        public string ToString(string format) { return TimeSpanFormat.Format(this, format); }
        public string ToString(string format, IFormatProvider formatProvider) { return TimeSpanFormat.Format(this, format); }

        public static TimeSpan Parse(string s)
        {
            if (s == null) throw new ArgumentNullException("input");
            TimeSpan result;
            int status = TimeSpanFormat.TryParse(s, out result);
            if (status == TimeSpanFormat.ParseOverflow)
                throw new OverflowException("The TimeSpan string '" + s + "' could not be parsed because at least one of the numeric components is out of range or contains too many digits.");
            if (status != TimeSpanFormat.ParseOk) throw new FormatException("String '" + s + "' was not recognized as a valid TimeSpan.");
            return result;
        }

        public static TimeSpan Parse(string input, IFormatProvider formatProvider) { return Parse(input); }

        public static bool TryParse(string s, out TimeSpan result)
        {
            if (s == null) { result = Zero; return false; }
            return TimeSpanFormat.TryParse(s, out result) == TimeSpanFormat.ParseOk;
        }

        public static bool TryParse(string input, IFormatProvider formatProvider, out TimeSpan result) { return TryParse(input, out result); }
    }

    internal static class TimeSpanFormat
    {
        internal const int ParseOk = 0;
        internal const int ParseBadFormat = 1;
        internal const int ParseOverflow = 2;

        internal static string Format(TimeSpan value, string format)
        {
            long ticks = value.Ticks;
            if (format == null || format.Length == 0 || format == "c" || format == "t" || format == "T") return Standard(ticks, false, false);
            if (format == "g") return Standard(ticks, true, false);
            if (format == "G") return Standard(ticks, true, true);
            // one character is a standard format or nothing ("%d" is the custom day count)
            if (format.Length == 1) throw BadFormat();
            return Custom(ticks, format);
        }

        // "c": [-][d.]hh:mm:ss[.fffffff]   "g": [-][d:]h:mm:ss[.FFFFFFF]   "G": [-]d:hh:mm:ss.fffffff
        private static string Standard(long ticks, bool general, bool full)
        {
            StringBuilder sb = new StringBuilder();
            // magnitude as ulong so that MinValue works
            ulong magnitude = ticks < 0 ? (ulong)(-(ticks + 1)) + 1 : (ulong)ticks;
            if (ticks < 0) sb.Append('-');
            ulong days = magnitude / (ulong)TimeSpan.TicksPerDay;
            ulong rest = magnitude % (ulong)TimeSpan.TicksPerDay;
            int hours = (int)(rest / (ulong)TimeSpan.TicksPerHour);
            int minutes = (int)(rest / (ulong)TimeSpan.TicksPerMinute % 60);
            int seconds = (int)(rest / (ulong)TimeSpan.TicksPerSecond % 60);
            int fraction = (int)(rest % (ulong)TimeSpan.TicksPerSecond);
            if (days != 0 || full)
            {
                sb.Append(Number.UInt64ToString(days));
                sb.Append(general ? ':' : '.');
            }
            if (general && !full) sb.Append(Number.Int64ToString(hours)); else Digits(sb, hours, 2);
            sb.Append(':');
            Digits(sb, minutes, 2);
            sb.Append(':');
            Digits(sb, seconds, 2);
            if (full || fraction != 0)
            {
                sb.Append('.');
                if (general && !full)
                {
                    int digits = 7;
                    while (fraction % 10 == 0) { fraction /= 10; digits--; }
                    Digits(sb, fraction, digits);
                }
                else
                {
                    Digits(sb, fraction, 7);
                }
            }
            return sb.ToString();
        }

        internal static void Digits(StringBuilder sb, long value, int count)
        {
            string text = Number.Int64ToString(value);
            for (int i = text.Length; i < count; i++) sb.Append('0');
            sb.Append(text);
        }

        private static FormatException BadFormat() { return new FormatException("Input string was not in a correct format."); }

        // Custom formats: d..dddddddd, h, hh, m, mm, s, ss, f..fffffff, F..FFFFFFF, 'literal', "literal", \c, %c.
        private static string Custom(long ticks, string format)
        {
            ulong magnitude = ticks < 0 ? (ulong)(-(ticks + 1)) + 1 : (ulong)ticks;
            long days = (long)(magnitude / (ulong)TimeSpan.TicksPerDay);
            long rest = (long)(magnitude % (ulong)TimeSpan.TicksPerDay);
            int hours = (int)(rest / TimeSpan.TicksPerHour);
            int minutes = (int)(rest / TimeSpan.TicksPerMinute % 60);
            int seconds = (int)(rest / TimeSpan.TicksPerSecond % 60);
            int fraction = (int)(rest % TimeSpan.TicksPerSecond);
            StringBuilder sb = new StringBuilder();
            int i = 0;
            while (i < format.Length)
            {
                char c = format[i];
                int run = 1;
                while (i + run < format.Length && format[i + run] == c) run++;
                switch (c)
                {
                    case 'd':
                        if (run > 8) throw BadFormat();
                        Digits(sb, days, run);
                        break;
                    case 'h':
                        if (run > 2) throw BadFormat();
                        Digits(sb, hours, run);
                        break;
                    case 'm':
                        if (run > 2) throw BadFormat();
                        Digits(sb, minutes, run);
                        break;
                    case 's':
                        if (run > 2) throw BadFormat();
                        Digits(sb, seconds, run);
                        break;
                    case 'f':
                    {
                        if (run > 7) throw BadFormat();
                        long part = fraction;
                        for (int k = run; k < 7; k++) part /= 10;
                        Digits(sb, part, run);
                        break;
                    }
                    case 'F':
                    {
                        if (run > 7) throw BadFormat();
                        long part = fraction;
                        for (int k = run; k < 7; k++) part /= 10;
                        int digits = run;
                        while (digits > 0 && part % 10 == 0) { part /= 10; digits--; }
                        if (digits > 0) Digits(sb, part, digits);
                        break;
                    }
                    case '\'':
                    case '"':
                    {
                        int close = format.IndexOf(c, i + 1);
                        if (close < 0) throw BadFormat();
                        sb.Append(format.Substring(i + 1, close - i - 1));
                        run = close - i + 1;
                        break;
                    }
                    case '\\':
                        if (i + 1 >= format.Length) throw BadFormat();
                        sb.Append(format[i + 1]);
                        run = 2;
                        break;
                    case '%':
                        if (i + 1 >= format.Length || format[i + 1] == '%') throw BadFormat();
                        run = 1;
                        break;
                    default:
                        throw BadFormat();
                }
                i += run;
            }
            return sb.ToString();
        }

        // [ws][-]{ d | [d.]hh:mm[:ss[.fffffff]] | d:hh:mm[:ss[.fffffff]] }[ws]
        internal static int TryParse(string s, out TimeSpan result)
        {
            result = TimeSpan.Zero;
            s = s.Trim();
            int i = 0;
            bool negative = false;
            if (i < s.Length && s[i] == '-') { negative = true; i++; }
            long[] numbers = new long[5];
            char[] separators = new char[5];
            int count = 0;
            int fractionDigits = 0;
            while (true)
            {
                if (count == 5) return ParseBadFormat;
                int start = i;
                long value = 0;
                while (i < s.Length && s[i] >= '0' && s[i] <= '9')
                {
                    if (value > 100000000000L) return ParseOverflow;
                    value = value * 10 + (s[i] - '0');
                    i++;
                }
                if (i == start) return ParseBadFormat;
                numbers[count] = value;
                fractionDigits = i - start;
                count++;
                if (i == s.Length) break;
                char sep = s[i];
                if (sep != ':' && sep != '.') return ParseBadFormat;
                separators[count - 1] = sep;
                i++;
            }
            // the shape of the separators decides which number is which
            long days = 0, hours = 0, minutes = 0, seconds = 0, fraction = 0;
            bool hasFraction = false;
            string shape = new string(separators, 0, count - 1);
            switch (shape)
            {
                case "": days = numbers[0]; break;
                case ":": hours = numbers[0]; minutes = numbers[1]; break;
                case "::":
                    // h:m:s, unless the first number cannot be hours: then d:h:m ("25:00:00" is 25 days, as in .NET)
                    if (numbers[0] > 23) { days = numbers[0]; hours = numbers[1]; minutes = numbers[2]; }
                    else { hours = numbers[0]; minutes = numbers[1]; seconds = numbers[2]; }
                    break;
                case ".:": days = numbers[0]; hours = numbers[1]; minutes = numbers[2]; break;
                case ".::": days = numbers[0]; hours = numbers[1]; minutes = numbers[2]; seconds = numbers[3]; break;
                case "::.": hours = numbers[0]; minutes = numbers[1]; seconds = numbers[2]; fraction = numbers[3]; hasFraction = true; break;
                case ".::.": days = numbers[0]; hours = numbers[1]; minutes = numbers[2]; seconds = numbers[3]; fraction = numbers[4]; hasFraction = true; break;
                case ":::": days = numbers[0]; hours = numbers[1]; minutes = numbers[2]; seconds = numbers[3]; break;
                case ":::.": days = numbers[0]; hours = numbers[1]; minutes = numbers[2]; seconds = numbers[3]; fraction = numbers[4]; hasFraction = true; break;
                default: return ParseBadFormat;
            }
            if (hasFraction)
            {
                if (fractionDigits > 7) return ParseOverflow;
                for (int k = fractionDigits; k < 7; k++) fraction *= 10;
            }
            if (days > 10675199 || hours > 23 || minutes > 59 || seconds > 59) return ParseOverflow;
            long ticks = days * TimeSpan.TicksPerDay + hours * TimeSpan.TicksPerHour + minutes * TimeSpan.TicksPerMinute
                + seconds * TimeSpan.TicksPerSecond + fraction;
            if (ticks < 0) return ParseOverflow;
            result = new TimeSpan(negative ? -ticks : ticks);
            return ParseOk;
        }
    }
}
