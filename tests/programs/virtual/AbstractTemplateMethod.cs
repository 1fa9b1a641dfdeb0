using System;

abstract class Report
{
    public string Render()
    {
        string s = Header();
        for (int i = 0; i < Rows(); i++) s += "\n" + Row(i);
        return s + "\n" + Footer();
    }
    protected virtual string Header() { return "== " + Title + " =="; }
    protected abstract int Rows();
    protected abstract string Row(int i);
    protected virtual string Footer() { return "-- end --"; }
    public abstract string Title { get; }
}

class Squares : Report
{
    public override string Title { get { return "squares"; } }
    protected override int Rows() { return 4; }
    protected override string Row(int i) { return i + "^2=" + (i * i); }
}

class Letters : Report
{
    string text;
    public Letters(string t) { text = t; }
    public override string Title { get { return "letters of " + text; } }
    protected override int Rows() { return text.Length; }
    protected override string Row(int i) { return text[i] + " is " + (char.IsUpper(text[i]) ? "upper" : "lower"); }
    protected override string Footer() { return base.Footer() + " (" + text.Length + ")"; }
}

class AbstractTemplateMethod
{
    static void Main()
    {
        Report[] rs = new Report[] { new Squares(), new Letters("aBc") };
        for (int i = 0; i < rs.Length; i++) Console.WriteLine(rs[i].Render());
    }
}
