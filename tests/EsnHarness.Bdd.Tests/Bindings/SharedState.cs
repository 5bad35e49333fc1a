namespace EsnHarness.Bdd.Tests.Bindings;

/// <summary>Scenario-scoped: one per scenario, shared by every binding class, disposed at the scenario's end.</summary>
public sealed class SharedState(Recorder runLog) : IAsyncDisposable
{
    public Guid Id { get; } = Guid.NewGuid();

    public int Value { get; set; }

    public ValueTask DisposeAsync()
    {
        runLog.Add($"disposed {Id}");
        return ValueTask.CompletedTask;
    }
}
