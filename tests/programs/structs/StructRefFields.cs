using System;

class Node { public int V; public Node(int v) { V = v; } }

struct Holder
{
    public Node Ref;
    public int Val;
    public string Label;
}

class StructRefFields
{
    static void Main()
    {
        Holder h1 = new Holder();
        h1.Ref = new Node(1);
        h1.Val = 1;
        h1.Label = "one";
        Holder h2 = h1;
        h2.Ref.V = 42;
        h2.Val = 2;
        h2.Label = "two";
        Console.WriteLine(h1.Ref.V + " " + h1.Val + " " + h1.Label);
        Console.WriteLine(h2.Ref.V + " " + h2.Val + " " + h2.Label);
        Console.WriteLine(object.ReferenceEquals(h1.Ref, h2.Ref));
        h2.Ref = new Node(7);
        Console.WriteLine(h1.Ref.V + " " + h2.Ref.V);
        Holder[] hs = new Holder[4];
        for (int i = 0; i < hs.Length; i++) { hs[i].Ref = new Node(i * i); hs[i].Label = "h" + i; }
        int total = 0;
        for (int i = 0; i < hs.Length; i++) total += hs[i].Ref.V;
        Console.WriteLine("total=" + total + " last=" + hs[3].Label);
        Holder d = default(Holder);
        Console.WriteLine(d.Ref == null ? "null ref" : "non-null");
        Console.WriteLine(d.Label == null ? "null label" : "label");
    }
}
