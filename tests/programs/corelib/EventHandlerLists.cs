// System.ComponentModel.EventHandlerList: events stored by key (AddHandler combines, RemoveHandler removes, the
// indexer reads and replaces, keys compare by reference, AddHandlers copies another list, Dispose empties it), the
// way components declare rarely-handled events (mono's mcs test test-318).
using System;
using System.ComponentModel;

class Button
{
    static readonly object ClickKey = new object();
    static readonly object HoverKey = new object();
    readonly EventHandlerList events = new EventHandlerList();

    public EventHandlerList Events { get { return events; } }

    public event EventHandler Click
    {
        add { events.AddHandler(ClickKey, value); }
        remove { events.RemoveHandler(ClickKey, value); }
    }

    public event EventHandler Hover
    {
        add { events.AddHandler(HoverKey, value); }
        remove { events.RemoveHandler(HoverKey, value); }
    }

    public void RaiseClick() { Raise(ClickKey, "click"); }
    public void RaiseHover() { Raise(HoverKey, "hover"); }

    void Raise(object key, string what)
    {
        var handler = (EventHandler)events[key];
        if (handler == null) Console.WriteLine(what + ": no handler");
        else handler(this, EventArgs.Empty);
    }
}

static class Program
{
    static void Main()
    {
        var b = new Button();
        b.RaiseClick();
        EventHandler first = (s, e) => Console.WriteLine("first click");
        EventHandler second = (s, e) => Console.WriteLine("second click");
        b.Click += first;
        b.Click += second;
        b.Hover += (s, e) => Console.WriteLine("hover " + (s == b));
        b.RaiseClick();
        b.RaiseHover();
        b.Click -= first;
        b.RaiseClick();
        b.Click -= second;
        b.RaiseClick();
        b.Click -= second; // removing what is not there does nothing

        var list = new EventHandlerList();
        object key = "k";
        Console.WriteLine("absent: " + (list[key] == null));
        list[key] = first;
        list[key] = second; // replaces
        ((EventHandler)list[key])(null, EventArgs.Empty);
        Console.WriteLine("another string instance is another key: " + (list[new string('k', 1)] == null));
        list.RemoveHandler(new object(), first); // unknown key: nothing happens

        var copy = new EventHandlerList();
        copy.AddHandler(key, first);
        copy.AddHandlers(list);
        ((EventHandler)copy[key])(null, EventArgs.Empty);
        ((EventHandler)list[key])(null, EventArgs.Empty); // the source list keeps its own handler

        b.Events.Dispose();
        b.RaiseHover();
        b.Hover += (s, e) => Console.WriteLine("hover after dispose");
        b.RaiseHover();
    }
}
