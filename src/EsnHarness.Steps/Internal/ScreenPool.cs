namespace EsnHarness.Steps.Internal;

/// <summary>
/// Run-scoped: the embedded consoles and logged-in pages that scenarios have finished with, for the next scenarios to seat their
/// dispatchers at, so a run starts a browser context, a renderer and a login per screen it needs at once, not per seat. The most
/// recently kept screen is handed out first. Disposing it closes every kept screen; one kept after that is closed at once.
/// </summary>
internal sealed class ScreenPool : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly Stack<KeptScreen> _idle = new();
    private bool _closed;

    /// <summary>A kept screen, or false when none is free.</summary>
    public bool TryTake(out KeptScreen screen)
    {
        lock (_gate)
        {
            if (!_closed && _idle.TryPop(out var kept))
            {
                screen = kept;
                return true;
            }
        }

        screen = null!;
        return false;
    }

    /// <summary>Keeps a vacated screen for a later seat.</summary>
    public async ValueTask KeepAsync(KeptScreen screen)
    {
        lock (_gate)
        {
            if (!_closed)
            {
                _idle.Push(screen);
                return;
            }
        }

        await screen.DisposeAsync();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        KeptScreen[] idle;
        lock (_gate)
        {
            _closed = true;
            idle = [.. _idle];
            _idle.Clear();
        }

        foreach (var screen in idle)
        {
            await screen.DisposeAsync();
        }
    }
}
