using System;

class Button
{
    Action<string> handlers;
    public event Action<string> Clicked
    {
        add { handlers = (Action<string>)Delegate.Combine(handlers, value); }
        remove { handlers = (Action<string>)Delegate.Remove(handlers, value); }
    }
    public string Name;
    public Button(string n) { Name = n; }
    public void Click() { if (handlers != null) handlers(Name); }
}

class ClickCounter
{
    public int Count;
    public string Last = "";
    public void OnClick(string who) { Count++; Last = who; }
}

class EventsManual
{
    static void Main()
    {
        Button ok = new Button("ok");
        Button cancel = new Button("cancel");
        ClickCounter counter = new ClickCounter();
        string log = "";
        ok.Clicked += counter.OnClick;
        cancel.Clicked += counter.OnClick;
        ok.Clicked += who => log += who + ";";
        ok.Click(); ok.Click(); cancel.Click();
        Console.WriteLine(counter.Count + " " + counter.Last + " " + log);
        ok.Clicked -= counter.OnClick;
        ok.Click();
        Console.WriteLine(counter.Count + " " + log);
        Button none = new Button("none");
        none.Click();
        Console.WriteLine("no handlers ok");
    }
}
