using System;
using System.Collections.Generic;
using System.Reflection;

// A dependency-injection container with open generic registrations (IRepository<> to Repository<>): a request for
// IRepository<User> is served by Repository<User>, built with MakeGenericType and constructor injection through
// ConstructorInfo.Invoke; singletons per closed type. Ahead-of-time compilation needs each closed implementation
// compiled: the program names them with constant MakeGenericType calls (KnownInstantiations), which the compiler
// sees, as NativeAOT applications list what their containers will build.
interface IEntity { int Id { get; } }
class User : IEntity { public int Id { get { return 1; } } public override string ToString() { return "User#1"; } }
class Order : IEntity { public int Id { get { return 2; } } public override string ToString() { return "Order#2"; } }

interface IClock { string Now(); }
class FixedClock : IClock { public string Now() { return "12:00"; } }

interface ILog<T> { void Write(string message); }
class Log<T> : ILog<T>
{
    private readonly IClock clock;
    public Log(IClock clock) { this.clock = clock; }
    public void Write(string message) { Console.WriteLine("[" + clock.Now() + " " + typeof(T).Name + "] " + message); }
}

interface IRepository<T> where T : IEntity, new() { T Load(); int Loads { get; } }
class Repository<T> : IRepository<T> where T : IEntity, new()
{
    private readonly ILog<T> log;
    private int loads;
    public Repository(ILog<T> log) { this.log = log; }
    public T Load() { loads++; T item = new T(); log.Write("loaded " + item + " (" + loads + ")"); return item; }
    public int Loads { get { return loads; } }
}

class Checkout
{
    private readonly IRepository<User> users;
    private readonly IRepository<Order> orders;
    public Checkout(IRepository<User> users, IRepository<Order> orders) { this.users = users; this.orders = orders; }
    public string Run() { return users.Load() + " buys " + orders.Load(); }
}

class Container
{
    private readonly Dictionary<Type, Type> map = new Dictionary<Type, Type>();
    private readonly Dictionary<Type, object> singletons = new Dictionary<Type, object>();

    public void Register(Type service, Type implementation) { map[service] = implementation; }

    public T Resolve<T>() { return (T)Resolve(typeof(T)); }

    public object Resolve(Type service)
    {
        object existing;
        if (singletons.TryGetValue(service, out existing)) return existing;
        Type implementation;
        if (!map.TryGetValue(service, out implementation))
        {
            if (service.IsGenericType && map.TryGetValue(service.GetGenericTypeDefinition(), out implementation))
                implementation = implementation.MakeGenericType(service.GetGenericArguments());
            else if (!service.IsAbstract)
                implementation = service;
            else
                throw new InvalidOperationException("No registration for " + service);
        }
        ConstructorInfo constructor = implementation.GetConstructors()[0];
        ParameterInfo[] parameters = constructor.GetParameters();
        object[] arguments = new object[parameters.Length];
        for (int i = 0; i < parameters.Length; i++) arguments[i] = Resolve(parameters[i].ParameterType);
        object created = constructor.Invoke(arguments);
        singletons[service] = created;
        return created;
    }
}

class Program
{
    // The closed implementations the container builds, named so that the compiler compiles them.
    static readonly Type[] KnownInstantiations =
    {
        typeof(Repository<>).MakeGenericType(typeof(User)), typeof(Repository<>).MakeGenericType(typeof(Order)),
        typeof(Log<>).MakeGenericType(typeof(User)), typeof(Log<>).MakeGenericType(typeof(Order)),
    };

    static void Main()
    {
        foreach (Type t in KnownInstantiations) Console.WriteLine("known: " + t);
        var container = new Container();
        container.Register(typeof(IClock), typeof(FixedClock));
        container.Register(typeof(IRepository<>), typeof(Repository<>));
        container.Register(typeof(ILog<>), typeof(Log<>));
        Checkout checkout = container.Resolve<Checkout>();
        Console.WriteLine(checkout.Run());
        Console.WriteLine(checkout.Run());
        IRepository<User> users = container.Resolve<IRepository<User>>();
        Console.WriteLine(users.GetType() + " loads=" + users.Loads + " same=" + ReferenceEquals(users, container.Resolve<IRepository<User>>()));
        Console.WriteLine(container.Resolve<ILog<Order>>().GetType().Name + " " + container.Resolve<ILog<Order>>().GetType().GetGenericArguments()[0].Name);
        try { container.Resolve<IComparable>(); }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
    }
}
