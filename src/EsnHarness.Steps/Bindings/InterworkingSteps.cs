using EsnHarness.Bdd;
using EsnHarness.Contracts.Interworking.V1;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Bindings;

/// <summary>The Airwave interworking function itself: its identity table, its failures and the status feed control rooms watch (TS 23.283).</summary>
[Binding]
public sealed class InterworkingSteps(Interworking interworking, InterworkingIdentities identities, InterworkingStatusFeed feed)
{
    /// <summary>Identity table.</summary>
    [Given("the interworking function maps these identities:",
        Description = "Provisions the IWF's ISSI <-> MCPTT ID table (columns: user, and optionally ISSI and functional alias). A radio user's ISSI maps to an MCPTT ID homed in the IWF (their name as display name), which joins the bridged ESN group; an ESN user's MCPTT ID maps to the ISSI given, under which the radios show them.",
        Example = "Given the interworking function maps these identities:\n  | user     | ISSI    | functional alias |\n  | PC Doyle |         | LX241            |\n  | PC Patel | 2101001 |                  |")]
    public Task Map(DataTable table) =>
        identities.MapAsync([.. table.Rows.Select(r => new IdentityRow(new UserName(SetupSteps.Cell(r, "user")), Optional(r, "ISSI"), Optional(r, "functional alias")))]);

    /// <summary>Link to the Airwave switch lost.</summary>
    [When("the interworking function loses its link to the Airwave switch for {string}",
        Description = "The IWF's link to the Airwave switch serving the talkgroup is lost while the IWF itself works: it leaves ESN cleanly and the Airwave system tells the talkgroup's radios.",
        Example = "When the interworking function loses its link to the Airwave switch for \"MPS-LX-TG1\"")]
    public Task LinkLost(string talkgroup) => interworking.FailAsync(talkgroup, BridgeFailure.TetraLinkLost, $"link to the Airwave switch lost for {talkgroup}");

    /// <summary>IWF down.</summary>
    [When("the interworking function for {string} goes down",
        Description = "The IWF bridging the talkgroup stops dead: it sends ESN nothing more (ESN learns only from its own timers) and the Airwave system tells the talkgroup's radios.",
        Example = "When the interworking function for \"LAS-SOUTH-TG\" goes down")]
    public Task Down(string talkgroup) => interworking.FailAsync(talkgroup, BridgeFailure.IwfDown, $"interworking function for {talkgroup} down");

    /// <summary>The control room is told.</summary>
    [Then("{controlRoom} is told the Airwave talkgroup {string} is no longer patched to ESN",
        Description = "The interworking status feed the control room watches (its service's bridges) reports the talkgroup's bridge failed or removed.",
        Example = "Then MetCC is told the Airwave talkgroup \"MPS-LX-TG1\" is no longer patched to ESN")]
    public Task ToldLost(ControlRoom room, string talkgroup) => feed.ExpectLostAsync(room, talkgroup);

    /// <summary>The control room is told a talkgroup is patched again.</summary>
    [Then("{controlRoom} is told the Airwave talkgroup {string} is patched to ESN again",
        Description = "After the talkgroup's bridge was removed or failed, the interworking status feed the control room watches reports it patched to ESN again (e.g. a roll-back).",
        Example = "Then MetCC is told the Airwave talkgroup \"MPS-LX-TG1\" is patched to ESN again")]
    public Task ToldPatchedAgain(ControlRoom room, string talkgroup) => feed.ExpectPatchedAgainAsync(room, talkgroup);

    private static string? Optional(IReadOnlyDictionary<string, string> row, string column) =>
        row.TryGetValue(column, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
