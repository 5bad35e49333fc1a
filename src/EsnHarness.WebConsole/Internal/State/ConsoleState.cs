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

    /// <summary>
    /// A voice frame counted on an audio meter: made under the lock like any change, but the screens are told only when
    /// <paramref name="count"/> returns true (<see cref="AudioMeter.Worth"/>: a burst's first frame, every fifth, its end). A burst
    /// of 50 frames a second then redraws every screen 10 times a second, not 50; a count in between goes out with the next change
    /// shown, and the last one always does.
    /// </summary>
    public void Count(Func<ConsoleModel, bool> count)
    {
        bool shown;
        lock (_gate)
        {
            shown = count(model);
            model.Version++;
        }

        if (shown)
        {
            Feed.Publish();
        }
    }

    public T Read<T>(Func<ConsoleModel, T> read)
    {
        lock (_gate)
        {
            return read(model);
        }
    }
}
