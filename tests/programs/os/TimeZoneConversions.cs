// Time zone conversions from the tz database (TimeZoneInfo over /usr/share/zoneinfo): fixed instants on both sides
// of daylight-saving changes in zones with whole-hour, half-hour (Lord Howe, Kolkata), 45-minute (Chatham) and
// southern-hemisphere rules, wall-clock times in gaps and overlaps, and instants past 2037 that only the files'
// POSIX TZ footers describe.
using System;
using System.Globalization;
class P {
  static string F(DateTime d) { return d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " " + d.Kind; }
  static void Main() {
    string[] ids = { "Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "UTC", "America/Sao_Paulo", "Pacific/Chatham" };
    DateTime[] utcs = {
      new DateTime(2021, 3, 28, 0, 59, 59, DateTimeKind.Utc), new DateTime(2021, 3, 28, 1, 0, 0, DateTimeKind.Utc),
      new DateTime(2021, 10, 31, 0, 59, 59, DateTimeKind.Utc), new DateTime(2021, 10, 31, 1, 0, 0, DateTimeKind.Utc),
      new DateTime(2021, 3, 14, 6, 59, 59, DateTimeKind.Utc), new DateTime(2021, 3, 14, 7, 0, 0, DateTimeKind.Utc),
      new DateTime(2021, 11, 7, 5, 59, 59, DateTimeKind.Utc), new DateTime(2021, 11, 7, 6, 0, 0, DateTimeKind.Utc),
      new DateTime(2021, 4, 3, 14, 59, 0, DateTimeKind.Utc), new DateTime(2021, 4, 3, 15, 0, 0, DateTimeKind.Utc),
      new DateTime(2021, 10, 2, 15, 29, 0, DateTimeKind.Utc), new DateTime(2021, 10, 2, 15, 30, 0, DateTimeKind.Utc),
      new DateTime(1943, 6, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc),
      new DateTime(2040, 7, 1, 12, 0, 0, DateTimeKind.Utc), new DateTime(2050, 1, 15, 12, 0, 0, DateTimeKind.Utc),
      new DateTime(2099, 3, 29, 0, 59, 59, DateTimeKind.Utc), new DateTime(2099, 3, 29, 1, 0, 0, DateTimeKind.Utc),
      new DateTime(2077, 11, 7, 6, 0, 0, DateTimeKind.Utc), new DateTime(2077, 11, 7, 5, 59, 0, DateTimeKind.Utc),
    };
    foreach (string id in ids) {
      TimeZoneInfo z = TimeZoneInfo.FindSystemTimeZoneById(id);
      Console.WriteLine("== {0} base {1} dst {2}", z.Id, z.BaseUtcOffset, z.SupportsDaylightSavingTime);
      foreach (DateTime u in utcs) {
        DateTime l = TimeZoneInfo.ConvertTimeFromUtc(u, z);
        DateTime back = TimeZoneInfo.ConvertTimeToUtc(l, z);
        Console.WriteLine("{0} -> {1} off {2} dst {3} amb {4} back {5}", F(u), F(l), z.GetUtcOffset(u), z.IsDaylightSavingTime(u), z.IsAmbiguousTime(l), F(back));
      }
      // local wall-clock times around the changes: gaps and overlaps
      DateTime[] walls = { new DateTime(2021, 3, 28, 2, 30, 0), new DateTime(2021, 10, 31, 2, 30, 0), new DateTime(2021, 3, 14, 2, 30, 0),
        new DateTime(2021, 11, 7, 1, 30, 0), new DateTime(2021, 4, 4, 1, 45, 0), new DateTime(2021, 10, 3, 2, 15, 0), new DateTime(2021, 6, 1, 12, 0, 0) };
      foreach (DateTime w in walls) {
        string conv;
        try { conv = F(TimeZoneInfo.ConvertTimeToUtc(w, z)); } catch (ArgumentException e) { conv = e.GetType().Name + " " + e.ParamName; }
        Console.WriteLine("wall {0}: off {1} dst {2} inv {3} amb {4} utc {5}", F(w), z.GetUtcOffset(w), z.IsDaylightSavingTime(w), z.IsInvalidTime(w), z.IsAmbiguousTime(w), conv);
      }
      var dto = new DateTimeOffset(2021, 7, 1, 12, 0, 0, TimeSpan.FromHours(-3));
      Console.WriteLine("dto {0} -> {1}", dto, TimeZoneInfo.ConvertTime(dto, z));
    }
    var ber = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    var ny = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    Console.WriteLine(F(TimeZoneInfo.ConvertTime(new DateTime(2021, 7, 4, 9, 0, 0), ny, ber)));
    Console.WriteLine(F(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(new DateTime(2021, 12, 24, 18, 0, 0), "Europe/Berlin", "Asia/Kolkata")));
    Console.WriteLine(F(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(new DateTime(2021, 12, 24, 18, 0, 0, DateTimeKind.Utc), "Australia/Lord_Howe")));
    try { TimeZoneInfo.ConvertTime(new DateTime(2021, 7, 4, 9, 0, 0, DateTimeKind.Utc), ny, ber); } catch (ArgumentException e) { Console.WriteLine(e.GetType().Name + " " + e.ParamName); }
    try { TimeZoneInfo.ConvertTimeFromUtc(new DateTime(2021, 7, 4, 9, 0, 0, DateTimeKind.Local), ber); } catch (ArgumentException e) { Console.WriteLine(e.GetType().Name + " " + e.ParamName); }
    try { TimeZoneInfo.FindSystemTimeZoneById("Mars/Olympus_Mons"); } catch (TimeZoneNotFoundException e) { Console.WriteLine(e.Message); }
    try { TimeZoneInfo.FindSystemTimeZoneById(null); } catch (ArgumentNullException e) { Console.WriteLine(e.ParamName); }
  }
}
