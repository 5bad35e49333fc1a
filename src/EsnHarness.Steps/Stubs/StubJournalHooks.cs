using EsnHarness.Bdd;
using EsnHarness.Stubs;

namespace EsnHarness.Steps.Stubs;

/// <summary>When a scenario that used the HTTP stubs fails, attaches what the stubs received (secrets masked), so the
/// report shows every request, which mapping answered and any fault applied.</summary>
[Binding]
public sealed class StubJournalHooks(ScenarioStubs stubs, ScenarioContext scenario, IOutputHelper output)
{
    /// <summary>Attaches <c>stub-journal.json</c> to a failed scenario that opened a stub session.</summary>
    [AfterScenario(Name = "Attach the stub journal of a failed scenario")]
    public async Task AttachJournalOnFailure()
    {
        if (scenario.TestError is null)
        {
            return;
        }

        foreach (var session in stubs.OpenSessions)
        {
            output.Attach(StubJournal.ToJson(await session.ReceivedAsync()), "application/json", "stub-journal.json");
        }
    }
}
