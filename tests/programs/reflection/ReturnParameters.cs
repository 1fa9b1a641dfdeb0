// MethodInfo.ReturnParameter: position -1, no name, the return type, and the attributes of the return value
// ([return: ...], tuple element names of a tuple return type) apart from the method's and the parameters' own
// (mono's mcs test test-tuple-05 reads tuple names this way).
using System;
using System.Reflection;
using System.Runtime.CompilerServices;

[AttributeUsage(AttributeTargets.All)]
class TagAttribute : Attribute
{
    public readonly string Text;
    public TagAttribute(string text) { Text = text; }
}

class Api
{
    [Tag("method")]
    [return: Tag("result")]
    public int Compute([Tag("argument")] int x) { return x; }

    public (int count, string label) Pair() { return (1, "a"); }

    public void Nothing() { }

    public string Plain(string s) { return s; }
}

static class Program
{
    static string Tags(object[] attributes)
    {
        string s = attributes.Length.ToString();
        foreach (object a in attributes)
        {
            if (a is TagAttribute t) s += " " + t.Text;
            if (a is TupleElementNamesAttribute n) s += " (" + string.Join(",", n.TransformNames) + ")";
        }
        return s;
    }

    static void Main()
    {
        Type t = typeof(Api);
        MethodInfo compute = t.GetMethod("Compute");
        ParameterInfo r = compute.ReturnParameter;
        Console.WriteLine("position " + r.Position + ", name null: " + (r.Name == null) + ", type " + r.ParameterType + ", member " + r.Member.Name);
        Console.WriteLine("return attributes: " + Tags(r.GetCustomAttributes(false)));
        Console.WriteLine("method attributes: " + Tags(compute.GetCustomAttributes(typeof(TagAttribute), false)));
        Console.WriteLine("parameter attributes: " + Tags(compute.GetParameters()[0].GetCustomAttributes(false)));
        Console.WriteLine("return defined: " + r.IsDefined(typeof(TagAttribute), false));

        ParameterInfo pair = t.GetMethod("Pair").ReturnParameter;
        Console.WriteLine("tuple names: " + Tags(pair.GetCustomAttributes(typeof(TupleElementNamesAttribute), false)));
        Console.WriteLine("void: " + t.GetMethod("Nothing").ReturnParameter.ParameterType + " " + Tags(t.GetMethod("Nothing").ReturnParameter.GetCustomAttributes(false)));
        Console.WriteLine("plain: " + t.GetMethod("Plain").ReturnParameter.ParameterType + " " + Tags(t.GetMethod("Plain").ReturnParameter.GetCustomAttributes(false)));
    }
}
