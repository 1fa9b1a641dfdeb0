// Calendar arithmetic without DateTime: leap years, day-of-week by Zeller's congruence, day numbers,
// differences between dates, adding days, ISO-like week numbers and month calendars.
using System;
using System.Text;

struct Date : IComparable<Date>
{
    public readonly int Year, Month, Day;
    public Date(int y, int m, int d)
    {
        if (m < 1 || m > 12 || d < 1 || d > DaysIn(y, m)) throw new ArgumentOutOfRangeException("date");
        Year = y; Month = m; Day = d;
    }
    public static bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
    public static int DaysIn(int y, int m) { return m == 2 ? (IsLeap(y) ? 29 : 28) : (m == 4 || m == 6 || m == 9 || m == 11) ? 30 : 31; }
    // days since 0001-01-01 (proleptic Gregorian)
    public long DayNumber
    {
        get
        {
            long y = Year - 1;
            long n = y * 365 + y / 4 - y / 100 + y / 400;
            for (int m = 1; m < Month; m++) n += DaysIn(Year, m);
            return n + Day - 1;
        }
    }
    public static Date FromDayNumber(long n)
    {
        int y = (int)(n / 366) + 1;
        while (new Date(y + 1, 1, 1).DayNumber <= n) y++;
        long rest = n - new Date(y, 1, 1).DayNumber;
        int m = 1;
        while (rest >= DaysIn(y, m)) { rest -= DaysIn(y, m); m++; }
        return new Date(y, m, (int)rest + 1);
    }
    public Date AddDays(long d) { return FromDayNumber(DayNumber + d); }
    public int DayOfWeek // 0 = Monday
    {
        get
        {
            int m = Month, y = Year;
            if (m < 3) { m += 12; y--; }
            int k = y % 100, j = y / 100;
            int h = (Day + 13 * (m + 1) / 5 + k + k / 4 + j / 4 + 5 * j) % 7; // 0 = Saturday
            return (h + 5) % 7;
        }
    }
    public int CompareTo(Date o) { return DayNumber.CompareTo(o.DayNumber); }
    public override string ToString() { return Year.ToString("D4") + "-" + Month.ToString("D2") + "-" + Day.ToString("D2"); }
}

class CalendarMath
{
    static readonly string[] Names = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };

    static void Main()
    {
        foreach (int y in new[] { 1900, 2000, 2023, 2024, 2100, 2400 }) Console.Write(y + (Date.IsLeap(y) ? " leap  " : " common  "));
        Console.WriteLine();
        var dates = new[] { new Date(1970, 1, 1), new Date(2000, 2, 29), new Date(2024, 7, 14), new Date(1, 1, 1), new Date(9999, 12, 31), new Date(1969, 7, 20) };
        foreach (var d in dates) Console.WriteLine(d + " " + Names[d.DayOfWeek] + " day " + d.DayNumber);
        var a = new Date(1970, 1, 1);
        var b = new Date(2038, 1, 19);
        Console.WriteLine("days between " + a + " and " + b + ": " + (b.DayNumber - a.DayNumber) + " = " + (b.DayNumber - a.DayNumber) * 86400L + " seconds");
        Console.WriteLine(a.AddDays(10000) + " " + new Date(2024, 2, 28).AddDays(1) + " " + new Date(2023, 2, 28).AddDays(1) + " " + new Date(2024, 12, 31).AddDays(1) + " " + new Date(2024, 3, 1).AddDays(-1));
        Array.Sort(dates);
        Console.WriteLine("sorted: " + string.Join(" ", dates));
        try { new Date(2023, 2, 29); } catch (ArgumentOutOfRangeException) { Console.WriteLine("2023-02-29 rejected"); }

        // a month calendar
        var first = new Date(2024, 2, 1);
        var sb = new StringBuilder("Mo Tu We Th Fr Sa Su\n");
        sb.Append(new string(' ', first.DayOfWeek * 3));
        for (int day = 1; day <= Date.DaysIn(2024, 2); day++)
        {
            sb.Append(day.ToString().PadLeft(2));
            sb.Append(new Date(2024, 2, day).DayOfWeek == 6 ? "\n" : " ");
        }
        Console.WriteLine(sb.ToString().TrimEnd());
        int fridays13 = 0;
        for (int y = 2000; y < 2030; y++) for (int m = 1; m <= 12; m++) if (new Date(y, m, 13).DayOfWeek == 4) fridays13++;
        Console.WriteLine("Friday the 13ths 2000-2029: " + fridays13);
    }
}
