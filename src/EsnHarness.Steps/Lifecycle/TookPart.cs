using System.Text.Json;
using System.Text.Json.Serialization;
using EsnHarness.Steps.Drivers;
using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Lifecycle;

/// <summary>
/// The agencies whose terminals, consoles and systems took part in a scenario, attached to it with media type
/// <see cref="MediaType"/>: the readiness matrix credits an agency with a passed requirement only when the agency is
/// among them (the shape is a contract with reporting, like the KPI evidence).
/// </summary>
/// <param name="Agencies">Agency names as in tags (MPS, LFB...), in the contract's order.</param>
/// <param name="By">Who or what of each agency took part, e.g. "FF Jones (Terminal)".</param>
public sealed record TookPart(
    [property: JsonPropertyName("agencies")] IReadOnlyList<string> Agencies,
    [property: JsonPropertyName("by")] IReadOnlyList<TookPartEntry> By)
{
    /// <summary>Media type of the attachment.</summary>
    public const string MediaType = "application/vnd.esn.participants+json";

    /// <summary>What the cast holds at the end of the scenario.</summary>
    public static TookPart Of(IReadOnlyList<Participant> participants) => new(
        [.. participants.Select(participant => participant.Agency).Distinct().Order().Select(agency => agency.Name())],
        [.. participants.Select(participant => new TookPartEntry(participant.Agency.Name(), participant.What))]);

    /// <summary>The attachment body.</summary>
    public string ToJson() => JsonSerializer.Serialize(this);
}
