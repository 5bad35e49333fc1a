namespace EsnHarness.Bdd.Tests.Bindings;

[Binding]
public sealed class FlakyBindings(Recorder runLog)
{
    [Given("a step that fails {int} time(s)")]
    public void Flaky(int failures)
    {
        runLog.Add("attempt");
        if (runLog.Events.Count <= failures)
        {
            throw new InvalidOperationException($"failure {runLog.Events.Count}");
        }
    }

    [Given("a step that always fails")]
    public void Fails() => throw new InvalidOperationException("always");

    [Given("a step that notes {string}")]
    public void Note(string text) => runLog.Add(text);

    [Given("a step that waits for cancellation")]
    public async Task WaitForCancel(CancellationToken cancellationToken)
    {
        runLog.Add("waiting");
        await Task.Delay(Timeout.Infinite, cancellationToken); // ok: a step that only ends when the run is cancelled
    }
}
