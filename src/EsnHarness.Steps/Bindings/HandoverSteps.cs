using EsnHarness.Bdd;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Bindings;

/// <summary>An incident handed between services' control rooms that share a space but not their systems: a private call and a structured SDS.</summary>
[Binding]
public sealed class HandoverSteps(Handovers handovers)
{
    /// <summary>Hand over.</summary>
    [When("the {controlRoom} dispatcher hands incident {string} over to {controlRoom}:", Description = "The dispatcher calls the other control room's dispatcher privately (automatic commencement), then sends a structured SDS with the incident reference and the fields of the table (columns field, value).",
        Example = "When the MetCC dispatcher hands incident \"CAD-4471\" over to LAS EOC:\n  | field | value |\n  | location | Kennington Park Road SE11 |")]
    public Task HandOver(ControlRoom from, string incident, ControlRoom to, DataTable table) =>
        handovers.HandOverAsync(from, incident, to, [.. table.Rows.Select(r => new KeyValuePair<string, string>(SetupSteps.Cell(r, "field"), SetupSteps.Cell(r, "value")))]);

    /// <summary>Received intact.</summary>
    [Then("the {controlRoom} console receives the handover of incident {string} from {controlRoom} with every field", Description = "The console has the structured SDS from the other control room's dispatcher, with the reference and every field as sent.",
        Example = "Then the LAS EOC console receives the handover of incident \"CAD-4471\" from MetCC with every field")]
    public Task Received(ControlRoom to, string incident, ControlRoom from) => handovers.ExpectReceivedAsync(to, incident, from);

    /// <summary>Read.</summary>
    [When("the {controlRoom} dispatcher reads the handover of incident {string}", Description = "The receiving dispatcher opens the handover SDS.",
        Example = "When the LAS EOC dispatcher reads the handover of incident \"CAD-4471\"")]
    public Task Read(ControlRoom to, string incident) => handovers.ReadAsync(to, incident);

    /// <summary>Read receipt back.</summary>
    [Then("the {controlRoom} dispatcher sees the handover of incident {string} read by {controlRoom}", Description = "The sending dispatcher is told the receiving dispatcher read the handover (READ disposition).",
        Example = "Then the MetCC dispatcher sees the handover of incident \"CAD-4471\" read by LAS EOC")]
    public Task SeenRead(ControlRoom from, string incident, ControlRoom to) => handovers.ExpectReadAsync(from, incident, to);
}
