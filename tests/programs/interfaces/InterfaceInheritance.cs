using System;

interface IReadable { string Read(); }
interface IWritable { void Write(string s); }
interface IStream : IReadable, IWritable { int Position { get; } }
interface ISeekable : IStream { void Seek(int p); }

class MemoryStream2 : ISeekable
{
    char[] buf = new char[32];
    int len, pos;
    public string Read() { if (pos >= len) return ""; return new string(buf[pos++], 1); }
    public void Write(string s) { for (int i = 0; i < s.Length; i++) buf[len++] = s[i]; }
    public int Position { get { return pos; } }
    public void Seek(int p) { pos = p; }
}

class InterfaceInheritance
{
    static string ReadAll(IReadable r) { string s = "", c; while ((c = r.Read()) != "") s += c; return s; }

    static void Main()
    {
        MemoryStream2 m = new MemoryStream2();
        IWritable w = m;
        w.Write("hello ");
        w.Write("world");
        Console.WriteLine(ReadAll(m));
        IStream st = m;
        Console.WriteLine(st.Position);
        ISeekable sk = m;
        sk.Seek(6);
        Console.WriteLine(ReadAll(sk));
        object o = m;
        Console.WriteLine((o is IReadable) + " " + (o is IWritable) + " " + (o is IStream) + " " + (o is ISeekable));
        IReadable r = sk;
        Console.WriteLine(r is ISeekable);
        Console.WriteLine("x" is IReadable);
    }
}
