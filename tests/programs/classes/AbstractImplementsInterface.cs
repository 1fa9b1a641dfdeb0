using System;

interface IPlugin { string Name { get; } string Run(int x); string Version(); }

abstract class PluginBase : IPlugin
{
    public abstract string Name { get; }
    public abstract string Run(int x);
    public virtual string Version() { return "1.0"; }
    public string Describe() { return Name + " v" + Version() + " -> " + Run(3); }
}

class Doubler : PluginBase
{
    public override string Name { get { return "doubler"; } }
    public override string Run(int x) { return (x * 2).ToString(); }
}

class Squarer : PluginBase, IPlugin
{
    public override string Name { get { return "squarer"; } }
    public override string Run(int x) { return (x * x).ToString(); }
    string IPlugin.Version() { return "2.0-explicit"; }
}

class FancyDoubler : Doubler
{
    public override string Version() { return "1.1-" + base.Version(); }
    public override string Run(int x) { return "[" + base.Run(x) + "]"; }
}

class AbstractImplementsInterface
{
    static void Main()
    {
        PluginBase[] ps = new PluginBase[] { new Doubler(), new Squarer(), new FancyDoubler() };
        for (int i = 0; i < ps.Length; i++)
        {
            IPlugin ip = ps[i];
            Console.WriteLine(ps[i].Describe() + " | " + ip.Name + " " + ip.Version() + " " + ip.Run(5));
        }
    }
}
