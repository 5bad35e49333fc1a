using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>One officer of an Airwave migration plan: on an Airwave radio until their borough's wave, then on ESN.</summary>
/// <param name="Name">The officer.</param>
/// <param name="Borough">Their borough: they move with its wave.</param>
/// <param name="Place">Where they log on to ESN.</param>
/// <param name="Talkgroup">The Airwave talkgroup their radio is on.</param>
/// <param name="Groups">The ESN groups they affiliate to on ESN.</param>
public sealed record MigrationOfficer(UserName Name, string Borough, PlaceName Place, string Talkgroup, IReadOnlyList<GroupName> Groups);
