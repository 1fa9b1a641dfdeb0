using System;

interface IShape { int Area(); void Scale(int f); }

struct Rect : IShape
{
    public int W, H;
    public Rect(int w, int h) { W = w; H = h; }
    public int Area() { return W * H; }
    public void Scale(int f) { W *= f; H *= f; }
}

class StructInterfaces
{
    static int AreaOf<T>(T s) where T : IShape { return s.Area(); }
    static void ScaleGeneric<T>(ref T s, int f) where T : IShape { s.Scale(f); }

    static void Main()
    {
        Rect r = new Rect(2, 3);
        IShape boxed = r;
        boxed.Scale(10);
        Console.WriteLine(r.Area() + " " + boxed.Area());
        r.Scale(2);
        Console.WriteLine(r.Area() + " " + boxed.Area());
        Console.WriteLine(AreaOf(r));
        ScaleGeneric(ref r, 3);
        Console.WriteLine(r.W + "x" + r.H);
        IShape[] shapes = new IShape[] { new Rect(1, 1), new Rect(2, 5), r };
        int total = 0;
        for (int i = 0; i < shapes.Length; i++) total += shapes[i].Area();
        Console.WriteLine("total " + total);
        Rect back = (Rect)boxed;
        Console.WriteLine(back.W + "," + back.H);
    }
}
