namespace EsnHarness.Bdd.Tests.Bindings;

/// <summary>Scenario-scoped (or run-scoped when put in the TestRunContext): what the steps received, in order.</summary>
public sealed class Recorder : IDisposable
{
    private readonly List<string> _events = [];
    private readonly Lock _gate = new();
    private readonly Dictionary<string, TaskCompletionSource> _awaited = [];

    public IReadOnlyList<string> Events
    {
        get
        {
            lock (_gate)
            {
                return [.. _events];
            }
        }
    }

    public bool Disposed { get; private set; }

    public void Add(string text)
    {
        lock (_gate)
        {
            _events.Add(text);
            if (_awaited.Remove(text, out var waiter))
            {
                waiter.TrySetResult();
            }
        }
    }

    /// <summary>Completes when <paramref name="text"/> is recorded (at once if it already was).</summary>
    public Task WaitForAsync(string text, TimeSpan timeout)
    {
        lock (_gate)
        {
            if (_events.Contains(text))
            {
                return Task.CompletedTask;
            }

            if (!_awaited.TryGetValue(text, out var waiter))
            {
                _awaited[text] = waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            return waiter.Task.WaitAsync(timeout);
        }
    }

    public void Dispose() => Disposed = true;
}
