using System;

class Log { public static string Text = ""; }

class Alpha
{
    public static int Value;
    static Alpha() { Log.Text += "Alpha.cctor;"; Value = 10; }
    public static void Touch() { Log.Text += "Alpha.Touch;"; }
}

class Beta
{
    public static readonly int Derived;
    static Beta() { Log.Text += "Beta.cctor;"; Derived = Alpha.Value * 2; }
}

class Gamma
{
    public int Id;
    static int next;
    static Gamma() { Log.Text += "Gamma.cctor;"; next = 100; }
    public Gamma() { Id = next++; }
}

class StaticConstructorOrder
{
    static void Main()
    {
        Log.Text += "Main;";
        Console.WriteLine(Log.Text);
        int b = Beta.Derived;
        Console.WriteLine(b + " " + Log.Text);
        Alpha.Touch();
        Console.WriteLine(Log.Text);
        Gamma g1 = new Gamma(), g2 = new Gamma();
        Console.WriteLine(g1.Id + " " + g2.Id + " " + Log.Text);
    }
}
