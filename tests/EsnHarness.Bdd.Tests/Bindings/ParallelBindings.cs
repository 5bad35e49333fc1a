namespace EsnHarness.Bdd.Tests.Bindings;

/// <summary>Steps that prove scenarios overlap (a rendezvous) or do not (an enter/exit log).</summary>
[Binding]
public sealed class ParallelBindings(Recorder runLog, ScenarioContext scenario)
{
    [Given("I meet {string}")]
    public async Task Meet(string partner)
    {
        runLog.Add($"arrived {scenario.Name}");
        await runLog.WaitForAsync($"arrived {partner}", TimeSpan.FromSeconds(10));
    }

    [Given("I work for a while")]
    public async Task Work()
    {
        runLog.Add($"enter {scenario.Name}");
        for (var i = 0; i < 20; i++)
        {
            await Task.Yield();
        }

        runLog.Add($"exit {scenario.Name}");
    }
}
