using System;

class TimeSpanBasics
{
    static void Show(TimeSpan t)
    {
        Console.WriteLine("{0} | {1}d {2}h {3}m {4}s {5}ms | ticks {6} | {7} {8} {9}", t, t.Days, t.Hours, t.Minutes, t.Seconds,
            t.Milliseconds, t.Ticks, t.ToString("c"), t.ToString("g"), t.ToString("G"));
    }

    static void Main()
    {
        Show(new TimeSpan(0));
        Show(new TimeSpan(1, 2, 3));
        Show(new TimeSpan(1, 2, 3, 4));
        Show(new TimeSpan(1, 2, 3, 4, 5));
        Show(new TimeSpan(-1, -2, -3, -4, -5));
        Show(new TimeSpan(0, 25, 61, 61));
        Show(new TimeSpan(123456789));
        Show(new TimeSpan(-123456789));
        Show(new TimeSpan(10, 0, 0, 0));
        Show(TimeSpan.MaxValue);
        Show(TimeSpan.MinValue);
        Show(TimeSpan.Zero);
        Show(TimeSpan.FromDays(1.5));
        Show(TimeSpan.FromHours(-2.25));
        Show(TimeSpan.FromMinutes(90));
        Show(TimeSpan.FromSeconds(3661));
        Show(TimeSpan.FromMilliseconds(1234));
        Show(TimeSpan.FromTicks(5));
        Console.WriteLine(TimeSpan.TicksPerDay + " " + TimeSpan.TicksPerHour + " " + TimeSpan.TicksPerMinute + " " + TimeSpan.TicksPerSecond + " " + TimeSpan.TicksPerMillisecond);

        TimeSpan a = new TimeSpan(1, 30, 0), b = new TimeSpan(0, 45, 30);
        Console.WriteLine((a + b) + " " + (a - b) + " " + (b - a) + " " + (-a) + " " + (+b));
        Console.WriteLine(a.Add(b) + " " + a.Subtract(b) + " " + a.Negate() + " " + (b - a).Duration());
        Console.WriteLine((a == b) + " " + (a != b) + " " + (a < b) + " " + (a <= b) + " " + (a > b) + " " + (a >= b));
        Console.WriteLine(TimeSpan.Compare(a, b) + " " + a.CompareTo(b) + " " + b.CompareTo(a) + " " + a.CompareTo(a) + " " + a.CompareTo(null));
        Console.WriteLine(a.Equals(new TimeSpan(0, 90, 0)) + " " + a.Equals((object)b) + " " + TimeSpan.Equals(a, a) + " " + a.Equals("x"));
        Console.WriteLine(a.GetHashCode() == new TimeSpan(0, 90, 0).GetHashCode());
        Console.WriteLine(a.TotalDays + " " + a.TotalHours + " " + a.TotalMinutes + " " + a.TotalSeconds + " " + a.TotalMilliseconds);
        TimeSpan c = new TimeSpan(2, 12, 0, 0);
        Console.WriteLine(c.TotalDays + " " + c.TotalHours + " " + (-c).TotalMinutes);

        try { TimeSpan.MaxValue.Add(new TimeSpan(1)); } catch (OverflowException) { Console.WriteLine("overflow add"); }
        try { TimeSpan x = TimeSpan.MinValue - new TimeSpan(1); } catch (OverflowException) { Console.WriteLine("overflow subtract"); }
        try { TimeSpan.MinValue.Negate(); } catch (OverflowException) { Console.WriteLine("overflow negate"); }
        try { TimeSpan.MinValue.Duration(); } catch (OverflowException) { Console.WriteLine("overflow duration"); }
        try { TimeSpan.FromDays(double.NaN); } catch (ArgumentException) { Console.WriteLine("NaN"); }
        try { TimeSpan.FromDays(1e20); } catch (OverflowException) { Console.WriteLine("overflow from days"); }
        try { new TimeSpan(int.MaxValue, 0, 0, 0); } catch (ArgumentOutOfRangeException) { Console.WriteLine("too long"); }

        string[] inputs = { "1:02:03", "12:30", "5", "1.02:03:04", "1.02:03:04.5", "00:00:00.1234567", "-3:00:00", " 2:00 ",
            "1:2:3", "10.00:00", "1:02:03:04", "bad", "", "1:60:00", "25:00:00", "1::2", "-1.12:00:00.25",
            "24:00", "1:25:00:00", "23:60:00", "0:60", "5:30:61", "1.25:00:00", "1.2:3", "1.2:3:4", "1:2:3:4", "1:2:3:4.5",
            "1:2:3.5", "1:2.5", "1.5", "12:30:45.12345678", "00:00:00.99999999", "2:3:4:5:6", "1.2.3", "-1:00", "- 1:00",
            "+1:00", "1 :00", "1: 00", "10675199.02:48:05.4775807", "10675199.02:48:05.4775808", "10675200", "1:2:3:",
            "01:02:03.", "1.02:03:04.5Z", "99:00", "23:59:59.9999999", "1.24:00:00", "0:0:60", "100:00:00", "48:00:00:00" };
        foreach (string s in inputs)
        {
            TimeSpan t;
            bool ok = TimeSpan.TryParse(s, out t);
            Console.WriteLine("[" + s + "] " + ok + " " + t);
        }
        Console.WriteLine(TimeSpan.Parse("3.04:05:06.007"));
        try { TimeSpan.Parse("x"); } catch (FormatException) { Console.WriteLine("format"); }
        try { TimeSpan.Parse("24:00:00"); } catch (OverflowException) { Console.WriteLine("overflow parse"); }

        TimeSpan d = new TimeSpan(3, 4, 5, 6, 789);
        Console.WriteLine(d.ToString(@"d\.hh\:mm\:ss") + " " + d.ToString(@"hh\:mm") + " " + d.ToString("%d") + " " + d.ToString(@"mm\:ss\.fff"));
        Console.WriteLine(d.ToString(@"dd\ \d\a\y\s") + " " + d.ToString("hh':'mm':'ss") + " " + d.ToString(@"ss\.FFFF") + " " + d.ToString("ff"));
        Console.WriteLine(new TimeSpan(0, 0, 5).ToString(@"ss\.FFF") + "|" + (-d).ToString(@"hh\:mm"));
        Console.WriteLine(string.Format("{0:c} {1:g} {0:hh\\:mm}", d, d));
        try { d.ToString("hhh"); } catch (FormatException) { Console.WriteLine("bad format"); }
        try { d.ToString("q"); } catch (FormatException) { Console.WriteLine("bad format"); }
        try { d.ToString("d"); } catch (FormatException) { Console.WriteLine("bad format d"); }
        try { d.ToString("h"); } catch (FormatException) { Console.WriteLine("bad format h"); }
        Console.WriteLine(d.ToString("t") + " " + d.ToString("T") + " " + d.ToString("%h") + " " + d.ToString("%m"));
    }
}
