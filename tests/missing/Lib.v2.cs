// A later version of the library that App runs with: Widget.Gone, Widget.Old, Vanishing and Pair are gone.
public class Widget
{
    public int Size = 3;
    public static int Count = 5;
    public virtual string Name() { return "widget"; }
}
