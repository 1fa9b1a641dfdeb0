// Custom attributes whose classes declare no [AttributeUsage] (they inherit System.Attribute's): with positional
// and named arguments of enum, string, null, type and array kinds, on classes, methods, accessors, fields,
// parameters and return values. mcs reads the inherited usage from the core library while compiling.
using System;

enum Level { Low, High }

class NoteAttribute : Attribute
{
    public NoteAttribute() { }
    public NoteAttribute(string text) { Text = text; }
    public NoteAttribute(Level level) { Level = level; }
    public NoteAttribute(Type type, params int[] values) { Count = values.Length; }
    public string Text;
    public Level Level { get; set; }
    public int Count;
}

class MarkerAttribute : NoteAttribute { }

[Note("class")]
[Marker]
class Annotated
{
    [Note(Level.High)] public int Field = 3;

    public int Value
    {
        [Note("get")] get { return Field; }
        [Note((string)null)] set { Field = value; }
    }

    [Note(typeof(Annotated), 1, 2, 3)]
    [return: Note(Text = "result")]
    public int Twice([Note(Level = (Level)1)] int x) { return 2 * x; }
}

class AttributesWithoutUsage
{
    const string Name = "constant";

    [Note(Name)]
    static int Main()
    {
        var a = new Annotated();
        a.Value = 21;
        Console.WriteLine(a.Twice(a.Value));
        var n = new NoteAttribute(Level.High) { Text = "made", Count = 2 };
        Console.WriteLine(n.Text + " " + n.Level + " " + n.Count + " " + (new MarkerAttribute() is Attribute));
        return 0;
    }
}
