// expect-stdout-file: DoubleParseShapes.out
// double.TryParse over the shapes of text it meets: sign, leading/trailing dot, exponent with and without digits,
// white space, thousands, parentheses, overflow and underflow, and E16 texts of random doubles read back exactly.
// .NET Core 3.0+ (and the expected file) read 1e309 as Infinity and -1e-400 and -0 as negative zero; Mono 6.8 fails
// the first and gives positive zero for the others.
using System; using System.Globalization;
class DoubleParseShapes { static void Main() {
  string[] t = { "1e5", "+1.5", "-.5", "5.", ".", "-", "+", "1e", "1e+", "1e-3", "1E308", "1e309", "-1e-400", " 1 ", "1,000.5", "(1)", "1-", "0x10", "inf", "NaN", "-0", "0.1", "9007199254740993", "2.2250738585072011e-308", "4.9406564584124654e-324", "1.7976931348623157e308", "123456789012345678901234567890", "١", "1.5e5.5", "--1", "1..2", "e5", ".e5", "0.000000000000000000000000000000001", "" };
  var r = new Random(3);
  foreach (var s in t) { double v; bool ok = double.TryParse(s, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out v); Console.WriteLine("[" + s + "] " + ok + " " + BitConverter.DoubleToInt64Bits(v).ToString("X")); }
  foreach (var s in t) { double v; bool ok = double.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out v); Console.WriteLine("int [" + s + "] " + ok + " " + BitConverter.DoubleToInt64Bits(v).ToString("X")); }
  for (int i = 0; i < 500; i++) { double d = BitConverter.Int64BitsToDouble((long)(r.NextDouble() * long.MaxValue)); if (double.IsNaN(d) || double.IsInfinity(d)) continue; string s = d.ToString("E16", CultureInfo.InvariantCulture); Console.WriteLine(s + " " + (BitConverter.DoubleToInt64Bits(double.Parse(s, CultureInfo.InvariantCulture)) == BitConverter.DoubleToInt64Bits(d)) + " " + BitConverter.DoubleToInt64Bits(float.Parse(s.Substring(0, 12), CultureInfo.InvariantCulture)).ToString("X")); }
}}
