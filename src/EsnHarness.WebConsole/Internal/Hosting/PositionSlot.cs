using EsnHarness.WebConsole.Internal.Mcx;

namespace EsnHarness.WebConsole.Internal.Hosting;

/// <summary>
/// The dispatcher position a console host serves now: the MCX session of one position, or none between two (a host kept for the
/// next scenario is vacated, then re-seated). The pages, the live feed and the actions always reach the current session.
/// </summary>
internal sealed class PositionSlot
{
    private readonly Lock _gate = new();
    private DispatcherSession? _session;
    private TaskCompletionSource<DispatcherSession> _filled = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The position served now; null while the host is vacant.</summary>
    public DispatcherSession? Current
    {
        get
        {
            lock (_gate)
            {
                return _session;
            }
        }
    }

    /// <summary>Serves <paramref name="session"/> (already started).</summary>
    /// <exception cref="InvalidOperationException">The host already serves a position: vacate it first.</exception>
    public void Fill(DispatcherSession session)
    {
        lock (_gate)
        {
            if (_session is not null)
            {
                throw new InvalidOperationException($"the console already serves {_session.Me}: vacate it before seating another position");
            }

            _session = session;
            _filled.TrySetResult(session);
        }
    }

    /// <summary>The position served now, or the next one seated (for a live feed that stays open while the host is vacant).</summary>
    public Task<DispatcherSession> NextAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _session is { } session ? Task.FromResult(session) : _filled.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Stops serving the current position and returns it (for the caller to end), or null when vacant.</summary>
    public DispatcherSession? Empty()
    {
        lock (_gate)
        {
            var session = _session;
            _session = null;
            if (_filled.Task.IsCompleted)
            {
                _filled = new TaskCompletionSource<DispatcherSession>(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            return session;
        }
    }
}
