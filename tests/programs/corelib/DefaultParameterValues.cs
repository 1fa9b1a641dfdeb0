// [DefaultParameterValue] (System.Runtime.InteropServices; mono's mcs test gtest-262) gives a parameter a default
// value in the metadata, as an optional parameter's: HasDefault in its attributes and the value in DefaultValue;
// with [Optional] too, C# callers may leave the argument out.
using System;
using System.Reflection;
using System.Runtime.InteropServices;

public class Test
{
    public enum Mode { None, Fast, Slow }

    public void Number([DefaultParameterValue(7)] int x) { }
    public void Text([DefaultParameterValue("hi")] string s) { }
    public void Nothing([DefaultParameterValue(null)] object o) { }
    public void Kind([DefaultParameterValue(Mode.Slow)] Mode m) { }
    public static int Scaled(int x, [Optional, DefaultParameterValue(10)] int factor) { return x * factor; }

    public static void Main()
    {
        foreach (string name in new[] { "Number", "Text", "Nothing", "Kind", "Scaled" })
        {
            MethodInfo m = typeof(Test).GetMethod(name);
            ParameterInfo[] ps = m.GetParameters();
            ParameterInfo p = ps[ps.Length - 1];
            object value = p.DefaultValue;
            Console.WriteLine("{0}({1}): {2}, default {3}", name, p.Name, p.Attributes,
                value == null ? "null" : value + " (" + value.GetType().Name + ")");
        }
        Console.WriteLine("Scaled(4) = {0}, Scaled(4, 2) = {1}", Scaled(4), Scaled(4, 2));
        var attribute = new DefaultParameterValueAttribute(3.5);
        Console.WriteLine("attribute value {0}", attribute.Value);
    }
}
