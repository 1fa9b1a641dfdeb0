using System;

interface IMapper
{
    U Map<T, U>(T value, Func<T, U> f);
    T[] Twice<T>(T value);
}

class DirectMapper : IMapper
{
    public U Map<T, U>(T value, Func<T, U> f) { return f(value); }
    public virtual T[] Twice<T>(T value) { return new T[] { value, value }; }
}

class LoggingMapper : DirectMapper
{
    public string Log = "";
    public override T[] Twice<T>(T value) { Log += "twice(" + value + ") "; return base.Twice(value); }
}

class GenericMethodsOnInterfaces
{
    static void Main()
    {
        IMapper m = new DirectMapper();
        Console.WriteLine(m.Map(21, x => x * 2));
        Console.WriteLine(m.Map("abc", s => s.Length));
        Console.WriteLine(m.Map(5L, x => "L" + x));
        LoggingMapper lm = new LoggingMapper();
        IMapper im = lm;
        int[] ti = im.Twice(7);
        string[] ts = im.Twice("s");
        char[] tc = im.Twice('c');
        Console.WriteLine(ti.Length + " " + ti[1] + " " + ts[0] + ts[1] + " " + tc[0]);
        Console.WriteLine(lm.Log);
    }
}
