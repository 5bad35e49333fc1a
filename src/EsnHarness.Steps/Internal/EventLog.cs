using EsnHarness.Steps.Drivers;

namespace EsnHarness.Steps.Internal;

/// <summary>
/// Events observed on one stream, kept in order; waiters are completed as matching events arrive (no polling). A failed
/// wait names the last events one line each, in the words <paramref name="describe"/> gives them; with
/// <paramref name="attach"/>, the raw events (<paramref name="raw"/>) go to an attachment instead of the message.
/// </summary>
/// <param name="source">Where the events come from, e.g. "PC Patel's terminal".</param>
/// <param name="describe">One line per event; a leading "HH:mm:ss.fff " time is left out when repeated lines are folded.</param>
/// <param name="raw">The event as its payload (e.g. protobuf JSON), for the attachment.</param>
/// <param name="attach">Attaches the raw recent events (as a JSON array) when a wait fails.</param>
internal sealed class EventLog<T>(string source, Func<T, string> describe, Func<T, string>? raw = null, Action<string>? attach = null)
    where T : class
{
    private const int RecentLines = 8;
    private const int RawEvents = 30;
    private const int RecentWindow = 2000;
    private readonly List<T> _events = [];
    private readonly List<Waiter> _waiters = [];
    private readonly Lock _lock = new();
    private string? _ended;

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

    /// <summary>Why no more events will come (the stream ended or failed); null while it is open.</summary>
    public string? Ended
    {
        get
        {
            lock (_lock)
            {
                return _ended;
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

    /// <summary>No more events will come: every waiter is answered now (with nothing), and later waits answer at once.</summary>
    public void End(string reason)
    {
        List<Waiter> waiting;
        lock (_lock)
        {
            _ended ??= reason;
            waiting = [.. _waiters];
            _waiters.Clear();
        }

        foreach (var waiter in waiting)
        {
            waiter.Completion.TrySetResult(null);
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
        ?? throw Failure($"Expected {expectation} within {timeout.TotalMilliseconds:0} ms, but {(Ended is { } why ? $"no more events can come: {why}" : "it did not happen")}.");

    /// <summary>Fails if an event matching <paramref name="predicate"/> arrives within <paramref name="window"/>, or if the stream ends so that none could be seen.</summary>
    public async Task ExpectNoneAsync(Func<T, bool> predicate, int from, TimeSpan window, string unexpected)
    {
        if (await TryWaitAsync(predicate, from, window) is { } seen)
        {
            throw Failure($"Expected no {unexpected} within {window.TotalMilliseconds:0} ms, but saw: {describe(seen)}.");
        }

        if (Ended is { } why)
        {
            throw Failure($"Could not watch for {unexpected} for {window.TotalMilliseconds:0} ms: {why}.");
        }
    }

    /// <summary>The matching event, or null when the deadline passes or the stream ends first.</summary>
    public async Task<T?> TryWaitAsync(Func<T, bool> predicate, int from, TimeSpan timeout)
    {
        Waiter waiter;
        lock (_lock)
        {
            var found = _events.Skip(from).FirstOrDefault(predicate);
            if (found is not null || _ended is not null)
            {
                return found;
            }

            waiter = new Waiter(predicate, from, new TaskCompletionSource<T?>(TaskCreationOptions.RunContinuationsAsynchronously));
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

    private ExpectationFailedException Failure(string message)
    {
        T[] recent;
        lock (_lock)
        {
            // A talker who keeps speaking sends fifty frames a second: the window reaches back past a long burst to what came before it.
            recent = [.. _events.TakeLast(RecentWindow)];
        }

        var lines = recent.Select(describe).ToArray();
        if (attach is not null && raw is not null && recent.Length > 0)
        {
            // The first event of each run of alike ones (the frames of one burst), and the very last: what happened, not 30 frames.
            var changes = recent.Where((_, i) => i == 0 || i == recent.Length - 1 || WithoutTime(lines[i]) != WithoutTime(lines[i - 1]));
            attach("[\n" + string.Join(",\n", changes.TakeLast(RawEvents).Select(raw)) + "\n]");
        }

        return new ExpectationFailedException(recent.Length == 0
            ? $"{message} No events at {source}."
            : $"{message} Last events at {source}:\n  " + string.Join("\n  ", Folded(lines).TakeLast(RecentLines)));
    }

    /// <summary>Repeated lines (voice frames of one burst, say) as one line with a count; the time is that of the first.</summary>
    private static IEnumerable<string> Folded(IEnumerable<string> lines)
    {
        string? first = null;
        string? key = null;
        var count = 0;
        foreach (var line in lines)
        {
            var k = WithoutTime(line);
            if (k == key)
            {
                count++;
                continue;
            }

            if (first is not null)
            {
                yield return count > 1 ? $"{first} (×{count})" : first;
            }

            (first, key, count) = (line, k, 1);
        }

        if (first is not null)
        {
            yield return count > 1 ? $"{first} (×{count})" : first;
        }
    }

    private static string WithoutTime(string line) =>
        line.Length > 13 && line[2] == ':' && line[5] == ':' && line[8] == '.' && line[12] == ' ' ? line[13..] : line;

    private sealed record Waiter(Func<T, bool> Predicate, int From, TaskCompletionSource<T?> Completion);
}
