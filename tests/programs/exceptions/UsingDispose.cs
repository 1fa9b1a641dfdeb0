using System;

class Res : IDisposable
{
    public static string Log = "";
    string name;
    public Res(string n) { name = n; Log += "open " + n + "; "; }
    public void Use(bool fail) { Log += "use " + name + "; "; if (fail) throw new InvalidOperationException("fail in " + name); }
    public void Dispose() { Log += "close " + name + "; "; }
}

struct StructRes : IDisposable
{
    public string Name;
    public void Dispose() { Res.Log += "struct close " + Name + "; "; }
}

class UsingDispose
{
    static int Early()
    {
        using (Res r = new Res("early")) { r.Use(false); return 5; }
    }

    static void Main()
    {
        using (Res a = new Res("a"))
        using (Res b = new Res("b"))
        {
            a.Use(false); b.Use(false);
        }
        Console.WriteLine(Res.Log); Res.Log = "";
        try
        {
            using (Res c = new Res("c")) { c.Use(true); }
        }
        catch (InvalidOperationException e) { Res.Log += "caught " + e.Message; }
        Console.WriteLine(Res.Log); Res.Log = "";
        Console.WriteLine(Early() + " " + Res.Log); Res.Log = "";
        Res nothing = null;
        using (nothing) { Res.Log += "null resource ok; "; }
        StructRes sr = new StructRes(); sr.Name = "sr";
        using (sr) { Res.Log += "in struct using; "; }
        Console.WriteLine(Res.Log);
    }
}
