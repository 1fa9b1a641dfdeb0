// Contracts whose signatures name a type of Gone.dll, next to members that do not.
public interface IWriter
{
    void Write(Gone g);
    string Hello();
}

public abstract class Base
{
    public abstract void Take(Gone g);
    public virtual string Name() { return "base"; }
}
