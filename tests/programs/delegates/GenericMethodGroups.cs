using System;

class GenericMethodGroups
{
    static T Identity<T>(T x) { return x; }
    static T[] Pair<T>(T a, T b) { return new T[] { a, b }; }
    static string Describe<T>(T x) { return "value:" + x; }

    class Holder<T>
    {
        public T Value;
        public T Get() { return Value; }
        public static Holder<T> Of(T v) { Holder<T> h = new Holder<T>(); h.Value = v; return h; }
    }

    static void Main()
    {
        Func<int, int> idInt = Identity<int>;
        Func<string, string> idStr = Identity;
        Console.WriteLine(idInt(5) + " " + idStr("s"));
        Func<long, long, long[]> pair = Pair;
        Console.WriteLine(pair(1, 2)[1]);
        Func<double, string> d = Describe;
        Func<char, string> dc = Describe<char>;
        Console.WriteLine(d(2.0) + " " + dc('z'));
        Func<string, Holder<string>> make = Holder<string>.Of;
        Holder<string> h = make("held");
        Func<string> getter = h.Get;
        h.Value = "changed";
        Console.WriteLine(getter());
        Func<int, Holder<int>> makeInt = Holder<int>.Of;
        Console.WriteLine(makeInt(42).Get());
        Converter<int, string> conv = Describe;
        Console.WriteLine(conv(7));
    }
}
