using System;
using System.Collections.Generic;

// An event bus as a new user writes one: handlers are delegates, and the log names them through Delegate.Method.
class OrderPlaced { public int Id; public OrderPlaced(int id) { Id = id; } }
class OrderShipped { public int Id; public OrderShipped(int id) { Id = id; } }

class EventBus
{
    private readonly Dictionary<Type, List<Delegate>> handlers = new Dictionary<Type, List<Delegate>>();

    public void Subscribe<T>(Action<T> handler)
    {
        List<Delegate> list;
        if (!handlers.TryGetValue(typeof(T), out list)) { list = new List<Delegate>(); handlers[typeof(T)] = list; }
        list.Add(handler);
        Console.WriteLine("subscribed " + handler.Method.Name + " (" + handler.Method.DeclaringType.Name + ") to " + typeof(T).Name);
    }

    public void Publish<T>(T message)
    {
        List<Delegate> list;
        if (!handlers.TryGetValue(typeof(T), out list)) { Console.WriteLine("nobody listens to " + typeof(T).Name); return; }
        foreach (Delegate d in list)
        {
            Console.WriteLine("  -> " + d.Method.Name + (d.Target == null ? " (static)" : " on " + d.Target.GetType().Name));
            ((Action<T>)d)(message);
        }
    }
}

class Billing
{
    public int Total;
    public void OnPlaced(OrderPlaced e) { Total += e.Id * 10; Console.WriteLine("    billing order " + e.Id); }
}

static class Program
{
    static void AuditPlaced(OrderPlaced e) { Console.WriteLine("    audit placed " + e.Id); }
    static void AuditShipped(OrderShipped e) { Console.WriteLine("    audit shipped " + e.Id); }

    static int Main()
    {
        EventBus bus = new EventBus();
        Billing billing = new Billing();
        bus.Subscribe<OrderPlaced>(AuditPlaced);
        bus.Subscribe<OrderPlaced>(billing.OnPlaced);
        bus.Subscribe<OrderShipped>(AuditShipped);
        bus.Publish(new OrderPlaced(1));
        bus.Publish(new OrderPlaced(2));
        bus.Publish(new OrderShipped(1));
        bus.Publish("unrouted");
        Action<OrderPlaced> both = AuditPlaced;
        both += billing.OnPlaced;
        Console.WriteLine("multicast method: " + both.Method.Name + ", " + both.GetInvocationList().Length + " targets");
        Console.WriteLine("same MethodInfo: " + (both.Method == ((Action<OrderPlaced>)billing.OnPlaced).Method));
        Console.WriteLine("billing total " + billing.Total);
        return 0;
    }
}
