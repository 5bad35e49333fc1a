namespace EsnHarness.WebConsole.Internal.State;

/// <summary>The console's state behind one lock: every change goes through <see cref="Mutate"/>, which tells the open screens.</summary>
internal sealed class ConsoleState(ConsoleModel model)
{
    private readonly Lock _gate = new();

    public StateFeed Feed { get; } = new();

    public void Mutate(Action<ConsoleModel> change)
    {
        lock (_gate)
        {
            change(model);
            model.Version++;
        }

        Feed.Publish();
    }

    public T Read<T>(Func<ConsoleModel, T> read)
    {
        lock (_gate)
        {
            return read(model);
        }
    }
}
