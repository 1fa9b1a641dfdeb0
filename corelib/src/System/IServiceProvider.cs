namespace System
{
    // The service lookup that component models and dependency injection pass around.
    public interface IServiceProvider
    {
        object GetService(Type serviceType);
    }
}
