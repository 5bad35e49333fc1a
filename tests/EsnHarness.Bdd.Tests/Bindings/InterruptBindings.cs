namespace EsnHarness.Bdd.Tests.Bindings;

/// <summary>A step that only ends when the run is stopped, and clean-up that records the token it was given.</summary>
[Binding]
public sealed class InterruptBindings(Recorder runLog)
{
    [Given("a step that runs until the run is stopped")]
    public async Task RunUntilStopped(CancellationToken cancellationToken)
    {
        runLog.Add("running");
        await Task.Delay(Timeout.Infinite, cancellationToken); // ok: the step's only way to end is the run being stopped
    }

    [Given("a step that records {string}")]
    public void Record(string text) => runLog.Add(text);

    [AfterScenario]
    public void CleanUp(ScenarioContext scenario, CancellationToken cancellationToken) =>
        runLog.Add($"clean-up of {scenario.Name} with {(cancellationToken.IsCancellationRequested ? "a cancelled" : "a live")} token");
}
