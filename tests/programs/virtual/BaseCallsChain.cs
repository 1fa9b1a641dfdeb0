using System;

class Logger
{
    public virtual string Format(string msg) { return msg; }
    public virtual int Level() { return 0; }
}
class TimestampLogger : Logger
{
    public override string Format(string msg) { return "[t] " + base.Format(msg); }
    public override int Level() { return base.Level() + 1; }
}
class PrefixLogger : TimestampLogger
{
    string prefix;
    public PrefixLogger(string p) { prefix = p; }
    public override string Format(string msg) { return prefix + base.Format(msg.Length > 5 ? msg.Substring(0, 5) : msg); }
    public override int Level() { return base.Level() * 10; }
}
class UpperLogger : PrefixLogger
{
    public UpperLogger() : base("U:") { }
    public override string Format(string msg)
    {
        char[] cs = msg.ToCharArray();
        for (int i = 0; i < cs.Length; i++) cs[i] = char.ToUpper(cs[i]);
        return base.Format(new string(cs));
    }
}

class BaseCallsChain
{
    static void Main()
    {
        Logger[] ls = new Logger[] { new Logger(), new TimestampLogger(), new PrefixLogger("P:"), new UpperLogger() };
        for (int i = 0; i < ls.Length; i++) Console.WriteLine(ls[i].Format("message") + " level " + ls[i].Level());
    }
}
