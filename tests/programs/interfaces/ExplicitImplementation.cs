using System;

interface IEnglish { string Greet(); }
interface IFrench { string Greet(); }

class Bilingual : IEnglish, IFrench
{
    string IEnglish.Greet() { return "hello"; }
    string IFrench.Greet() { return "bonjour"; }
    public string Greet() { return "hi/salut"; }
}

interface ILength { int Length { get; } }
class Rope : ILength
{
    int len;
    public Rope(int l) { len = l; }
    int ILength.Length { get { return len * 2; } }
    public int Length { get { return len; } }
}

class ExplicitImplementation
{
    static void Main()
    {
        Bilingual b = new Bilingual();
        Console.WriteLine(b.Greet());
        Console.WriteLine(((IEnglish)b).Greet());
        Console.WriteLine(((IFrench)b).Greet());
        IEnglish e = b;
        IFrench f = b;
        Console.WriteLine(e.Greet() + " " + f.Greet());
        Rope r = new Rope(5);
        ILength il = r;
        Console.WriteLine(r.Length + " " + il.Length);
        object o = b;
        IFrench f2 = o as IFrench;
        Console.WriteLine(f2 != null ? f2.Greet() : "none");
    }
}
