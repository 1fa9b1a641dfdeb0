using System.Threading.Tasks;

// A classic async method whose task completes on a pool thread.
public static class Classic
{
    public static async Task<int> OnPool(int x)
    {
        await Task.Delay(5).ConfigureAwait(false);
        return x + 1;
    }
}
