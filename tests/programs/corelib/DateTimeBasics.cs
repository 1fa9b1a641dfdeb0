using System;

class DateTimeBasics
{
    static void Show(DateTime d)
    {
        Console.WriteLine("{0} | {1}-{2}-{3} {4}:{5}:{6}.{7} | {8} day {9} | ticks {10} | {11}", d, d.Year, d.Month, d.Day, d.Hour,
            d.Minute, d.Second, d.Millisecond, d.DayOfWeek, d.DayOfYear, d.Ticks, d.Kind);
    }

    static void Main()
    {
        Show(new DateTime(2024, 2, 29));
        Show(new DateTime(2023, 12, 31, 23, 59, 59));
        Show(new DateTime(2000, 1, 1, 0, 0, 0, 1));
        Show(new DateTime(1, 1, 1));
        Show(new DateTime(9999, 12, 31, 23, 59, 59, 999));
        Show(new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        Show(new DateTime(1900, 3, 1, 12, 0, 0, 500, DateTimeKind.Local));
        Show(new DateTime(637000000000000000L));
        Show(new DateTime(630822816000000000L, DateTimeKind.Utc));
        Show(DateTime.MinValue);
        Show(DateTime.MaxValue);
        for (int y = 1600; y <= 2100; y += 100) Console.Write(y + ":" + DateTime.IsLeapYear(y) + " ");
        Console.WriteLine(DateTime.IsLeapYear(2024) + " " + DateTime.IsLeapYear(2023));
        for (int m = 1; m <= 12; m++) Console.Write(DateTime.DaysInMonth(2024, m) + " ");
        Console.WriteLine(DateTime.DaysInMonth(2023, 2) + " " + DateTime.DaysInMonth(1900, 2) + " " + DateTime.DaysInMonth(2000, 2));
        // every day of several years round-trips through its parts
        bool ok = true;
        DateTime walk = new DateTime(1899, 12, 25);
        int previousDayOfYear = 359;
        for (int i = 0; i < 3000; i++)
        {
            DateTime next = walk.AddDays(1);
            if (new DateTime(next.Year, next.Month, next.Day) != next) ok = false;
            if (next.DayOfYear != (next.Year != walk.Year ? 1 : previousDayOfYear + 1)) ok = false;
            if ((int)next.DayOfWeek != ((int)walk.DayOfWeek + 1) % 7) ok = false;
            previousDayOfYear = next.DayOfYear;
            walk = next;
        }
        Console.WriteLine("walk " + ok + " " + walk);

        DateTime a = new DateTime(2024, 1, 31, 10, 30, 0);
        Show(a.AddDays(1));
        Show(a.AddDays(-31));
        Show(a.AddDays(0.5));
        Show(a.AddHours(36));
        Show(a.AddHours(-0.25));
        Show(a.AddMinutes(90));
        Show(a.AddSeconds(3600 * 24 * 365));
        Show(a.AddMilliseconds(1500));
        Show(a.AddTicks(1));
        Show(a.AddMonths(1));
        Show(a.AddMonths(13));
        Show(a.AddMonths(-2));
        Show(a.AddYears(1));
        Show(new DateTime(2024, 2, 29).AddYears(1));
        Show(new DateTime(2024, 2, 29).AddYears(4));
        Show(a.Add(new TimeSpan(1, 2, 3, 4)));
        Show(a.Subtract(new TimeSpan(40, 0, 0, 0)));
        Show(a + TimeSpan.FromHours(12));
        Show(a - TimeSpan.FromMinutes(30));
        Show(a.Date);
        Console.WriteLine(a.TimeOfDay);
        DateTime b = new DateTime(2025, 3, 1);
        TimeSpan diff = b - a;
        Console.WriteLine(diff + " " + diff.TotalDays + " " + b.Subtract(a).TotalHours);
        Console.WriteLine((a < b) + " " + (a > b) + " " + (a <= a) + " " + (a >= b) + " " + (a == a.AddTicks(0)) + " " + (a != b));
        Console.WriteLine(DateTime.Compare(a, b) + " " + a.CompareTo(b) + " " + b.CompareTo(a) + " " + a.CompareTo((object)a) + " " + a.CompareTo(null));
        Console.WriteLine(a.Equals(new DateTime(2024, 1, 31, 10, 30, 0)) + " " + a.Equals((object)b) + " " + DateTime.Equals(a, a) + " " + a.Equals(5));
        Console.WriteLine(a.GetHashCode() == new DateTime(a.Ticks).GetHashCode());
        Console.WriteLine(DateTime.SpecifyKind(a, DateTimeKind.Utc) == a);
        Console.WriteLine(DateTime.SpecifyKind(a, DateTimeKind.Utc).Kind);

        try { new DateTime(2023, 2, 29); } catch (ArgumentOutOfRangeException) { Console.WriteLine("bad date"); }
        try { new DateTime(2023, 13, 1); } catch (ArgumentOutOfRangeException) { Console.WriteLine("bad month"); }
        try { new DateTime(0, 1, 1); } catch (ArgumentOutOfRangeException) { Console.WriteLine("bad year"); }
        try { new DateTime(2023, 1, 1, 24, 0, 0); } catch (ArgumentOutOfRangeException) { Console.WriteLine("bad hour"); }
        try { new DateTime(2023, 1, 1, 0, 0, 0, 1000); } catch (ArgumentOutOfRangeException) { Console.WriteLine("bad millisecond"); }
        try { new DateTime(-1L); } catch (ArgumentOutOfRangeException) { Console.WriteLine("bad ticks"); }
        try { DateTime.MaxValue.AddDays(1); } catch (ArgumentOutOfRangeException) { Console.WriteLine("past the end"); }
        try { DateTime.MinValue.AddTicks(-1); } catch (ArgumentOutOfRangeException) { Console.WriteLine("before the start"); }
        try { DateTime x = DateTime.MinValue - TimeSpan.FromDays(1); } catch (ArgumentOutOfRangeException) { Console.WriteLine("before the start"); }
        try { a.AddMonths(200000); } catch (ArgumentOutOfRangeException) { Console.WriteLine("too many months"); }
        try { a.AddYears(9000); } catch (ArgumentOutOfRangeException) { Console.WriteLine("too many years"); }
        try { DateTime.DaysInMonth(2024, 0); } catch (ArgumentOutOfRangeException) { Console.WriteLine("bad month"); }
        try { DateTime.IsLeapYear(0); } catch (ArgumentOutOfRangeException) { Console.WriteLine("bad year"); }

        DateTime now = DateTime.Now, utc = DateTime.UtcNow, today = DateTime.Today;
        Console.WriteLine(now.Year >= 2024 && now.Year < 3000);
        Console.WriteLine(now.Kind + " " + utc.Kind + " " + today.Kind);
        Console.WriteLine(today.TimeOfDay == TimeSpan.Zero && today <= now && now - today < TimeSpan.FromDays(1));
        Console.WriteLine(Math.Abs((now.ToUniversalTime() - utc).TotalMinutes) < 5);
        Console.WriteLine(Math.Abs((utc.ToLocalTime() - now).TotalMinutes) < 5);
        Console.WriteLine(utc.ToUniversalTime() == utc && now.ToLocalTime() == now);
        DateTime later = DateTime.UtcNow;
        Console.WriteLine(later >= utc);
        Console.WriteLine((utc - DateTime.UnixEpoch).TotalDays > 19000);
    }
}
