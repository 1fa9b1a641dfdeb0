using System;

interface IOp { int Apply(int x); string Name { get; } }
class Add : IOp { int k; public Add(int k) { this.k = k; } public int Apply(int x) { return x + k; } public string Name { get { return "+" + k; } } }
class Mul : IOp { int k; public Mul(int k) { this.k = k; } public int Apply(int x) { return x * k; } public string Name { get { return "*" + k; } } }
class Neg : IOp { public int Apply(int x) { return -x; } public string Name { get { return "neg"; } } }

class InterfaceArrays
{
    static int Run(IOp[] ops, int x)
    {
        for (int i = 0; i < ops.Length; i++) x = ops[i].Apply(x);
        return x;
    }

    static void Main()
    {
        IOp[] pipeline = new IOp[] { new Add(3), new Mul(4), new Neg(), new Add(100) };
        string names = "";
        for (int i = 0; i < pipeline.Length; i++) names += pipeline[i].Name + " ";
        Console.WriteLine(names);
        for (int x = 0; x < 4; x++) Console.WriteLine(x + " -> " + Run(pipeline, x));
        IOp[][] grid = new IOp[2][];
        grid[0] = new IOp[] { new Mul(2), new Mul(2) };
        grid[1] = new IOp[] { new Neg() };
        Console.WriteLine(Run(grid[0], 5) + " " + Run(grid[1], 5));
        object[] asObj = pipeline;
        Console.WriteLine(asObj.Length + " " + (asObj[1] is Mul));
    }
}
