// expect-stdout-file: TimeNetCore.out
// .NET 7+ behaviour that Mono does not have: TimeSpan.FromX and DateTime.AddX keep every tick instead of rounding
// to milliseconds, microsecond members, TimeSpan multiplication and division, and .NET's exception messages.
using System;

class TimeNetCore
{
    static void Main()
    {
        Console.WriteLine(TimeSpan.FromMilliseconds(1.5).Ticks + " " + TimeSpan.FromSeconds(0.0001234).Ticks + " " + TimeSpan.FromDays(1e-9).Ticks);
        Console.WriteLine(TimeSpan.FromMinutes(-0.00001).Ticks + " " + TimeSpan.FromHours(1.0 / 3).Ticks + " " + TimeSpan.FromMicroseconds(2.5).Ticks);
        DateTime d = new DateTime(2024, 1, 1);
        Console.WriteLine(d.AddMilliseconds(1.5).Ticks - d.Ticks);
        Console.WriteLine(d.AddSeconds(0.0000005).Ticks - d.Ticks);
        Console.WriteLine(d.AddDays(1.0 / 3).ToString("o"));
        Console.WriteLine(d.AddHours(-0.5).AddMicroseconds(3).ToString("o"));
        Console.WriteLine(d.AddTicks(12345678).Microsecond + " " + d.AddTicks(12345678).Nanosecond);
        TimeSpan t = new TimeSpan(1, 2, 3, 4, 5, 6);
        Console.WriteLine(t + " " + t.Microseconds + " " + t.Nanoseconds + " " + new TimeSpan(7).Nanoseconds + " " + t.TotalMicroseconds);
        Console.WriteLine(t * 2 + " " + 0.5 * t + " " + t / 4 + " " + t / new TimeSpan(0, 1, 0, 0) + " " + t.Multiply(3) + " " + t.Divide(2.5));
        Console.WriteLine(TimeSpan.FromHours(1) / TimeSpan.FromMinutes(7));
        Console.WriteLine(new TimeSpan(3) / 2 + " " + new TimeSpan(5) / 2 + " " + new TimeSpan(-5) / 2);

        try { new DateTime(2023, 2, 29); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message); }
        try { new DateTime(2023, 1, 1, 25, 0, 0); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message); }
        try { new DateTime(2023, 1, 1, 0, 0, 0, 1000); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message); }
        try { DateTime.MaxValue.AddDays(1); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message); }
        try { DateTime.MaxValue.AddTicks(1); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message); }
        try { DateTime.MinValue.AddDays(-1e10); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message); }
        try { DateTime.MinValue.AddYears(20000); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message); }
        try { DateTime.MinValue.AddMonths(-1); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message); }
        try { new DateTime(-5L); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message); }
        try { TimeSpan.MaxValue.Add(TimeSpan.MaxValue); } catch (OverflowException e) { Console.WriteLine(e.Message); }
        try { TimeSpan.FromSeconds(double.NaN); } catch (ArgumentException e) { Console.WriteLine(e.Message); }
        try { TimeSpan.Parse("nope"); } catch (FormatException e) { Console.WriteLine(e.Message); }
        try { DateTime.Parse("nope"); } catch (FormatException e) { Console.WriteLine(e.GetType().Name); }
        try { new Random().Next(-2); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message); }
        try { new Random(1).Next(3, 2); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message); }
        try { Math.Clamp(5, 3, 1); } catch (ArgumentException e) { Console.WriteLine(e.Message); }
        try { BitConverter.ToInt32(new byte[2], 0); } catch (ArgumentException e) { Console.WriteLine(e.Message); }
        try { BitConverter.ToInt32(null, 0); } catch (ArgumentNullException e) { Console.WriteLine(e.Message + " | " + e.ParamName); }
        try { Math.Round(1.5, 20); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message); }
    }
}
