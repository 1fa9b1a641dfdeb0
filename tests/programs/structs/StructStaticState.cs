using System;

struct IdGen
{
    static int next;
    public static IdGen Shared;
    public int Issued;
    static IdGen() { next = 1000; }
    public int Take() { Issued++; return next++; }
}

struct Vec2
{
    public static readonly Vec2 Zero = new Vec2(0, 0);
    public static readonly Vec2 UnitX = new Vec2(1, 0);
    public int X, Y;
    public Vec2(int x, int y) { X = x; Y = y; }
    public static Vec2 operator +(Vec2 a, Vec2 b) { return new Vec2(a.X + b.X, a.Y + b.Y); }
    public static Vec2 operator *(Vec2 a, int k) { return new Vec2(a.X * k, a.Y * k); }
    public override string ToString() { return "(" + X + "," + Y + ")"; }
}

class StructStaticState
{
    static void Main()
    {
        Console.WriteLine(IdGen.Shared.Take() + " " + IdGen.Shared.Take() + " issued " + IdGen.Shared.Issued);
        IdGen local = IdGen.Shared;
        Console.WriteLine(local.Take() + " local issued " + local.Issued + " shared issued " + IdGen.Shared.Issued);
        Vec2 v = Vec2.Zero;
        for (int i = 0; i < 5; i++) v = v + Vec2.UnitX * i;
        Console.WriteLine(v + " " + Vec2.Zero + " " + Vec2.UnitX);
        Vec2 u = Vec2.UnitX;
        u.X = 99;
        Console.WriteLine(Vec2.UnitX);
    }
}
