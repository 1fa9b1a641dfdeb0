// env: TZ=America/New_York
// expect-stdout-file: TimeZoneNames.out
// Time zone names and errors as .NET reports them on Linux without ICU data (Mono names zones differently):
// abbreviations as standard and daylight names, "(UTC+01:00) Europe/Berlin" as display name, and .NET's argument
// exception messages.
using System;
class TimeZoneNames {
  static void Show(TimeZoneInfo z) {
    Console.WriteLine("{0} | {1} | {2} | {3} | {4} | {5}", z.Id, z.DisplayName, z.StandardName, z.DaylightName, z.BaseUtcOffset, z.SupportsDaylightSavingTime);
  }
  static void Main() {
    foreach (string id in new[] { "Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "America/St_Johns", "Etc/GMT+5", "UTC" })
      Show(TimeZoneInfo.FindSystemTimeZoneById(id));
    Show(TimeZoneInfo.Local);
    Show(TimeZoneInfo.Utc);
    Console.WriteLine(TimeZoneInfo.Local.ToString());
    Console.WriteLine(ReferenceEquals(TimeZoneInfo.Utc, TimeZoneInfo.FindSystemTimeZoneById("UTC")));
    Console.WriteLine(TimeZoneInfo.Local.Equals(TimeZoneInfo.FindSystemTimeZoneById("America/New_York")));
    var custom = TimeZoneInfo.CreateCustomTimeZone("Mars", TimeSpan.FromMinutes(-90), "Mars Time", "MT");
    Show(custom);
    Console.WriteLine(TimeZoneInfo.ConvertTime(new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc), custom));
    try { TimeZoneInfo.ConvertTimeToUtc(new DateTime(2021, 3, 14, 2, 30, 0), TimeZoneInfo.Local); }
    catch (ArgumentException e) { Console.WriteLine(e.Message); }
    try { TimeZoneInfo.ConvertTime(new DateTime(2021, 3, 14, 2, 30, 0, DateTimeKind.Utc), TimeZoneInfo.Local, TimeZoneInfo.Utc); }
    catch (ArgumentException e) { Console.WriteLine(e.Message); }
    foreach (string id in new[] { "Mars/Olympus_Mons", "", "../etc/passwd", "Europe" }) {
      try { TimeZoneInfo.FindSystemTimeZoneById(id); }
      catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
    }
  }
}
