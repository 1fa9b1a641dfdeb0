using System.Collections.Generic;
using System.Linq;

static class Greeting
{
    public static string For(string name)
    {
        var letters = new List<char>(name.ToUpperInvariant()).Distinct().OrderBy(c => c);
        return "Hello, " + name + "! (" + string.Join(",", letters) + ")";
    }
}
