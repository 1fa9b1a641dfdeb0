using System;

struct Temperature
{
    private int tenths;
    public Temperature(int whole) : this(whole, 0) { }
    public Temperature(int whole, int frac) { tenths = whole * 10 + frac; }
    public int Whole { get { return tenths / 10; } }
    public int Frac { get { return tenths % 10; } }
    public Temperature Add(Temperature o) { Temperature t = this; t.tenths += o.tenths; return t; }
    public void Reset() { this = new Temperature(); }
    public string Show() { return Whole + "." + Frac; }
}

class StructConstructors
{
    static void Main()
    {
        Temperature a = new Temperature(21);
        Temperature b = new Temperature(3, 7);
        Temperature c = a.Add(b);
        Console.WriteLine(a.Show() + " + " + b.Show() + " = " + c.Show());
        c.Reset();
        Console.WriteLine(c.Show());
        Temperature d = default(Temperature);
        Console.WriteLine(d.Show());
        Temperature sum = new Temperature();
        for (int i = 1; i <= 5; i++) sum = sum.Add(new Temperature(i, i));
        Console.WriteLine(sum.Show());
    }
}
