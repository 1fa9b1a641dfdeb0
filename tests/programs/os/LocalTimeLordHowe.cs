// env: TZ=Australia/Lord_Howe
// DateTime's local time (ToLocalTime, ToUniversalTime, DateTimeOffset, Now) and TimeZoneInfo.Local in Lord Howe Island (half-hour daylight saving, southern hemisphere),
// the zone the TZ environment variable names; instants in the repeated hour convert back to themselves.
using System;
using System.Globalization;
class P {
  static string F(DateTime d) { return d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " " + d.Kind; }
  static void Main() {
    var l = TimeZoneInfo.Local;
    Console.WriteLine("{0} {1} {2}", l.Id, l.BaseUtcOffset, l.SupportsDaylightSavingTime);
    DateTime[] walls = { new DateTime(2021, 3, 28, 2, 30, 0, DateTimeKind.Local), new DateTime(2021, 10, 31, 2, 30, 0, DateTimeKind.Local),
      new DateTime(2021, 3, 14, 2, 30, 0, DateTimeKind.Local), new DateTime(2021, 11, 7, 1, 30, 0, DateTimeKind.Local),
      new DateTime(2021, 6, 1, 12, 0, 0, DateTimeKind.Local), new DateTime(2021, 6, 1, 12, 0, 0), new DateTime(2045, 1, 1, 12, 0, 0, DateTimeKind.Local) };
    foreach (var w in walls)
      Console.WriteLine("{0}: utc {1} dst {2} dto {3} roundtrip {4}", F(w), F(w.ToUniversalTime()), w.IsDaylightSavingTime(), new DateTimeOffset(w), F(w.ToUniversalTime().ToLocalTime()));
    var u = new DateTime(2021, 10, 31, 0, 30, 0, DateTimeKind.Utc);
    for (int i = 0; i < 4; i++) { var x = u.AddMinutes(30 * i); Console.WriteLine("{0} -> {1} {2} back {3} {4}", F(x), F(x.ToLocalTime()), x.ToLocalTime().IsDaylightSavingTime(), F(x.ToLocalTime().ToUniversalTime()), new DateTimeOffset(x.ToLocalTime()).Offset); }
    Console.WriteLine(F(TimeZoneInfo.ConvertTime(new DateTime(2021, 7, 1, 12, 0, 0, DateTimeKind.Local), TimeZoneInfo.Utc)));
    Console.WriteLine(F(TimeZoneInfo.ConvertTime(new DateTime(2021, 7, 1, 12, 0, 0, DateTimeKind.Utc), TimeZoneInfo.Local)));
    Console.WriteLine(F(TimeZoneInfo.ConvertTimeToUtc(new DateTime(2021, 7, 1, 12, 0, 0))));
    Console.WriteLine(TimeZoneInfo.Local.GetUtcOffset(new DateTime(2021, 7, 1, 12, 0, 0, DateTimeKind.Utc)));
    Console.WriteLine(DateTimeOffset.Now.Offset == TimeZoneInfo.Local.GetUtcOffset(DateTime.UtcNow));
    Console.WriteLine(DateTime.Now.Kind + " " + (Math.Abs((DateTime.Now - DateTime.UtcNow - TimeZoneInfo.Local.GetUtcOffset(DateTime.UtcNow)).TotalSeconds) < 5));
  }
}
