namespace EsnHarness.Bdd;

/// <summary>
/// An exclusive lane for scenarios that measure time (tagged <see cref="Tag"/>, e.g. <c>@kpi</c>): a measured scenario never
/// runs beside an unmeasured one, so functional work never takes the cores from under a measurement; measured scenarios
/// run beside each other, at most <see cref="Workers"/> at once (they mostly wait on modelled latency). Once a measured
/// scenario is waiting, no new unmeasured one starts until the measurements have run. Share one lane between every run
/// of a process (e.g. the passes of <c>esn mutate</c>) so the policy holds across them. Thread-safe.
/// </summary>
public sealed class MeasurementLane
{
    private readonly Lock _gate = new();
    private readonly Queue<TaskCompletionSource> _measuredWaiting = new();
    private readonly Queue<TaskCompletionSource> _otherWaiting = new();
    private int _measuredActive;
    private int _otherActive;

    /// <summary>Creates a lane.</summary>
    /// <param name="tag">The tag of measured scenarios, e.g. <c>@kpi</c>.</param>
    /// <param name="workers">How many measured scenarios may run at once (at least 1).</param>
    /// <exception cref="ArgumentException">An empty tag or fewer than one worker.</exception>
    public MeasurementLane(string tag = "@kpi", int workers = 4)
    {
        if (string.IsNullOrWhiteSpace(tag) || !tag.StartsWith('@'))
        {
            throw new ArgumentException($"a measurement tag starts with '@', got '{tag}'", nameof(tag));
        }

        if (workers < 1)
        {
            throw new ArgumentException($"measurement workers must be at least 1, got {workers}", nameof(workers));
        }

        Tag = tag;
        Workers = workers;
    }

    /// <summary>The tag of measured scenarios.</summary>
    public string Tag { get; }

    /// <summary>Measured scenarios that may run at once.</summary>
    public int Workers { get; }

    /// <summary>Whether a scenario with these tags is measured.</summary>
    public bool IsMeasured(IEnumerable<string> tags) => tags.Contains(Tag, StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits until a scenario of this kind may run; dispose the result when it has finished.</summary>
    public async Task<IDisposable> EnterAsync(bool measured, CancellationToken cancellationToken)
    {
        TaskCompletionSource? wait = null;
        lock (_gate)
        {
            if (CanEnter(measured))
            {
                Admit(measured);
                return new Ticket(this, measured);
            }

            wait = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            (measured ? _measuredWaiting : _otherWaiting).Enqueue(wait);
        }

        using (cancellationToken.Register(() => Abandon(wait, measured)))
        {
            await wait.Task.ConfigureAwait(false);
        }

        return new Ticket(this, measured);
    }

    private bool CanEnter(bool measured) => measured
        ? _otherActive == 0 && _measuredActive < Workers && _measuredWaiting.Count == 0
        : _measuredActive == 0 && _measuredWaiting.Count == 0 && _otherWaiting.Count == 0;

    private void Admit(bool measured)
    {
        if (measured)
        {
            _measuredActive++;
        }
        else
        {
            _otherActive++;
        }
    }

    private void Abandon(TaskCompletionSource wait, bool measured)
    {
        lock (_gate)
        {
            var queue = measured ? _measuredWaiting : _otherWaiting;
            var kept = queue.Where(w => w != wait).ToList();
            if (kept.Count == queue.Count)
            {
                return; // already admitted: the ticket is released by its owner
            }

            queue.Clear();
            foreach (var w in kept)
            {
                queue.Enqueue(w);
            }

            ReleaseWaitersLocked();
        }

        wait.TrySetCanceled();
    }

    private void Leave(bool measured)
    {
        lock (_gate)
        {
            if (measured)
            {
                _measuredActive--;
            }
            else
            {
                _otherActive--;
            }

            ReleaseWaitersLocked();
        }
    }

    /// <summary>Measurements first: while one waits, it goes as soon as unmeasured work has drained; unmeasured work goes
    /// once no measurement runs or waits.</summary>
    private void ReleaseWaitersLocked()
    {
        if (_measuredWaiting.Count > 0)
        {
            while (_otherActive == 0 && _measuredActive < Workers && _measuredWaiting.TryDequeue(out var next))
            {
                _measuredActive++;
                next.TrySetResult();
            }

            return;
        }

        if (_measuredActive == 0)
        {
            while (_otherWaiting.TryDequeue(out var next))
            {
                _otherActive++;
                next.TrySetResult();
            }
        }
    }

    private sealed class Ticket(MeasurementLane lane, bool measured) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                lane.Leave(measured);
            }
        }
    }
}
