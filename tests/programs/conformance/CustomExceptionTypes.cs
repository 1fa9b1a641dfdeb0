// Self-checking: user-defined exception hierarchies with properties, Message overrides, InnerException chains
// and exceptions thrown from constructors, properties, indexers, operators and static methods.
using System;
using System.Collections.Generic;

class AppException : Exception
{
    public AppException(string message) : base(message) { }
    public AppException(string message, Exception inner) : base(message, inner) { }
}

class ValidationException : AppException
{
    public string Field { get; private set; }
    public object Value { get; private set; }
    public ValidationException(string field, object value) : base("invalid " + field) { Field = field; Value = value; }
}

class RetryableException : AppException
{
    public int Attempts;
    public RetryableException(int attempts) : base("retry") { Attempts = attempts; }
    public override string Message { get { return "retry after " + Attempts + " attempts"; } }
}

class Account
{
    private int balance;
    public Account(int initial)
    {
        if (initial < 0) throw new ValidationException("initial", initial);
        balance = initial;
    }
    public int Balance
    {
        get { return balance; }
        set { if (value < 0) throw new ValidationException("Balance", value); balance = value; }
    }
    public int this[int month]
    {
        get { if (month < 1 || month > 12) throw new ArgumentOutOfRangeException("month"); return balance * month; }
    }
    public static Account operator -(Account a, int amount)
    {
        if (amount > a.balance) throw new AppException("insufficient funds");
        return new Account(a.balance - amount);
    }
}

class CustomExceptionTypes
{
    static int failures;

    static void Check(string what, string got, string expected)
    {
        if (got != expected) { Console.WriteLine("FAIL " + what + ": got " + got + ", expected " + expected); failures++; }
    }

    static string Try(Action a)
    {
        try { a(); return "ok"; }
        catch (ValidationException e) { return "validation:" + e.Field + "=" + e.Value + ":" + e.Message; }
        catch (AppException e) { return e.GetType().Name + ":" + e.Message; }
        catch (ArgumentOutOfRangeException e) { return "range:" + e.ParamName; }
    }

    static int attempts;
    static int Flaky()
    {
        attempts++;
        if (attempts < 3) throw new RetryableException(attempts);
        return 42;
    }

    static int Main()
    {
        Check("ctor throws", Try(() => new Account(-1)), "validation:initial=-1:invalid initial");
        var acc = new Account(100);
        Check("setter throws", Try(() => acc.Balance = -5), "validation:Balance=-5:invalid Balance");
        Check("balance unchanged", acc.Balance.ToString(), "100");
        Check("indexer throws", Try(() => { int x = acc[13]; }), "range:month");
        Check("indexer ok", acc[2].ToString(), "200");
        Check("operator throws", Try(() => { var b = acc - 500; }), "AppException:insufficient funds");
        Check("operator ok", (acc - 30).Balance.ToString(), "70");

        // retry loop with custom exception
        int result = 0;
        var messages = new List<string>();
        while (true)
        {
            try { result = Flaky(); break; }
            catch (RetryableException e) { messages.Add(e.Message); }
        }
        Check("retry result", result.ToString(), "42");
        Check("retry messages", string.Join(";", messages), "retry after 1 attempts;retry after 2 attempts");

        // inner exception chains
        Exception chain = null;
        try
        {
            try
            {
                try { throw new ValidationException("x", 1); }
                catch (Exception e) { throw new AppException("level2", e); }
            }
            catch (Exception e) { throw new AppException("level3", e); }
        }
        catch (Exception e) { chain = e; }
        string names = "";
        for (Exception e = chain; e != null; e = e.InnerException) names += e.Message + ">";
        Check("inner chain", names, "level3>level2>invalid x>");

        // exception as a value
        var ex = new ValidationException("f", "v");
        Check("not thrown yet", (ex.InnerException == null).ToString(), "True");
        Check("is AppException", (ex is AppException).ToString(), "True");
        Check("is Exception", ((object)ex is Exception).ToString(), "True");
        Exception thrownLater = null;
        try { throw ex; } catch (Exception e) { thrownLater = e; }
        Check("same object", ReferenceEquals(ex, thrownLater).ToString(), "True");

        // Exception without message gets the default text
        var plain = new Exception();
        Check("default message mentions type", plain.Message.Contains("System.Exception").ToString(), "True");
        Check("explicit message", new Exception("m").Message, "m");

        // generic method throwing custom exception
        Check("generic throw", Try(() => Require<string>(null, "name")), "validation:name=:invalid name");
        Check("generic ok", Try(() => Require(5, "n")), "ok");

        if (failures == 0) { Console.WriteLine("PASS"); return 100; }
        return 1;
    }

    static T Require<T>(T value, string name)
    {
        if (value == null) throw new ValidationException(name, value);
        return value;
    }
}
