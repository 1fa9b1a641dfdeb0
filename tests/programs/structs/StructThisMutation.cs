using System;

struct Walker
{
    public int X, Y, Steps;
    public void Move(char dir)
    {
        switch (dir) { case 'N': Y++; break; case 'S': Y--; break; case 'E': X++; break; case 'W': X--; break; }
        Steps++;
    }
    public void Run(string path) { for (int i = 0; i < path.Length; i++) Move(path[i]); }
    public Walker Mirror() { Walker w = this; w.X = -w.X; return w; }
    public int Manhattan() { return Math.Abs(X) + Math.Abs(Y); }
}

class Robot { public Walker W; public readonly Walker Frozen; }

class StructThisMutation
{
    static void Main()
    {
        Walker w = new Walker();
        w.Run("NNEESWNNW");
        Console.WriteLine(w.X + "," + w.Y + " steps " + w.Steps + " dist " + w.Manhattan());
        Walker m = w.Mirror();
        Console.WriteLine(m.X + " " + w.X);
        Robot r = new Robot();
        r.W.Run("EEE");
        Console.WriteLine(r.W.X);
        r.Frozen.Run("EEE");
        Console.WriteLine(r.Frozen.X);
        Walker[] ws = new Walker[2];
        ws[0].Run("NN");
        Walker tmp = ws[1];
        tmp.Run("SSS");
        Console.WriteLine(ws[0].Y + " " + ws[1].Y + " " + tmp.Y);
    }
}
