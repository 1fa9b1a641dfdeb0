using System;

partial class Machine
{
    public int State;
    public void Step() { State = Next(State); }
}

partial class Machine
{
    static int Next(int s) { return (s * 5 + 3) % 16; }

    public class Part
    {
        public string Name;
        private Machine owner;
        public Part(Machine m, string n) { owner = m; Name = n; }
        public string Describe() { return Name + "@" + owner.State; }
        public class SubPart { public int Code = 7; }
    }

    private class Secret { public static int Value() { return 1234; } }
    public int Peek() { return Secret.Value(); }
}

class NestedAndPartialClasses
{
    static void Main()
    {
        Machine m = new Machine();
        string s = "";
        for (int i = 0; i < 8; i++) { m.Step(); s += m.State + " "; }
        Console.WriteLine(s);
        Machine.Part p = new Machine.Part(m, "gear");
        Console.WriteLine(p.Describe());
        m.Step();
        Console.WriteLine(p.Describe());
        Machine.Part.SubPart sp = new Machine.Part.SubPart();
        Console.WriteLine(sp.Code + " " + m.Peek());
    }
}
