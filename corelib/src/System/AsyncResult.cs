namespace System
{
    // The asynchronous-programming-model pair that every delegate's BeginInvoke/EndInvoke mentions.
    public delegate void AsyncCallback(IAsyncResult ar);

    public interface IAsyncResult
    {
        object AsyncState { get; }
        System.Threading.WaitHandle AsyncWaitHandle { get; }
        bool CompletedSynchronously { get; }
        bool IsCompleted { get; }
    }
}
