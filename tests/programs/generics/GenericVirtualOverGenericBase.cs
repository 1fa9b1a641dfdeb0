using System;

class Converter<TIn, TOut>
{
    public virtual TOut Convert(TIn x) { return default(TOut); }
    public TOut[] ConvertAll(TIn[] xs) { TOut[] r = new TOut[xs.Length]; for (int i = 0; i < xs.Length; i++) r[i] = Convert(xs[i]); return r; }
}
class Stringify<T> : Converter<T, string>
{
    public override string Convert(T x) { return "<" + x + ">"; }
}
class Length : Converter<string, int>
{
    public override int Convert(string x) { return x == null ? -1 : x.Length; }
}
class Shout : Stringify<string>
{
    public override string Convert(string x)
    {
        char[] cs = x.ToCharArray();
        for (int i = 0; i < cs.Length; i++) cs[i] = char.ToUpper(cs[i]);
        return base.Convert(new string(cs)) + "!";
    }
}

class GenericVirtualOverGenericBase
{
    static void Print<T>(T[] xs) { string s = ""; for (int i = 0; i < xs.Length; i++) s += xs[i] + " "; Console.WriteLine(s); }

    static void Main()
    {
        string[] words = new string[] { "ab", "cde", null, "" };
        Print(new Length().ConvertAll(words));
        Print(new Stringify<int>().ConvertAll(new int[] { 1, 2, 3 }));
        Converter<string, string> c = new Shout();
        Print(c.ConvertAll(new string[] { "hi", "yo" }));
        Converter<long, bool> plain = new Converter<long, bool>();
        Print(plain.ConvertAll(new long[] { 5, 6 }));
    }
}
