using System;
using System.Globalization;

class DateTimeFormatting
{
    static void Main()
    {
        DateTime[] dates = { new DateTime(2024, 3, 5, 14, 7, 9, 45), new DateTime(1999, 12, 31, 0, 0, 0), new DateTime(5, 7, 4, 12, 30, 1, 900),
            new DateTime(2024, 11, 28, 23, 59, 59, 999), new DateTime(2020, 6, 1, 9, 5, 3, DateTimeKind.Utc), new DateTime(637000000123456789L) };
        string[] standard = { "d", "D", "f", "F", "g", "G", "M", "m", "o", "O", "r", "R", "s", "t", "T", "u", "Y", "y" };
        string[] custom = { "yyyy-MM-dd", "dd/MM/yy", "d/M/y", "yyy", "yyyyy", "MMM d, yyyy", "dddd, MMMM dd", "ddd MMM",
            "HH:mm:ss.fff", "h:mm tt", "hh:mm:ss t", "H:m:s", "HH:mm:ss.fffffff", "HH:mm:ss.FFFFFFF", "ss.F", "ss.FF", "ss.FFF",
            "%d", "%M", "%h", "'Year' yyyy", "\"Month\" MM", "yyyy\\-MM", "HH'h'mm", "yyyyMMddHHmmss", "MM/dd/yyyy hh:mm tt",
            "dd.MM.yyyy", "fff", "ffff", "FFFF", "g yyyy", "yyyy-MM-ddTHH:mm:ss", "hh", "%K" };
        foreach (DateTime d in dates)
        {
            Console.WriteLine("== " + d.ToString() + " " + d.Kind);
            foreach (string f in standard) Console.WriteLine(f + ": " + d.ToString(f));
            foreach (string f in custom) Console.WriteLine(f + ": " + d.ToString(f));
            Console.WriteLine(d.ToShortDateString() + " | " + d.ToLongDateString() + " | " + d.ToShortTimeString() + " | " + d.ToLongTimeString());
            Console.WriteLine(string.Format("{0:yyyy}/{0:MM} {0}", d));
            Console.WriteLine(d.ToString(CultureInfo.InvariantCulture) + " " + d.ToString("G", CultureInfo.InvariantCulture));
        }
        try { dates[0].ToString("Q"); } catch (FormatException) { Console.WriteLine("bad format"); }
        try { dates[0].ToString("ffffffff"); } catch (FormatException) { Console.WriteLine("bad format"); }

        string[] inputs = { "2024-03-05", "2024-03-05T14:07:09", "2024-03-05 14:07:09.045", "2024-03-05T14:07:09.1234567",
            "03/05/2024", "3/5/2024 2:07:09 PM", "03/05/2024 12:00 AM", "12/31/99", "2024/3/5", "5 March 2024",
            "March 5, 2024", "Tuesday, 05 March 2024 14:07:09", "Tue, 05 Mar 2024", "14:07", "not a date", "2024-02-30",
            "2024-13-01", "", "2024-03-05T25:00:00", "1/1/0001", "12/31/9999 23:59:59" };
        foreach (string s in inputs)
        {
            DateTime d;
            bool ok = DateTime.TryParse(s, out d);
            if (s == "14:07") Console.WriteLine("[" + s + "] " + ok + " " + (d.Date == DateTime.Today) + " " + d.TimeOfDay);
            else Console.WriteLine("[" + s + "] " + ok + " " + d.ToString("yyyy-MM-dd HH:mm:ss.fffffff") + " " + d.Kind);
        }
        Console.WriteLine(DateTime.Parse("2024-03-05T14:07:09Z").ToUniversalTime().ToString("o"));
        Console.WriteLine(DateTime.Parse("2024-03-05T14:07:09+02:00").ToUniversalTime().ToString("o"));
        Console.WriteLine(DateTime.Parse("2024-03-05T14:07:09-05:30").ToUniversalTime().ToString("s"));
        Console.WriteLine(DateTime.Parse("Tue, 05 Mar 2024 14:07:09 GMT").ToUniversalTime().ToString("r"));
        Console.WriteLine(DateTime.Parse("2024-03-05T14:07:09Z").Kind);
        try { DateTime.Parse("garbage"); } catch (FormatException) { Console.WriteLine("format"); }

        string[,] exact = { { "2024-03-05", "yyyy-MM-dd" }, { "05/03/2024 14:07", "dd/MM/yyyy HH:mm" }, { "20240305140709", "yyyyMMddHHmmss" },
            { "5 Mar 24", "d MMM yy" }, { "March 05", "MMMM dd" }, { "2:07 PM", "h:mm tt" }, { "12:30 AM", "hh:mm tt" },
            { "14.07.09.123", "HH.mm.ss.fff" }, { "2024-03-05T14:07:09.0450000", "o" }, { "Tuesday 2024-03-05", "dddd yyyy-MM-dd" },
            { "Monday 2024-03-05", "dddd yyyy-MM-dd" }, { "2024-3-5", "yyyy-MM-dd" }, { "2024-03-05 ", "yyyy-MM-dd" },
            { "Year 2024", "'Year' yyyy" }, { "03/05/2024 14:07:09", "G" }, { "2024-02-30", "yyyy-MM-dd" }, { "24:00", "HH:mm" } };
        for (int i = 0; i < exact.GetLength(0); i++)
        {
            DateTime d;
            bool ok = DateTime.TryParseExact(exact[i, 0], exact[i, 1], CultureInfo.InvariantCulture, DateTimeStyles.None, out d);
            if (exact[i, 1] == "h:mm tt" || exact[i, 1] == "hh:mm tt" || exact[i, 1] == "HH.mm.ss.fff")
                Console.WriteLine("[" + exact[i, 0] + "] " + ok + " " + (d.Date == DateTime.Today) + " " + d.TimeOfDay + " " + d.Kind);
            else if (exact[i, 1] == "MMMM dd")
                Console.WriteLine("[" + exact[i, 0] + "] " + ok + " " + (d.Year == DateTime.Today.Year) + " " + d.ToString("MM-dd HH:mm:ss") + " " + d.Kind);
            else
                Console.WriteLine("[" + exact[i, 0] + "] " + ok + " " + d.ToString("yyyy-MM-dd HH:mm:ss.fffffff") + " " + d.Kind);
        }
        Console.WriteLine(DateTime.ParseExact("31.12.2023", "dd.MM.yyyy", CultureInfo.InvariantCulture));
        try { DateTime.ParseExact("31.12.2023", "yyyy", CultureInfo.InvariantCulture); } catch (FormatException) { Console.WriteLine("format"); }
    }
}
