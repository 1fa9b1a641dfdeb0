using System;

struct Vec { public int X, Y; public Vec(int x, int y) { X = x; Y = y; } public override string ToString() { return "(" + X + "," + Y + ")"; } }

class Body
{
    public Vec Pos;
    public Vec Vel;
    public Vec PosProp { get { return Pos; } set { Pos = value; } }
    public void Step() { Pos.X += Vel.X; Pos.Y += Vel.Y; }
}

class StructFieldsInClass
{
    static void Main()
    {
        Body b = new Body();
        b.Pos = new Vec(1, 2);
        b.Vel = new Vec(3, -1);
        for (int i = 0; i < 3; i++) b.Step();
        Console.WriteLine(b.Pos.ToString());
        b.Pos.X = 100;
        Console.WriteLine(b.Pos);
        Vec p = b.PosProp;
        p.Y = 555;
        Console.WriteLine(b.PosProp + " local=" + p);
        b.PosProp = p;
        Console.WriteLine(b.PosProp);
        Body b2 = b;
        b2.Pos.X = -7;
        Console.WriteLine(b.Pos);
    }
}
