using EsnHarness.Steps.Drivers;

namespace EsnHarness.Steps.Internal;

/// <summary>
/// Events observed on one stream, kept in order; waiters are completed as matching events arrive (no polling). A failed
/// wait names the last events with <paramref name="describe"/> (one line each, in the catalogue's words) and keeps them
/// as <paramref name="raw"/> gives them (e.g. protobuf JSON) for the failure's diagnostics.
/// </summary>
internal sealed class EventLog<T>(string source, Func<T, string> describe, Func<T, string>? raw = null)
    where T : class
{
    private readonly List<T> _events = [];
    private readonly List<Waiter> _waiters = [];
    private readonly Lock _lock = new();

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _events.Count;
            }
        }
    }

    public void Append(T item)
    {
        List<Waiter> done = [];
        lock (_lock)
        {
            _events.Add(item);
            foreach (var waiter in _waiters.Where(w => _events.Count - 1 >= w.From && w.Predicate(item)))
            {
                done.Add(waiter);
            }

            _waiters.RemoveAll(done.Contains);
        }

        foreach (var waiter in done)
        {
            waiter.Completion.TrySetResult(item);
        }
    }

    public IReadOnlyList<T> Snapshot(int from = 0)
    {
        lock (_lock)
        {
            return _events.Skip(from).ToArray();
        }
    }

    public T? Last(Func<T, bool> predicate)
    {
        lock (_lock)
        {
            return _events.LastOrDefault(predicate);
        }
    }

    /// <summary>The first event at index <paramref name="from"/> or later matching <paramref name="predicate"/>, awaited up to <paramref name="timeout"/>.</summary>
    public async Task<T> WaitAsync(Func<T, bool> predicate, int from, TimeSpan timeout, string expectation) =>
        await TryWaitAsync(predicate, from, timeout)
        ?? throw new ExpectationFailedException(
            $"Expected {expectation} within {timeout.TotalMilliseconds:0} ms, but it did not happen. Last events at {source}: {Recent()}", RecentRaw());

    /// <summary>Fails if an event matching <paramref name="predicate"/> arrives within <paramref name="window"/>.</summary>
    public async Task ExpectNoneAsync(Func<T, bool> predicate, int from, TimeSpan window, string unexpected)
    {
        if (await TryWaitAsync(predicate, from, window) is { } seen)
        {
            throw new ExpectationFailedException($"Expected no {unexpected} within {window.TotalMilliseconds:0} ms, but saw: {describe(seen)}");
        }
    }

    /// <summary>The matching event, or null when the deadline passes first.</summary>
    public async Task<T?> TryWaitAsync(Func<T, bool> predicate, int from, TimeSpan timeout)
    {
        Waiter waiter;
        lock (_lock)
        {
            var found = _events.Skip(from).FirstOrDefault(predicate);
            if (found is not null)
            {
                return found;
            }

            waiter = new Waiter(predicate, from, new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously));
            _waiters.Add(waiter);
        }

        try
        {
            return await waiter.Completion.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            lock (_lock)
            {
                _waiters.Remove(waiter);
            }

            return null;
        }
    }

    private string Recent()
    {
        lock (_lock)
        {
            return _events.Count == 0 ? "none" : string.Join("; ", _events.TakeLast(6).Select(describe));
        }
    }

    private string? RecentRaw()
    {
        if (raw is null)
        {
            return null;
        }

        lock (_lock)
        {
            return $"Last events at {source}, as received:\n" + string.Join("\n", _events.TakeLast(6).Select(raw));
        }
    }

    private sealed record Waiter(Func<T, bool> Predicate, int From, TaskCompletionSource<T> Completion);
}
