namespace EsnHarness.Bdd.Tests.Bindings;

/// <summary>Scenario-scoped (or run-scoped when put in the TestRunContext): what the steps received, in order.</summary>
public sealed class Recorder : IDisposable
{
    private readonly List<string> _events = [];
    private readonly Lock _gate = new();

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
        }
    }

    public void Dispose() => Disposed = true;
}
