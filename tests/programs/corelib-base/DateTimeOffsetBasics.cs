// expect-stdout-file: DateTimeOffsetBasics.out
// .NET writes parameter names as " (Parameter 'offset')" and names 'value' for DateTime.AddYears' overflow (Mono: 'months').
// DateTimeOffset: construction and its checks, clock and UTC views, arithmetic, comparison by instant and exact
// equality, offsets, Unix times, formatting (default, standard and custom formats with z/K) and parsing.
using System;
using System.Globalization;

class DateTimeOffsetBasics
{
    static void Try(string label, Func<object> f)
    {
        try { Console.WriteLine(label + " = " + f()); }
        catch (FormatException e) { Console.WriteLine(label + " ! " + e.GetType().Name); } // .NET words parse failures by their cause
        catch (Exception e) { Console.WriteLine(label + " ! " + e.GetType().Name + ": " + e.Message.Replace("\n", " / ")); }
    }

    static void Describe(DateTimeOffset d)
    {
        Console.WriteLine(d + " | clock " + d.DateTime.ToString("yyyy-MM-dd HH:mm:ss.fff") + " " + d.DateTime.Kind + " | utc " + d.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss") + " "
            + d.UtcDateTime.Kind + " | offset " + d.Offset + " ticks " + d.Ticks + " utcTicks " + d.UtcTicks);
        Console.WriteLine("  " + d.Year + "-" + d.Month + "-" + d.Day + " " + d.Hour + ":" + d.Minute + ":" + d.Second + "." + d.Millisecond + " " + d.DayOfWeek + " doy " + d.DayOfYear
            + " tod " + d.TimeOfDay + " date " + d.Date.ToString("yyyy-MM-dd") + " unix " + d.ToUnixTimeSeconds() + " " + d.ToUnixTimeMilliseconds());
    }

