// File's asynchronous whole-file methods: round trips of text, lines and bytes, appends, a missing file failing
// through the task, arguments checked at the call, and a cancelled token.
using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

class FileAsync
{
    static void Main()
    {
        string dir = Path.Combine(Path.GetTempPath(), "kiln-async-" + Path.GetRandomFileName());
        Directory.CreateDirectory(dir);
        try { Run(dir).Wait(); }
        finally { Directory.Delete(dir, true); }
    }

    static async Task Run(string dir)
    {
        string f = Path.Combine(dir, "text.txt");
        await File.WriteAllTextAsync(f, "a\nbé");
        await File.AppendAllTextAsync(f, "\nc");
        Console.WriteLine((await File.ReadAllLinesAsync(f)).Length + " " + (await File.ReadAllTextAsync(f)).Length + " " + (await File.ReadAllBytesAsync(f)).Length);
        await File.WriteAllLinesAsync(f, new[] { "x", "y" });
        await File.AppendAllLinesAsync(f, new[] { "z" });
        await File.WriteAllBytesAsync(f + ".bin", new byte[] { 1, 2, 3 });
        Console.WriteLine((await File.ReadAllTextAsync(f)).Replace("\n", "|") + " " + File.ReadAllBytes(f + ".bin").Length);
        Task<string> missing = File.ReadAllTextAsync(Path.Combine(dir, "missing"));
        try { await missing; }
        catch (FileNotFoundException) { Console.WriteLine("missing: " + missing.Status); }
        try { File.ReadAllTextAsync(null); }
        catch (ArgumentNullException e) { Console.WriteLine("at the call: " + e.ParamName); }
        var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Task write = File.WriteAllTextAsync(f, "never", cancelled.Token);
        Console.WriteLine(write.IsCanceled + " " + File.ReadAllText(f).Length);
    }
}
