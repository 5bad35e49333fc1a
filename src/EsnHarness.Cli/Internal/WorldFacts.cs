namespace EsnHarness.Cli.Internal;

/// <summary>What a requirement can name: agencies, control rooms, places, and the groups and people the catalogue already uses.</summary>
internal sealed record WorldFacts(
    IReadOnlyList<string> Agencies,
    IReadOnlyList<WorldControlRoom> ControlRooms,
    IReadOnlyList<WorldPlace> Places,
    IReadOnlyList<WorldNamed> Groups,
    IReadOnlyList<WorldNamed> People);
