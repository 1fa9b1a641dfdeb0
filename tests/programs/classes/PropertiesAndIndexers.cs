using System;

class Grid
{
    int[] cells;
    public int Width { get; private set; }
    public int Height { get; private set; }
    public int Writes { get; private set; }
    public Grid(int w, int h) { Width = w; Height = h; cells = new int[w * h]; }
    public int this[int x, int y]
    {
        get { return cells[y * Width + x]; }
        set { if (x < 0 || x >= Width) throw new ArgumentOutOfRangeException("x"); cells[y * Width + x] = value; Writes++; }
    }
    public int this[int i] { get { return cells[i]; } }
    public int Area { get { return Width * Height; } }
}

class Temperature
{
    double celsius;
    public double Celsius { get { return celsius; } set { celsius = value; } }
    public double Fahrenheit { get { return celsius * 9 / 5 + 32; } set { celsius = (value - 32) * 5 / 9; } }
    public static int Instances { get; set; }
    public Temperature() { Instances++; }
}

class PropertiesAndIndexers
{
    static void Main()
    {
        Grid g = new Grid(4, 3);
        for (int y = 0; y < g.Height; y++) for (int x = 0; x < g.Width; x++) g[x, y] = x * y;
        g[3, 2] += 100;
        Console.WriteLine(g[3, 2] + " " + g[11] + " " + g.Area + " writes " + g.Writes);
        try { g[4, 0] = 1; } catch (ArgumentOutOfRangeException) { Console.WriteLine("bad x"); }
        Temperature t = new Temperature();
        t.Celsius = 100;
        Console.WriteLine(t.Fahrenheit);
        t.Fahrenheit = 212 - 180;
        Console.WriteLine(t.Celsius);
        new Temperature(); new Temperature();
        Console.WriteLine(Temperature.Instances);
    }
}
