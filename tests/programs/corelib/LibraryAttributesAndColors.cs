// Found by mono's mcs tests test-178, test-932 and test-cls-16: types a program names without using their behaviour.
// ConsoleColor (parameters and defaults), EditorBrowsableAttribute (on members, read back through the constructor's
// state) and an assembly declared CLS-compliant whose public types derive from object.
using System;
using System.ComponentModel;

[assembly: CLSCompliant(true)]

public class Palette
{
    [EditorBrowsable(EditorBrowsableState.Never)]
    public int Hidden { get { return 1; } }

    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public void Tune() { }

    public static string Describe(string what, ConsoleColor fore = ConsoleColor.White, ConsoleColor back = ConsoleColor.Black)
    {
        return what + ": " + fore + " on " + back + " (" + (int)fore + "/" + (int)back + ")";
    }
}

public static class Program
{
    public static int Main()
    {
        Console.WriteLine(Palette.Describe("default"));
        Console.WriteLine(Palette.Describe("warning", ConsoleColor.Yellow));
        Console.WriteLine(Palette.Describe("error", ConsoleColor.Red, ConsoleColor.DarkBlue));
        for (ConsoleColor c = ConsoleColor.Black; c <= ConsoleColor.White; c++)
            Console.Write((int)c + "=" + c + " ");
        Console.WriteLine();
        Console.WriteLine(Enum.GetNames(typeof(ConsoleColor)).Length);
        Console.WriteLine(Enum.IsDefined(typeof(ConsoleColor), 16));

        var never = new EditorBrowsableAttribute(EditorBrowsableState.Never);
        var always = new EditorBrowsableAttribute();
        Console.WriteLine(never.State + " " + always.State + " " + (int)EditorBrowsableState.Advanced);
        Console.WriteLine(never.Equals(new EditorBrowsableAttribute(EditorBrowsableState.Never)) + " " + never.Equals(always));
        Console.WriteLine(new Palette().Hidden);
        return 0;
    }
}
