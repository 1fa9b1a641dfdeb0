// Exceptions in business-style code: a custom hierarchy with inner exceptions, filters with `when`, finally
// ordering across nested calls, try/catch inside loops with continue and break, rethrow, exceptions replacing each
// other in finally, using with throwing Dispose, and retry loops.
using System;
using System.Collections.Generic;

class AppException : Exception
{
    public int Code { get; private set; }
    public AppException(string message, int code) : base(message) { Code = code; }
    public AppException(string message, int code, Exception inner) : base(message, inner) { Code = code; }
}
class ValidationException : AppException
{
    public string Field;
    public ValidationException(string field, string message) : base(message, 400) { Field = field; }
}
class NotFoundException : AppException
{
    public NotFoundException(string what) : base(what + " not found", 404) { }
}
class TransientException : Exception { public TransientException(string m) : base(m) { } }

class Tracked : IDisposable
{
    readonly string name; readonly bool fail;
    public Tracked(string name, bool fail = false) { this.name = name; this.fail = fail; Console.WriteLine("  acquire " + name); }
    public void Dispose()
    {
        Console.WriteLine("  release " + name);
        if (fail) throw new InvalidOperationException("dispose of " + name + " failed");
    }
}

class ExceptionWorkflows
{
    static readonly List<string> log = new List<string>();

    static void Validate(string name, int age)
    {
        if (string.IsNullOrEmpty(name)) throw new ValidationException("name", "name is required");
        if (age < 0 || age > 150) throw new ValidationException("age", "age out of range: " + age);
    }

    static string Lookup(int id)
    {
        try
        {
            log.Add("lookup " + id);
            if (id > 100) throw new NotFoundException("user " + id);
            if (id == 13) throw new FormatException("bad record");
            return "user" + id;
        }
        catch (FormatException e)
        {
            throw new AppException("lookup failed for " + id, 500, e);
        }
        finally
        {
            log.Add("lookup done " + id);
        }
    }

    static int attempts;
    static int Flaky()
    {
        attempts++;
        if (attempts < 3) throw new TransientException("try " + attempts);
        return attempts * 10;
    }

    static int Depth(int n)
    {
        try
        {
            if (n == 0) throw new AppException("bottom", n);
            return Depth(n - 1);
        }
        finally { Console.Write("f" + n + " "); }
    }

    static string Classify(Exception e)
    {
        try { throw e; }
        catch (AppException a) when (a.Code >= 500) { return "server error " + a.Code; }
        catch (AppException a) when (a.Code == 404) { return "not found"; }
        catch (ValidationException v) { return "unreachable " + v.Field; }
        catch (AppException a) { return "client error " + a.Code; }
        catch (Exception x) when (x.Message.Contains("timeout")) { return "timeout"; }
        catch { return "other " + e.GetType().Name; }
    }

    static int Main()
    {
        var inputs = new[] { Tuple.Create("ann", 30), Tuple.Create("", 5), Tuple.Create("bob", 200), Tuple.Create("cy", -1), Tuple.Create("dee", 44) };
        int valid = 0;
        foreach (var input in inputs)
        {
            try
            {
                Validate(input.Item1, input.Item2);
                valid++;
            }
            catch (ValidationException e) when (e.Field == "age")
            {
                Console.WriteLine("age problem: " + e.Message);
                continue;
            }
            catch (ValidationException e)
            {
                Console.WriteLine("other problem in " + e.Field + ": " + e.Message + " code " + e.Code);
            }
            finally
            {
                Console.WriteLine("checked " + (input.Item1 == "" ? "<empty>" : input.Item1));
            }
            Console.WriteLine("after " + input.Item1);
        }
        Console.WriteLine("valid " + valid);

        foreach (int id in new[] { 1, 13, 404 })
        {
            try { Console.WriteLine(Lookup(id)); }
            catch (NotFoundException e) { Console.WriteLine("NF: " + e.Message + " " + e.Code); }
            catch (AppException e) { Console.WriteLine("APP: " + e.Message + " inner " + e.InnerException.GetType().Name + ": " + e.InnerException.Message); }
        }
        Console.WriteLine(string.Join(" | ", log));

        int result = 0;
        for (int i = 0; i < 5; i++)
        {
            try { result = Flaky(); break; }
            catch (TransientException e) { Console.WriteLine("retry after " + e.Message); }
        }
        Console.WriteLine("flaky result " + result + " after " + attempts + " attempts");

        try { Depth(3); } catch (AppException e) { Console.WriteLine("| caught " + e.Message); }

        Exception[] samples = { new AppException("x", 503), new NotFoundException("y"), new ValidationException("f", "z"), new TimeoutException("timeout!"), new InvalidCastException("c"), new AppException("w", 409) };
        foreach (var s in samples) Console.WriteLine("classify: " + Classify(s));

        try
        {
            try { throw new InvalidOperationException("first"); }
            finally { Console.WriteLine("finally runs before outer catch"); }
        }
        catch (InvalidOperationException e) { Console.WriteLine("outer caught " + e.Message); }

        try
        {
            try { throw new ArgumentException("original"); }
            finally { throw new NotSupportedException("replacement"); }
        }
        catch (Exception e) { Console.WriteLine("finally replaced: " + e.GetType().Name + " " + e.Message); }

        try
        {
            try { throw new AppException("rethrown", 1); }
            catch (AppException e) { e.Data["step"] = "inner"; Console.WriteLine("logging and rethrowing"); throw; }
        }
        catch (AppException e) { Console.WriteLine("rethrow kept type and message: " + e.Message + " data " + e.Data["step"]); }

        try
        {
            using (new Tracked("outer"))
            using (new Tracked("inner", fail: true))
            {
                Console.WriteLine("  body");
            }
        }
        catch (InvalidOperationException e) { Console.WriteLine("dispose threw: " + e.Message); }

        try
        {
            using (new Tracked("guard"))
            {
                throw new AppException("inside using", 7);
            }
        }
        catch (AppException e) { Console.WriteLine("using released before catch: " + e.Message); }

        int caught = 0;
        for (int i = 0; i < 10; i++)
        {
            try
            {
                if (i % 3 == 0) throw new AppException("loop " + i, i);
                if (i == 8) break;
            }
            catch (AppException) { caught++; }
            finally { if (i == 8) Console.WriteLine("finally on break at " + i); }
        }
        Console.WriteLine("caught in loop " + caught);
        Console.WriteLine("never thrown has no stack trace: " + (new AppException("idle", 0).StackTrace == null));
        try { Depth(1); }
        catch (AppException e) { Console.WriteLine("| stack trace names the thrower: " + (e.StackTrace != null && e.StackTrace.Contains("Depth"))); }
        var agg = new AggregateException("many", new AppException("a", 1), new NotFoundException("b"));
        Console.WriteLine("aggregate " + agg.InnerExceptions.Count + " " + agg.InnerExceptions[1].Message);
        return 100;
    }
}
