using System;
using System.Globalization;
using System.IO;
using System.Text;

class TextReadersWriters
{
    // A writer that only overrides Write(char), as a .NET subclass may: every other member must reach it.
    class CharCounter : TextWriter
    {
        public readonly StringBuilder Seen = new StringBuilder();
        public override Encoding Encoding { get { return Encoding.UTF8; } }
        public override void Write(char value) { Seen.Append(value); }
    }

    // A reader that only overrides Read() and Peek().
    class Letters : TextReader
    {
        private readonly string m_text;
        private int m_at;
        public Letters(string text) { m_text = text; }
        public override int Peek() { return m_at < m_text.Length ? m_text[m_at] : -1; }
        public override int Read() { return m_at < m_text.Length ? m_text[m_at++] : -1; }
    }

    static string Show(string s) { return s == null ? "null" : "[" + s.Replace("\r", "\\r").Replace("\n", "\\n") + "]"; }

    static void Writers()
    {
        var counter = new CharCounter();
        counter.Write("abc");
        counter.Write(42);
        counter.Write(true);
        counter.Write(new char[] { 'x', 'y', 'z' }, 1, 2);
        counter.Write(1.5);
        counter.Write(-7L);
        counter.Write(3.25m);
        counter.Write((object)null);
        counter.Write("{0}-{1}", 1, "two");
        counter.WriteLine();
        counter.WriteLine("line");
        counter.NewLine = "|";
        counter.WriteLine(5);
        counter.WriteLine();
        counter.NewLine = null;
        counter.WriteLine('c');
        Console.WriteLine("subclass saw " + Show(counter.Seen.ToString()) + " newline " + Show(counter.NewLine));

        var sw = new StringWriter();
        sw.Write('a');
        sw.Write("bc");
        sw.Write(new char[] { '1', '2', '3' }, 0, 2);
        sw.WriteLine(7u);
        sw.Write(new StringBuilder("sb"));
        sw.WriteLine("{0} {1} {2}", 1, 2, 3);
        Console.WriteLine("StringWriter " + Show(sw.ToString()) + " encoding " + sw.Encoding.WebName + " " + sw.Encoding.GetPreamble().Length
            + " provider " + (sw.FormatProvider != null));
        var withProvider = new StringWriter(CultureInfo.InvariantCulture);
        Console.WriteLine("given provider kept " + (withProvider.FormatProvider == CultureInfo.InvariantCulture));
        var sb = new StringBuilder("pre:");
        var onBuilder = new StringWriter(sb, CultureInfo.InvariantCulture);
        onBuilder.Write(12.5);
        Console.WriteLine("into builder " + sb + " same " + (onBuilder.GetStringBuilder() == sb));
        onBuilder.Dispose();
        try { onBuilder.Write('x'); } catch (ObjectDisposedException) { Console.WriteLine("closed StringWriter: ObjectDisposedException"); }
        Console.WriteLine("still readable " + onBuilder.ToString());
        try { new StringWriter((StringBuilder)null); } catch (ArgumentNullException e) { Console.WriteLine("null builder: " + e.ParamName); }
        try { sw.Write(new char[2], 1, 2); } catch (ArgumentException) { Console.WriteLine("bad range: ArgumentException"); }

        TextWriter.Null.Write("nothing");
        TextWriter.Null.WriteLine(123);
        Console.WriteLine("TextWriter.Null swallowed writes");
    }

    static void Readers()
    {
        var letters = new Letters("one\r\ntwo\rthree\n\nfour");
        string line;
        while ((line = letters.ReadLine()) != null) Console.Write(Show(line) + " ");
        Console.WriteLine();
        letters = new Letters("abcdefghij");
        char[] buffer = new char[8];
        Console.WriteLine("Read " + letters.Read(buffer, 1, 3) + " ReadBlock " + letters.ReadBlock(buffer, 0, 8) + " " + new string(buffer, 0, 6) + " then " + letters.Read());
        Console.WriteLine("ReadToEnd " + Show(new Letters("x\ny").ReadToEnd()));

        var sr = new StringReader("first\nsecond\r\nthird");
        Console.WriteLine(sr.Peek() + " " + (char)sr.Read() + " " + Show(sr.ReadLine()));
        Console.WriteLine("Read(char[]) " + sr.Read(buffer, 0, 4) + " " + new string(buffer, 0, 4) + " ReadBlock " + sr.ReadBlock(buffer, 0, 8) + " " + Show(new string(buffer, 0, 8)));
        Console.WriteLine("rest " + Show(sr.ReadToEnd()) + " " + Show(sr.ReadLine()) + " " + sr.Read() + " " + sr.Peek());
        sr.Dispose();
        try { sr.Read(); } catch (ObjectDisposedException) { Console.WriteLine("closed StringReader: ObjectDisposedException"); }
        Console.WriteLine("empty string lines: " + Show(new StringReader("").ReadLine()) + " " + Show(new StringReader("\n").ReadLine()));

        Console.WriteLine("TextReader.Null " + TextReader.Null.Read() + " " + Show(TextReader.Null.ReadLine()) + " " + Show(TextReader.Null.ReadToEnd()));
    }

    static void Redirection()
    {
        TextWriter original = Console.Out;
        var capture = new StringWriter();
        Console.SetOut(capture);
        Console.WriteLine("captured {0}", 1);
        Console.Write('c');
        Console.Out.Write(2.5);
        Console.SetOut(original);
        Console.WriteLine("capture held " + Show(capture.ToString()));
    }

    static void Main()
    {
        Writers();
        Readers();
        Redirection();
    }
}
