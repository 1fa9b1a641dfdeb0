using System.Text;

namespace System
{
    // DateTime to text and back with the invariant culture's patterns and names.
    internal static class DateTimeFormat
    {
        internal static readonly string[] MonthNames = { "January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December" };
        internal static readonly string[] MonthAbbreviations = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
            "Sep", "Oct", "Nov", "Dec" };
        internal static readonly string[] DayNames = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };
        internal static readonly string[] DayAbbreviations = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };

        private static FormatException BadFormat() { return new FormatException("Input string was not in a correct format."); }

        // The invariant culture's pattern for a standard format character, or null when it is not one.
        private static string StandardPattern(char c)
        {
            switch (c)
            {
                case 'd': return "MM/dd/yyyy";
                case 'D': return "dddd, dd MMMM yyyy";
                case 'f': return "dddd, dd MMMM yyyy HH:mm";
                case 'F': return "dddd, dd MMMM yyyy HH:mm:ss";
                case 'g': return "MM/dd/yyyy HH:mm";
                case 'G': return "MM/dd/yyyy HH:mm:ss";
                case 'M': case 'm': return "MMMM dd";
                case 'O': case 'o': return "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK";
                case 'R': case 'r': return "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'";
                case 's': return "yyyy'-'MM'-'dd'T'HH':'mm':'ss";
                case 't': return "HH:mm";
                case 'T': return "HH:mm:ss";
                case 'u': return "yyyy'-'MM'-'dd HH':'mm':'ss'Z'";
                case 'U': return "dddd, dd MMMM yyyy HH:mm:ss";
                case 'Y': case 'y': return "yyyy MMMM";
                default: return null;
            }
        }

        internal static string Format(DateTime value, string format)
        {
            if (format == null || format.Length == 0) format = "G";
            if (format.Length == 1)
            {
                char c = format[0];
                if (c == 'o' || c == 'O')
                {
                    if (value.Kind == DateTimeKind.Utc) return Iso(value, true, 'Z', 0);
                    if (value.Kind == DateTimeKind.Local) return Iso(value, true, '+', DateTime.LocalOffsetTicksAtLocal(value.Ticks));
                    return Iso(value, true, '\0', 0);
                }
                if (c == 's') return Iso(value, false, '\0', 0);
                string pattern = StandardPattern(c);
                if (pattern == null) throw BadFormat();
                if (format[0] == 'U') value = value.ToUniversalTime();
                format = pattern;
            }
            return Custom(value, format, false, 0);
        }

        // A DateTimeOffset: its clock time with its own offset for z and K. The default format shows the offset;
        // 'u' and 'r' show the UTC time; 'U' is not for offsets.
        internal static string Format(DateTime clock, long offsetTicks, string format)
        {
            if (format == null || format.Length == 0) format = "MM/dd/yyyy HH:mm:ss zzz";
            else if (format.Length == 1)
            {
                char c = format[0];
                if (c == 'o' || c == 'O') return Iso(clock, true, '+', offsetTicks);
                if (c == 's') return Iso(clock, false, '\0', 0);
                string pattern = c == 'U' ? null : StandardPattern(c);
                if (pattern == null) throw BadFormat();
                if (c == 'u' || c == 'r' || c == 'R')
                {
                    clock = new DateTime(clock.Ticks - offsetTicks);
                    offsetTicks = 0;
                }
                format = pattern;
            }
            return Custom(clock, format, true, offsetTicks);
        }

        // The round-trip ('o') and sortable ('s') formats: ISO 8601 at fixed positions, written straight into the
        // result instead of interpreting their custom patterns (they are what logs and serializers print).
        // zone: '\0' nothing, 'Z' for UTC, '+' for offsetTicks as +hh:mm / -hh:mm.
        private static unsafe string Iso(DateTime clock, bool fraction, char zone, long offsetTicks)
        {
            int year, month, day;
            clock.GetDate(out year, out month, out day);
            long ticks = clock.Ticks;
            string text = string.FastAllocateString(19 + (fraction ? 8 : 0) + (zone == 'Z' ? 1 : zone == '+' ? 6 : 0));
            fixed (char* start = text)
            {
                char* p = start;
                TwoDigits(p, year / 100);
                TwoDigits(p + 2, year % 100);
                p[4] = '-';
                TwoDigits(p + 5, month);
                p[7] = '-';
                TwoDigits(p + 8, day);
                p[10] = 'T';
                TwoDigits(p + 11, (int)(ticks / TimeSpan.TicksPerHour % 24));
                p[13] = ':';
                TwoDigits(p + 14, (int)(ticks / TimeSpan.TicksPerMinute % 60));
                p[16] = ':';
                TwoDigits(p + 17, (int)(ticks / TimeSpan.TicksPerSecond % 60));
                p += 19;
                if (fraction)
                {
                    *p = '.';
                    int f = (int)(ticks % TimeSpan.TicksPerSecond);
                    for (int i = 7; i >= 1; i--)
                    {
                        p[i] = (char)('0' + f % 10);
                        f /= 10;
                    }
                    p += 8;
                }
                if (zone == 'Z') *p = 'Z';
                else if (zone == '+')
                {
                    *p = offsetTicks < 0 ? '-' : '+';
                    long magnitude = offsetTicks < 0 ? -offsetTicks : offsetTicks;
                    TwoDigits(p + 1, (int)(magnitude / TimeSpan.TicksPerHour));
                    p[3] = ':';
                    TwoDigits(p + 4, (int)(magnitude / TimeSpan.TicksPerMinute % 60));
                }
            }
            return text;
        }

        private static unsafe void TwoDigits(char* p, int value)
        {
            p[0] = (char)('0' + value / 10);
            p[1] = (char)('0' + value % 10);
        }

        private static int Run(string format, int i)
        {
            int run = 1;
            while (i + run < format.Length && format[i + run] == format[i]) run++;
            return run;
        }

        private static void Digits(StringBuilder sb, long value, int count) { TimeSpanFormat.Digits(sb, value, count); }

        // hasOffset: a DateTimeOffset's offset for z and K, instead of the DateTime's kind
        private static string Custom(DateTime value, string format, bool hasOffset, long offsetTicks)
        {
            int year, month, day;
            value.GetDate(out year, out month, out day);
            int hour = value.Hour;
            long fraction = value.Ticks % TimeSpan.TicksPerSecond;
            StringBuilder sb = new StringBuilder();
            int i = 0;
            while (i < format.Length)
            {
                char c = format[i];
                int run = Run(format, i);
                switch (c)
                {
                    case 'd':
                        if (run <= 2) Digits(sb, day, run);
                        else sb.Append(run == 3 ? DayAbbreviations[(int)value.DayOfWeek] : DayNames[(int)value.DayOfWeek]);
                        break;
                    case 'M':
                        if (run <= 2) Digits(sb, month, run);
                        else sb.Append(run == 3 ? MonthAbbreviations[month - 1] : MonthNames[month - 1]);
                        break;
                    case 'y':
                        if (run <= 2) Digits(sb, year % 100, run);
                        else Digits(sb, year, run);
                        break;
                    case 'h':
                    {
                        int h12 = hour % 12;
                        Digits(sb, h12 == 0 ? 12 : h12, run > 2 ? 2 : run);
                        break;
                    }
                    case 'H': Digits(sb, hour, run > 2 ? 2 : run); break;
                    case 'm': Digits(sb, value.Minute, run > 2 ? 2 : run); break;
                    case 's': Digits(sb, value.Second, run > 2 ? 2 : run); break;
                    case 'f':
                    case 'F':
                    {
                        if (run > 7) throw BadFormat();
                        long part = fraction;
                        for (int k = run; k < 7; k++) part /= 10;
                        int digits = run;
                        if (c == 'F')
                        {
                            while (digits > 0 && part % 10 == 0) { part /= 10; digits--; }
                            if (digits == 0)
                            {
                                // nothing to show: a '.' written just before goes too
                                if (sb.Length > 0 && sb[sb.Length - 1] == '.') sb.Length = sb.Length - 1;
                                break;
                            }
                        }
                        Digits(sb, part, digits);
                        break;
                    }
                    case 't':
                    {
                        string designator = hour < 12 ? "AM" : "PM";
                        sb.Append(run == 1 ? designator.Substring(0, 1) : designator);
                        break;
                    }
                    case 'z':
                    {
                        long offset = hasOffset ? offsetTicks : value.Kind == DateTimeKind.Utc ? 0 : DateTime.LocalOffsetTicksAtLocal(value);
                        AppendOffset(sb, offset, run);
                        break;
                    }
                    case 'K':
                        if (hasOffset) AppendOffset(sb, offsetTicks, 3);
                        else if (value.Kind == DateTimeKind.Utc) sb.Append('Z');
                        else if (value.Kind == DateTimeKind.Local) AppendOffset(sb, DateTime.LocalOffsetTicksAtLocal(value), 3);
                        run = 1;
                        break;
                    case 'g':
                        sb.Append("A.D.");
                        break;
                    case ':':
                    case '/':
                        sb.Append(c);
                        run = 1;
                        break;
                    case '\'':
                    case '"':
                    {
                        int close = format.IndexOf(c, i + 1);
                        if (close < 0) throw new FormatException("Cannot find a matching quote character for the character '" + c + "'.");
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
                        sb.Append(c);
                        run = 1;
                        break;
                }
                i += run;
            }
            return sb.ToString();
        }

        // z: +h, zz: +hh, zzz: +hh:mm
        private static void AppendOffset(StringBuilder sb, long offsetTicks, int run)
        {
            sb.Append(offsetTicks < 0 ? '-' : '+');
            if (offsetTicks < 0) offsetTicks = -offsetTicks;
            int hours = (int)(offsetTicks / TimeSpan.TicksPerHour);
            int minutes = (int)(offsetTicks / TimeSpan.TicksPerMinute % 60);
            if (run == 1) { sb.Append(Number.Int64ToString(hours)); return; }
            Digits(sb, hours, 2);
            if (run >= 3) { sb.Append(':'); Digits(sb, minutes, 2); }
        }

        // ---- parsing ----

        // A cursor over the text being parsed.
        private sealed class Scanner
        {
            internal readonly string Text;
            internal int Position;

            internal Scanner(string text) { Text = text; }

            internal bool AtEnd { get { return Position >= Text.Length; } }
            internal char Peek { get { return Position < Text.Length ? Text[Position] : '\0'; } }

            internal void SkipSpaces() { while (Position < Text.Length && char.IsWhiteSpace(Text[Position])) Position++; }

            internal bool Accept(char c)
            {
                if (Peek != c) return false;
                Position++;
                return true;
            }

            // digits (at least min, at most max); digitCount tells how many were read
            internal bool Number(int min, int max, out int value, out int digitCount)
            {
                value = 0;
                digitCount = 0;
                while (digitCount < max && Position < Text.Length && Text[Position] >= '0' && Text[Position] <= '9')
                {
                    value = value * 10 + (Text[Position] - '0');
                    Position++;
                    digitCount++;
                }
                return digitCount >= min;
            }

            // an index into names (case-insensitive, whole word), or -1
            internal int Name(string[] full, string[] abbreviated)
            {
                int start = Position;
                while (Position < Text.Length && char.IsLetter(Text[Position])) Position++;
                string word = Text.Substring(start, Position - start).ToLowerInvariant();
                for (int i = 0; i < full.Length; i++)
                {
                    if (word == full[i].ToLowerInvariant() || (abbreviated != null && word == abbreviated[i].ToLowerInvariant())) return i;
                }
                Position = start;
                return -1;
            }

            internal bool Word(string word) { return Literal(word, true); }

            internal bool Literal(string literal, bool ignoreCase)
            {
                if (Position + literal.Length > Text.Length) return false;
                for (int i = 0; i < literal.Length; i++)
                {
                    char a = Text[Position + i], b = literal[i];
                    if (ignoreCase) { a = char.ToUpperInvariant(a); b = char.ToUpperInvariant(b); }
                    if (a != b) return false;
                }
                Position += literal.Length;
                return true;
            }
        }

        private static int ExpandYear(int year, int digits) { return digits > 2 ? year : year <= 49 ? 2000 + year : 1900 + year; }

        // What DateTime.Parse accepts: ISO 8601 (yyyy-MM-dd[Thh:mm[:ss[.f]]][Z|±hh:mm]), yyyy/MM/dd, the invariant
        // MM/dd/yyyy, month names ("05 March 2024", "March 5, 2024", RFC 1123), optional day names, a time of day with
        // AM/PM, and time alone (today's date). A zone makes the result local time, as in .NET.
        internal static bool TryParse(string s, out DateTime result)
        {
            long ticks, offset;
            bool hasZone;
            result = DateTime.MinValue;
            return TryParseClock(s, out ticks, out hasZone, out offset) && Finish(ticks, hasZone, offset, out result);
        }

        // The clock time written and the zone written with it, if any (DateTimeOffset keeps them apart).
        internal static bool TryParseClock(string s, out long clockTicks, out bool hasZone, out long offset)
        {
            clockTicks = 0;
            hasZone = false;
            offset = 0;
            Scanner p = new Scanner(s.Trim());
            int year = 0, month = 0, day = 0;
            bool hasDate = false;
            if (char.IsLetter(p.Peek) && p.Name(DayNames, DayAbbreviations) >= 0)
            {
                p.Accept(',');
                p.SkipSpaces();
            }
            int start = p.Position;
            int n1, c1;
            if (p.Number(1, 9, out n1, out c1))
            {
                char sep = p.Peek;
                if (sep == ':')
                {
                    p.Position = start; // a time alone
                }
                else if (sep == '-' || sep == '/' || sep == '.')
                {
                    p.Position++;
                    int n2, c2, n3, c3;
                    int monthName = char.IsLetter(p.Peek) ? p.Name(MonthNames, MonthAbbreviations) : -1;
                    if (monthName >= 0) n2 = monthName + 1;
                    else if (!p.Number(1, 2, out n2, out c2)) return false;
                    if (!p.Accept(sep)) return false;
                    if (!p.Number(1, 4, out n3, out c3)) return false;
                    if (c1 >= 3) { year = n1; month = n2; day = n3; }
                    else if (monthName >= 0) { day = n1; month = n2; year = ExpandYear(n3, c3); }
                    else { month = n1; day = n2; year = ExpandYear(n3, c3); }
                    hasDate = true;
                }
                else if (char.IsWhiteSpace(sep))
                {
                    // "05 March 2024"
                    p.SkipSpaces();
                    int m = p.Name(MonthNames, MonthAbbreviations);
                    if (m < 0) return false;
                    p.SkipSpaces();
                    int n3, c3;
                    if (!p.Number(1, 4, out n3, out c3)) return false;
                    day = n1; month = m + 1; year = ExpandYear(n3, c3);
                    hasDate = true;
                }
                else if (p.AtEnd) return false;
                else return false;
            }
            else if (char.IsLetter(p.Peek))
            {
                // "March 5, 2024"
                int m = p.Name(MonthNames, MonthAbbreviations);
                if (m < 0) return false;
                p.SkipSpaces();
                int n2, c2, n3, c3;
                if (!p.Number(1, 2, out n2, out c2)) return false;
                p.Accept(',');
                p.SkipSpaces();
                if (!p.Number(1, 4, out n3, out c3)) return false;
                month = m + 1; day = n2; year = ExpandYear(n3, c3);
                hasDate = true;
            }
            else return false;

            long timeTicks = 0;
            bool hasTime = false;
            if (!p.AtEnd)
            {
                if (hasDate && !p.Accept('T')) { p.SkipSpaces(); }
                int hour, minute, second = 0, digits;
                int save = p.Position;
                if (p.Number(1, 2, out hour, out digits) && p.Accept(':'))
                {
                    if (!p.Number(2, 2, out minute, out digits)) return false;
                    long fraction = 0;
                    if (p.Accept(':'))
                    {
                        if (!p.Number(2, 2, out second, out digits)) return false;
                        if (p.Accept('.'))
                        {
                            int count = 0;
                            while (!p.AtEnd && p.Peek >= '0' && p.Peek <= '9')
                            {
                                if (count < 7) { fraction = fraction * 10 + (p.Peek - '0'); count++; }
                                p.Position++;
                            }
                            if (count == 0) return false;
                            for (int k = count; k < 7; k++) fraction *= 10;
                        }
                    }
                    int mark = p.Position;
                    p.SkipSpaces();
                    if (p.Word("AM") || p.Word("A.M."))
                    {
                        if (hour > 12 || hour == 0) return false;
                        if (hour == 12) hour = 0;
                    }
                    else if (p.Word("PM") || p.Word("P.M."))
                    {
                        if (hour > 12 || hour == 0) return false;
                        if (hour != 12) hour += 12;
                    }
                    else p.Position = mark;
                    if (hour > 23 || minute > 59 || second > 59) return false;
                    timeTicks = hour * TimeSpan.TicksPerHour + minute * TimeSpan.TicksPerMinute + second * TimeSpan.TicksPerSecond + fraction;
                    hasTime = true;
                }
                else
                {
                    p.Position = save;
                }
            }

            if (!p.AtEnd)
            {
                p.SkipSpaces();
                if (!ParseZone(p, out offset)) return false;
                hasZone = true;
            }
            p.SkipSpaces();
            if (!p.AtEnd) return false;
            if (!hasDate && !hasTime) return false;
            long dateTicks;
            if (hasDate)
            {
                if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
                dateTicks = DateTime.DateToTicks(year, month, day);
            }
            else
            {
                dateTicks = DateTime.Now.Date.Ticks;
            }
            clockTicks = dateTicks + timeTicks;
            return true;
        }

        // "Z", "GMT", "UTC", ±hh, ±hh:mm, ±hhmm
        private static bool ParseZone(Scanner p, out long offset)
        {
            offset = 0;
            if (p.Word("GMT") || p.Word("UTC") || p.Accept('Z')) return true;
            bool negative;
            if (p.Accept('+')) negative = false;
            else if (p.Accept('-')) negative = true;
            else return false;
            int hours, minutes = 0, digits;
            if (!p.Number(1, 2, out hours, out digits)) return false;
            if (p.Accept(':'))
            {
                if (!p.Number(2, 2, out minutes, out digits)) return false;
            }
            else if (digits == 2 && p.Number(2, 2, out minutes, out digits)) { }
            if (hours > 14 || minutes > 59) return false;
            offset = hours * TimeSpan.TicksPerHour + minutes * TimeSpan.TicksPerMinute;
            if (negative) offset = -offset;
            return true;
        }

        private static bool Finish(long ticks, bool hasZone, long offset, out DateTime result)
        {
            result = DateTime.MinValue;
            if (!hasZone)
            {
                result = new DateTime(ticks, DateTimeKind.Unspecified);
                return true;
            }
            long utc = ticks - offset;
            if (utc < 0 || utc > DateTime.MaxTicks) return false;
            result = new DateTime(utc, DateTimeKind.Utc).ToLocalTime();
            return true;
        }

        // ParseExact: the same specifiers as formatting; literals and spaces must match exactly.
        internal static bool TryParseExact(string s, string format, out DateTime result)
        {
            long ticks, offset;
            bool hasZone;
            result = DateTime.MinValue;
            return TryParseExactClock(s, format, out ticks, out hasZone, out offset) && Finish(ticks, hasZone, offset, out result);
        }

        internal static bool TryParseExactClock(string s, string format, out long clockTicks, out bool hasZone, out long offset)
        {
            clockTicks = 0;
            hasZone = false;
            offset = 0;
            if (format.Length == 1)
            {
                string pattern = StandardPattern(format[0]);
                if (pattern == null) return false;
                format = pattern;
            }
            Scanner p = new Scanner(s);
            int year = 1, month = 1, day = 1, hour = 0, minute = 0, second = 0, dayOfWeek = -1;
            long fraction = 0;
            int pm = -1;
            bool hasDate = false, hasYear = false;
            int i = 0;
            while (i < format.Length)
            {
                char c = format[i];
                int run = Run(format, i);
                int value, digits;
                switch (c)
                {
                    case 'd':
                        if (run <= 2)
                        {
                            if (!p.Number(run, 2, out day, out digits)) return false;
                            hasDate = true;
                        }
                        else if ((dayOfWeek = p.Name(run == 3 ? DayAbbreviations : DayNames, null)) < 0) return false;
                        break;
                    case 'M':
                        if (run <= 2)
                        {
                            if (!p.Number(run, 2, out month, out digits)) return false;
                        }
                        else
                        {
                            int m = p.Name(run == 3 ? MonthAbbreviations : MonthNames, null);
                            if (m < 0) return false;
                            month = m + 1;
                        }
                        hasDate = true;
                        break;
                    case 'y':
                        if (run <= 2)
                        {
                            if (!p.Number(run, 2, out value, out digits)) return false;
                            year = ExpandYear(value, 2);
                            hasYear = true;
                        }
                        else if (!p.Number(run, run > 4 ? run : 4, out year, out digits)) return false;
                        hasDate = true;
                        hasYear = true;
                        break;
                    case 'h':
                    case 'H':
                        if (!p.Number(run > 2 ? 2 : run, 2, out hour, out digits)) return false;
                        if (c == 'h' && (hour == 0 || hour > 12)) return false;
                        break;
                    case 'm':
                        if (!p.Number(run > 2 ? 2 : run, 2, out minute, out digits)) return false;
                        break;
                    case 's':
                        if (!p.Number(run > 2 ? 2 : run, 2, out second, out digits)) return false;
                        break;
                    case 'f':
                    case 'F':
                    {
                        if (run > 7) return false;
                        if (!p.Number(c == 'f' ? run : 0, run, out value, out digits)) return false;
                        fraction = value;
                        for (int k = digits; k < 7; k++) fraction *= 10;
                        break;
                    }
                    case 't':
                        if (p.Word(run == 1 ? "A" : "AM")) pm = 0;
                        else if (p.Word(run == 1 ? "P" : "PM")) pm = 1;
                        else return false;
                        break;
                    case 'z':
                    case 'K':
                        if (c == 'K' && p.AtEnd) break;
                        if (!ParseZone(p, out offset)) return false;
                        hasZone = true;
                        run = c == 'K' ? 1 : run;
                        break;
                    case '\'':
                    case '"':
                    {
                        int close = format.IndexOf(c, i + 1);
                        if (close < 0) return false;
                        string literal = format.Substring(i + 1, close - i - 1);
                        if (!p.Literal(literal, false)) return false;
                        run = close - i + 1;
                        break;
                    }
                    case '\\':
                        if (i + 1 >= format.Length || !p.Accept(format[i + 1])) return false;
                        run = 2;
                        break;
                    case '%':
                        run = 1;
                        break;
                    default:
                        if (!p.Accept(c)) return false;
                        run = 1;
                        break;
                }
                i += run;
            }
            if (!p.AtEnd) return false;
            if (pm == 1 && hour < 12) hour += 12;
            else if (pm == 0 && hour == 12) hour = 0;
            if (hour > 23 || minute > 59 || second > 59) return false;
            if (!hasDate && dayOfWeek < 0)
            {
                DateTime today = DateTime.Now;
                today.GetDate(out year, out month, out day);
            }
            else if (!hasYear)
            {
                year = DateTime.Now.Year; // a day and month without a year: this year
            }
            if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
            long ticks = DateTime.DateToTicks(year, month, day) + hour * TimeSpan.TicksPerHour + minute * TimeSpan.TicksPerMinute
                + second * TimeSpan.TicksPerSecond + fraction;
            if (dayOfWeek >= 0 && (int)new DateTime(ticks).DayOfWeek != dayOfWeek) return false;
            clockTicks = ticks;
            return true;
        }
    }
}
