using System;
using System.Collections.Generic;
using System.Reflection;

// A small dependency-injection container: constructor injection through ConstructorInfo.Invoke, singletons and
// transients, interface-to-implementation registrations, and Activator for parameterless types.
interface ILogger { void Log(string message); }
interface IClock { int Now(); }
interface IRepository { string Find(int id); }

class ConsoleLogger : ILogger
{
    private static int instances;
    private readonly int id;
    public ConsoleLogger() { id = ++instances; }
    public void Log(string message) { Console.WriteLine("[log " + id + "] " + message); }
}

class FixedClock : IClock { public int Now() { return 1200; } }

class Repository : IRepository
{
    private readonly ILogger logger;
    public Repository(ILogger logger) { this.logger = logger; }
    public string Find(int id) { logger.Log("find " + id); return "item" + id; }
}

class OrderService
{
    private readonly IRepository repository;
    private readonly ILogger logger;
    private readonly IClock clock;
    public OrderService(IRepository repository, ILogger logger, IClock clock)
    {
        this.repository = repository;
        this.logger = logger;
        this.clock = clock;
    }
    public void Place(int id) { logger.Log("placing " + repository.Find(id) + " at " + clock.Now()); }
}

class Broken
{
    public Broken(ILogger logger) { throw new InvalidOperationException("cannot build Broken"); }
}

class Container
{
    private readonly Dictionary<Type, Type> registrations = new Dictionary<Type, Type>();
    private readonly Dictionary<Type, object> singletons = new Dictionary<Type, object>();
    private readonly HashSet<Type> singletonTypes = new HashSet<Type>();

    public void Register<TService, TImpl>(bool singleton) where TImpl : TService
    {
        registrations[typeof(TService)] = typeof(TImpl);
        if (singleton) singletonTypes.Add(typeof(TService));
    }

    public T Resolve<T>() { return (T)Resolve(typeof(T), 0); }

    private object Resolve(Type service, int depth)
    {
        object existing;
        if (singletons.TryGetValue(service, out existing)) return existing;
        Type impl;
        if (!registrations.TryGetValue(service, out impl)) impl = service;
        if (impl.IsInterface) throw new InvalidOperationException("no registration for " + service.Name);
        ConstructorInfo[] ctors = impl.GetConstructors();
        ConstructorInfo best = ctors[0];
        foreach (ConstructorInfo c in ctors) if (c.GetParameters().Length > best.GetParameters().Length) best = c;
        ParameterInfo[] parameters = best.GetParameters();
        object[] args = new object[parameters.Length];
        string indent = new string(' ', depth * 2);
        Console.WriteLine(indent + "building " + impl.Name + " with " + parameters.Length + " dependencies");
        for (int i = 0; i < parameters.Length; i++)
        {
            Console.WriteLine(indent + "  " + parameters[i].Name + " : " + parameters[i].ParameterType.Name);
            args[i] = Resolve(parameters[i].ParameterType, depth + 1);
        }
        object created = parameters.Length == 0 ? Activator.CreateInstance(impl) : best.Invoke(args);
        if (singletonTypes.Contains(service)) singletons[service] = created;
        return created;
    }
}

static class Program
{
    static int Main()
    {
        Container c = new Container();
        c.Register<ILogger, ConsoleLogger>(true);
        c.Register<IClock, FixedClock>(false);
        c.Register<IRepository, Repository>(false);
        OrderService service = c.Resolve<OrderService>();
        service.Place(7);
        c.Resolve<OrderService>().Place(8);
        Console.WriteLine("same logger: " + ReferenceEquals(c.Resolve<ILogger>(), c.Resolve<ILogger>()));
        try { c.Resolve<Broken>(); }
        catch (TargetInvocationException e) { Console.WriteLine("wrapped: " + e.InnerException.Message); }
        try { c.Resolve<IComparable>(); }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        ConstructorInfo none = typeof(Repository).GetConstructor(Type.EmptyTypes);
        Console.WriteLine("Repository() exists: " + (none != null));
        try { Activator.CreateInstance(typeof(Repository)); }
        catch (MissingMethodException) { Console.WriteLine("MissingMethodException for Repository()"); }
        object logger = Activator.CreateInstance(typeof(ConsoleLogger));
        ((ILogger)logger).Log("made by Activator");
        return 0;
    }
}