    static void Main()
    {
        TimeSpan plus530 = new TimeSpan(5, 30, 0), minus8 = TimeSpan.FromHours(-8);
        DateTimeOffset a = new DateTimeOffset(2024, 3, 9, 14, 5, 7, 123, plus530);
        DateTimeOffset b = new DateTimeOffset(2024, 3, 9, 0, 35, 7, 123, minus8);
        DateTimeOffset c = new DateTimeOffset(new DateTime(2024, 3, 9, 8, 35, 7, 123, DateTimeKind.Utc));
        Describe(a);
        Describe(b);
        Describe(c);
        Describe(new DateTimeOffset(new DateTime(2000, 1, 1, 12, 0, 0), TimeSpan.FromHours(14)));
        Describe(new DateTimeOffset(630822816000000000L, TimeSpan.FromMinutes(-150)));
        Describe(DateTimeOffset.MinValue);
        Describe(DateTimeOffset.MaxValue);
        Describe(DateTimeOffset.UnixEpoch);
        Describe(default(DateTimeOffset));

        Console.WriteLine((a == b) + " " + (a == c) + " " + a.Equals(c) + " " + a.EqualsExact(c) + " " + a.EqualsExact(new DateTimeOffset(a.DateTime, a.Offset)) + " " + a.Equals((object)c)
            + " " + DateTimeOffset.Equals(a, c) + " " + (a.GetHashCode() == c.GetHashCode()) + " " + a.Equals((object)a.DateTime));
        Console.WriteLine(DateTimeOffset.Compare(a, b) + " " + a.CompareTo(c) + " " + b.CompareTo(a) + " " + ((IComparable)a).CompareTo(null) + " " + (a < b) + " " + (a <= c) + " " + (b > a) + " " + (a >= c) + " " + (a != b));
        Try("CompareTo(string)", () => ((IComparable)a).CompareTo("x"));

        Console.WriteLine((a - b) + " " + b.Subtract(a) + " " + (a + TimeSpan.FromHours(12)) + " " + (a - TimeSpan.FromDays(1.5)));
        Console.WriteLine(a.AddDays(30) + " | " + a.AddHours(-15) + " | " + a.AddMinutes(90) + " | " + a.AddSeconds(3600.5).ToString("o") + " | " + a.AddMilliseconds(877) + " | " + a.AddTicks(5));
        Console.WriteLine(a.AddMonths(11) + " | " + a.AddYears(-24) + " | " + new DateTimeOffset(2024, 1, 31, 0, 0, 0, TimeSpan.Zero).AddMonths(1));
        Console.WriteLine(a.ToOffset(minus8) + " | " + a.ToOffset(TimeSpan.Zero) + " | " + a.ToUniversalTime() + " | " + a.ToOffset(TimeSpan.FromHours(14)).ToString("o"));

        // Unix time
        foreach (long s in new long[] { 0, 1, -1, 1700000000, -62135596800, 253402300799 })
            Console.WriteLine("FromUnixTimeSeconds(" + s + ") = " + DateTimeOffset.FromUnixTimeSeconds(s).ToString("o") + " back " + DateTimeOffset.FromUnixTimeSeconds(s).ToUnixTimeSeconds());
        foreach (long ms in new long[] { 0, -1, 1700000000123, -999 })
            Console.WriteLine("FromUnixTimeMilliseconds(" + ms + ") = " + DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("o") + " back " + DateTimeOffset.FromUnixTimeMilliseconds(ms).ToUnixTimeMilliseconds()
                + " s " + DateTimeOffset.FromUnixTimeMilliseconds(ms).ToUnixTimeSeconds());
        Try("FromUnixTimeSeconds(max+1)", () => DateTimeOffset.FromUnixTimeSeconds(253402300800));
        Try("FromUnixTimeMilliseconds(min-1)", () => DateTimeOffset.FromUnixTimeMilliseconds(-62135596800001));

        // construction checks
        Try("offset 15h", () => new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.FromHours(15)));
        Try("offset 30s", () => new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.FromSeconds(30)));
        Try("utc before year 1", () => new DateTimeOffset(1, 1, 1, 0, 0, 0, TimeSpan.FromHours(1)));
        Try("utc after year 9999", () => new DateTimeOffset(9999, 12, 31, 23, 0, 0, TimeSpan.FromHours(-2)));
        Try("utc kind with offset", () => new DateTimeOffset(new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc), TimeSpan.FromHours(1)));
        Try("utc kind with zero", () => new DateTimeOffset(new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc), TimeSpan.Zero));
        Try("AddYears past max", () => a.AddYears(8000));

        // formatting
        string[] formats = { "d", "D", "f", "F", "g", "G", "M", "o", "O", "r", "R", "s", "t", "T", "u", "Y", "yyyy-MM-ddTHH:mm:ss.fffzzz", "zzz z zz K", "hh:mm tt", "%K", "yyyyMMdd'T'HHmmssK" };
        foreach (string f in formats)
        {
            string format = f;
            Try("a.ToString(\"" + f + "\")", () => a.ToString(format, CultureInfo.InvariantCulture));
            Try("b.ToString(\"" + f + "\")", () => b.ToString(format));
        }
        Try("a.ToString(\"U\")", () => a.ToString("U"));
        Try("a.ToString(\"X\")", () => a.ToString("X"));
        Console.WriteLine(a.ToString(CultureInfo.InvariantCulture) + " | " + string.Format("{0} {1:o}", c, c) + " | " + ((IFormattable)b).ToString(null, null));

        // parsing
        string[] inputs = { "2024-03-09T14:05:07.123+05:30", "2024-03-09T08:35:07Z", "2024-03-09 14:05:07 -08:00", "03/09/2024 14:05:07 +01:00", "Sat, 09 Mar 2024 08:35:07 GMT",
            "2024-03-09T14:05:07.1234567-03:00", "not a date", "2024-13-01T00:00:00Z", "" };
        foreach (string s in inputs)
        {
            string input = s;
            Try("Parse(" + s + ")", () => DateTimeOffset.Parse(input, CultureInfo.InvariantCulture).ToString("o"));
            DateTimeOffset parsed;
            Console.WriteLine("  TryParse " + DateTimeOffset.TryParse(input, out parsed) + " " + parsed.ToString("o"));
        }
        Try("Parse no zone, AssumeUniversal", () => DateTimeOffset.Parse("2024-03-09 10:00:00", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToString("o"));
        Try("Parse, AdjustToUniversal", () => DateTimeOffset.Parse("2024-03-09 10:00:00 +02:00", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal).ToString("o"));
        Try("Parse no zone clock", () => DateTimeOffset.Parse("2024-03-09 10:00:00").DateTime.ToString("s"));
        Try("Parse(null)", () => DateTimeOffset.Parse(null));
        Try("ParseExact o", () => DateTimeOffset.ParseExact("2024-03-09T14:05:07.1230000+05:30", "o", CultureInfo.InvariantCulture).ToString("o"));
        Try("ParseExact custom", () => DateTimeOffset.ParseExact("09.03.2024 14:05 -0230", "dd.MM.yyyy HH:mm zzz", CultureInfo.InvariantCulture).ToString("o"));
        Try("ParseExact zz", () => DateTimeOffset.ParseExact("2024-03-09 14 +05", "yyyy-MM-dd HH zz", CultureInfo.InvariantCulture).ToString("o"));
        Try("ParseExact mismatch", () => DateTimeOffset.ParseExact("2024-03-09", "dd/MM/yyyy", CultureInfo.InvariantCulture));
        DateTimeOffset exact;
        Console.WriteLine(DateTimeOffset.TryParseExact("20240309T140507Z", "yyyyMMdd'T'HHmmssK", CultureInfo.InvariantCulture, DateTimeStyles.None, out exact) + " " + exact.ToString("o"));
        Console.WriteLine(DateTimeOffset.TryParseExact("2024", "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out exact) + " " + exact.ToString("o"));
        Console.WriteLine(DateTimeOffset.Parse(a.ToString("o")).EqualsExact(a) + " " + DateTimeOffset.Parse(b.ToString()).Equals(b.AddMilliseconds(-123)) + " " + DateTimeOffset.Parse(a.ToString("r")).Offset);

        // conversions and the clock
        DateTimeOffset fromUtc = new DateTime(2020, 5, 6, 7, 8, 9, DateTimeKind.Utc);
        Console.WriteLine(fromUtc + " " + fromUtc.Offset + " " + fromUtc.LocalDateTime.Kind + " " + (fromUtc.LocalDateTime.ToUniversalTime() == fromUtc.UtcDateTime)
            + " " + (fromUtc.ToLocalTime() == fromUtc) + " " + (fromUtc.ToLocalTime().Offset == new DateTimeOffset(fromUtc.LocalDateTime).Offset));
        DateTimeOffset now = DateTimeOffset.Now, utcNow = DateTimeOffset.UtcNow;
        Console.WriteLine(utcNow.Offset + " " + (Math.Abs((now - utcNow).TotalSeconds) < 5) + " " + (now.Offset == new DateTimeOffset(DateTime.Now).Offset) + " " + (utcNow.UtcDateTime.Kind));
        IComparable cmp = a;
        IComparable<DateTimeOffset> gcmp = a;
        IEquatable<DateTimeOffset> eq = a;
        Console.WriteLine(cmp.CompareTo(b) + " " + gcmp.CompareTo(c) + " " + eq.Equals(c));
    }
}
