namespace EsnHarness.Bdd.Tests.Bindings;

[Binding]
public sealed class WriterBindings(SharedState state, Recorder runLog)
{
    [Given("the writer stores {int}")]
    public void Store(int value)
    {
        state.Value = value;
        runLog.Add($"created {state.Id}");
    }
}
