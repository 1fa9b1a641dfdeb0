using System;

class AppException : Exception
{
    public int Code;
    public AppException(string msg, int code) : base(msg) { Code = code; }
}
class DataException : AppException
{
    public string Table;
    public DataException(string table, string msg) : base("data: " + msg, 100) { Table = table; }
}
class NotFoundException : DataException
{
    public NotFoundException(string table, int id) : base(table, "id " + id + " not found") { Code = 404; }
}
class ValidationException : AppException
{
    public ValidationException(string field) : base("invalid " + field, 400) { }
}

class CustomHierarchy
{
    static void Do(int i)
    {
        if (i == 0) throw new NotFoundException("users", 7);
        if (i == 1) throw new DataException("orders", "corrupt");
        if (i == 2) throw new ValidationException("email");
        if (i == 3) throw new AppException("generic", 1);
    }

    static void Main()
    {
        for (int i = 0; i < 5; i++)
        {
            try { Do(i); Console.WriteLine(i + ": ok"); }
            catch (NotFoundException e) { Console.WriteLine(i + ": NotFound " + e.Table + " " + e.Code + " " + e.Message); }
            catch (DataException e) { Console.WriteLine(i + ": Data " + e.Table + " " + e.Code + " " + e.Message); }
            catch (AppException e) { Console.WriteLine(i + ": App " + e.Code + " " + e.Message); }
        }
        Exception ex = new NotFoundException("t", 1);
        Console.WriteLine((ex is AppException) + " " + (ex is DataException) + " " + (ex is ValidationException));
        AppException ae = ex as AppException;
        Console.WriteLine(ae.Code);
    }
}
