// args: --name=demo -v --count 3 --mode Fast --tag a --tag b input.txt extra.bin
// An attribute-driven command-line parser as libraries write one: options are properties marked with attributes
// (names, aliases, defaults, required), converted by their property type, and the usage text comes from the same
// attributes.
using System;
using System.Collections.Generic;
using System.Reflection;

[AttributeUsage(AttributeTargets.Property)]
sealed class OptionAttribute : Attribute
{
    public OptionAttribute(string name) { Name = name; }
    public string Name { get; private set; }
    public char Short { get; set; }
    public string Help { get; set; }
    public bool Required { get; set; }
    public object Default { get; set; }
}

[AttributeUsage(AttributeTargets.Property)]
sealed class PositionalAttribute : Attribute
{
    public readonly int Index;
    public PositionalAttribute(int index) { Index = index; }
}

[AttributeUsage(AttributeTargets.Class)]
sealed class CommandAttribute : Attribute
{
    public string Name;
    public string[] Examples;
    public CommandAttribute(string name) { Name = name; }
}

enum Mode { Slow, Fast, Exact }

[Command("tool", Examples = new[] { "tool --name x input", "tool -v --mode Exact a b" })]
class Options
{
    [Option("name", Short = 'n', Help = "the job's name", Required = true)] public string Name { get; set; }
    [Option("verbose", Short = 'v', Help = "talk more")] public bool Verbose { get; set; }
    [Option("count", Help = "how many", Default = 1)] public int Count { get; set; }
    [Option("mode", Default = Mode.Slow)] public Mode Mode { get; set; }
    [Option("ratio", Default = 0.5)] public double Ratio { get; set; }
    [Option("tag")] public List<string> Tags { get; set; }
    [Positional(0)] public string Input { get; set; }
    [Positional(1)] public string Output { get; set; }
    public string NotAnOption { get; set; }
}

static class Parser
{
    public static T Parse<T>(string[] args) where T : new()
    {
        T result = new T();
        var byName = new Dictionary<string, PropertyInfo>();
        var positional = new SortedDictionary<int, PropertyInfo>();
        var seen = new HashSet<PropertyInfo>();
        foreach (PropertyInfo p in typeof(T).GetProperties())
        {
            var option = (OptionAttribute)Attribute.GetCustomAttribute(p, typeof(OptionAttribute));
            if (option != null)
            {
                byName["--" + option.Name] = p;
                if (option.Short != '\0') byName["-" + option.Short] = p;
                if (option.Default != null) p.SetValue(result, option.Default, null);
            }
            var pos = p.GetCustomAttribute<PositionalAttribute>();
            if (pos != null) positional[pos.Index] = p;
        }
        int next = 0;
        var positionals = new List<PropertyInfo>(positional.Values);
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (!arg.StartsWith("-"))
            {
                if (next >= positionals.Count) throw new ArgumentException("unexpected argument '" + arg + "'");
                positionals[next++].SetValue(result, arg, null);
                continue;
            }
            string value = null;
            int eq = arg.IndexOf('=');
            if (eq > 0) { value = arg.Substring(eq + 1); arg = arg.Substring(0, eq); }
            PropertyInfo target;
            if (!byName.TryGetValue(arg, out target)) throw new ArgumentException("unknown option '" + arg + "'");
            seen.Add(target);
            Type type = target.PropertyType;
            if (type == typeof(bool) && value == null) { target.SetValue(result, true, null); continue; }
            if (value == null) value = args[++i];
            if (type == typeof(List<string>))
            {
                var list = (List<string>)target.GetValue(result, null);
                if (list == null) { list = new List<string>(); target.SetValue(result, list, null); }
                list.Add(value);
            }
            else if (type.IsEnum) target.SetValue(result, Enum.Parse(type, value), null);
            else if (type == typeof(int)) target.SetValue(result, int.Parse(value), null);
            else if (type == typeof(double)) target.SetValue(result, double.Parse(value, System.Globalization.CultureInfo.InvariantCulture), null);
            else target.SetValue(result, value, null);
        }
        foreach (PropertyInfo p in typeof(T).GetProperties())
        {
            var option = p.GetCustomAttribute<OptionAttribute>();
            if (option != null && option.Required && !seen.Contains(p)) throw new ArgumentException("missing --" + option.Name);
        }
        return result;
    }

    public static void Usage(Type t)
    {
        var command = t.GetCustomAttribute<CommandAttribute>();
        Console.WriteLine("usage: " + command.Name + " [options]");
        foreach (PropertyInfo p in t.GetProperties())
        {
            if (!p.IsDefined(typeof(OptionAttribute), false)) continue;
            var o = p.GetCustomAttribute<OptionAttribute>();
            string line = "  --" + o.Name + (o.Short != '\0' ? ", -" + o.Short : "") + " (" + p.PropertyType.Name + ")";
            if (o.Help != null) line += ": " + o.Help;
            if (o.Default != null) line += " [default " + o.Default + "]";
            if (o.Required) line += " (required)";
            Console.WriteLine(line);
        }
        foreach (string example in command.Examples) Console.WriteLine("  e.g. " + example);
    }
}

static class Program
{
    static int Main(string[] args)
    {
        Parser.Usage(typeof(Options));
        Options o = Parser.Parse<Options>(args);
        Console.WriteLine("name=" + o.Name + " verbose=" + o.Verbose + " count=" + o.Count + " mode=" + o.Mode
                          + " ratio=" + o.Ratio.ToString(System.Globalization.CultureInfo.InvariantCulture)
                          + " tags=" + string.Join(",", o.Tags) + " input=" + o.Input + " output=" + o.Output);
        foreach (string[] bad in new[] { new[] { "-v" }, new[] { "--name", "x", "--bogus" }, new[] { "-n", "x", "a", "b", "c" } })
        {
            try { Parser.Parse<Options>(bad); Console.WriteLine("parsed?"); }
            catch (ArgumentException e) { Console.WriteLine("error: " + e.Message); }
        }
        return 0;
    }
}
