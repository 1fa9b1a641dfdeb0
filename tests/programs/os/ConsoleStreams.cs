// Console.Write, Console.Out, the standard output stream and writers over it interleave in the order written;
// standard error as a stream; the standard streams are redirected under the test harness; synchronized readers
// and writers forward everything.
using System;
using System.IO;
using System.Text;

class ConsoleStreams
{
    static void Main()
    {
        Stream output = Console.OpenStandardOutput();
        Console.WriteLine(output.CanRead + " " + output.CanWrite + " " + output.CanSeek);
        byte[] b = Encoding.UTF8.GetBytes("[stream ü]");
        Console.Write("one ");
        output.Write(b, 0, b.Length);
        Console.Out.Write(" two ");
        output.WriteByte((byte)'!');
        Console.WriteLine(" three");
        output.Flush();

        var writer = new StreamWriter(Console.OpenStandardOutput());
        writer.AutoFlush = true;
        writer.Write("writer ");
        Console.Write("console ");
        writer.WriteLine("writer again");
        writer.Write(12.5);
        writer.WriteLine();

        Stream error = Console.OpenStandardError();
        byte[] e = Encoding.UTF8.GetBytes("to standard error\n");
        error.Write(e, 0, e.Length);
        Console.Error.WriteLine("also to standard error");

        Console.WriteLine("redirected: " + Console.IsInputRedirected + " " + Console.IsOutputRedirected + " " + Console.IsErrorRedirected);

        TextWriter sync = TextWriter.Synchronized(Console.Out);
        sync.Write("synchronized ");
        sync.Write(42);
        sync.Write(' ');
        sync.WriteLine("{0}-{1}", "a", 3);
        Console.WriteLine(ReferenceEquals(sync, TextWriter.Synchronized(sync)));

        TextReader reader = TextReader.Synchronized(new StringReader("line 1\nline 2\nrest"));
        Console.WriteLine(reader.ReadLine() + "|" + (char)reader.Peek() + "|" + (char)reader.Read() + "|" + reader.ReadLine() + "|" + reader.ReadToEnd());

        var captured = new StringWriter();
        Console.SetOut(captured);
        Console.Write("captured");
        Console.SetOut(new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = true });
        Console.WriteLine("back on the stream, captured: " + captured);
        try
        {
            output.Read(new byte[1], 0, 1);
        }
        catch (NotSupportedException ex)
        {
            Console.WriteLine(ex.GetType().Name + " reading standard output");
        }
    }
}
