// DateTime and DateTimeOffset in the round-trip ('o', 'O') and sortable ('s') formats: every kind, offsets of both
// signs and with minutes, the first and last representable instants, and the same pattern spelled as a custom format.
using System;
using System.Globalization;
class Iso {
  static void Main() {
    var ds = new[] { new DateTime(2024, 2, 29, 13, 5, 9, DateTimeKind.Utc).AddTicks(1234567), new DateTime(1, 1, 1), DateTime.MaxValue, new DateTime(1999, 12, 31, 23, 59, 59, 999, DateTimeKind.Unspecified), new DateTime(2010, 7, 4, 0, 0, 0, DateTimeKind.Utc) };
    foreach (var d in ds) {
      Console.WriteLine(d.ToString("o") + " " + d.ToString("O", CultureInfo.InvariantCulture) + " " + d.ToString("s") + " " + d.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK"));
      foreach (var off in new[] { TimeSpan.Zero, TimeSpan.FromHours(5.5), TimeSpan.FromHours(-8), TimeSpan.FromMinutes(-30), TimeSpan.FromHours(14) }) {
        if (d.Ticks < TimeSpan.TicksPerDay || d == DateTime.MaxValue) continue;
        var o = new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Unspecified), off);
        Console.WriteLine("  " + o.ToString("o") + " " + o.ToString("s") + " " + o.ToString("O"));
      }
    }
  }
}
