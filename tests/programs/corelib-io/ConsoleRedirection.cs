// Console.SetOut/SetError/SetIn with StringWriter and StringReader: capturing output, reading lines ending in
// \n, \r or \r\n, Peek and Read, compared with Mono.
using System; using System.IO; using System.Text;
class ConsoleRedirection { static int Main() {
  var original = Console.Out;
  var capture = new StringWriter();
  Console.SetOut(capture);
  Console.WriteLine("captured {0}", 42); Console.Write('x'); Console.Write(1.5); Console.WriteLine();
  Console.Out.WriteLine("via Out");
  Console.SetOut(original);
  string text = capture.ToString();
  Console.WriteLine("got " + text.Length + " chars: [" + text.Replace("\n", "|") + "]");
  var sb = new StringBuilder(); var w = new StringWriter(sb); w.Write("a"); w.WriteLine(2); w.Write(3.25m); Console.WriteLine(sb.ToString().Replace("\n", "|") + " " + (w.GetStringBuilder() == sb));
  Console.SetIn(new StringReader("first\r\nsecond\nthird"));
  string line; int n = 0; while ((line = Console.ReadLine()) != null) Console.WriteLine(++n + ":" + line);
  var r = new StringReader("ab\rc"); Console.WriteLine((char)r.Peek() + " " + (char)r.Read() + " " + r.ReadLine() + " " + r.ReadLine() + " " + (r.ReadLine() == null) + " " + r.Read());
  Console.SetError(new StringWriter()); Console.Error.WriteLine("hidden");
  Console.Error.WriteLine("also hidden");
  return n;
} }
