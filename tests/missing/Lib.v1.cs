// The library as App was compiled against it.
public class Widget
{
    public int Size = 3;
    public int Gone = 4;
    public static int Count = 5;
    public virtual string Name() { return "widget"; }
    public string Old() { return "old"; }
}

public class Vanishing
{
    public override string ToString() { return "vanishing"; }
}

public struct Pair
{
    public int A;
    public int B;
}
