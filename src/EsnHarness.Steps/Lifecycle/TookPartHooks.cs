using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;

namespace EsnHarness.Steps.Lifecycle;

/// <summary>After every scenario, attaches the agencies that took part (<see cref="TookPart"/>), so reports credit an
/// agency with what its own terminals, consoles and systems did, not with what a tag claims.</summary>
[Binding]
public sealed class TookPartHooks(Cast cast, IOutputHelper output)
{
    /// <summary>Attaches <c>participants.json</c>; a scenario that failed before anyone logged on attaches an empty list.</summary>
    [AfterScenario(Name = "Record the agencies that took part")]
    public void AttachParticipants() =>
        output.Attach(TookPart.Of(cast.Participants).ToJson(), TookPart.MediaType, "participants.json");
}
