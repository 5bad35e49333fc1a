namespace EsnHarness.Steps.Drivers;

/// <summary>What a user had on the device handing them over, read just before a dock or undock, to judge the other device by.</summary>
/// <param name="Groups">The groups the user was affiliated to.</param>
/// <param name="SelectedGroup">The group their PTT went to.</param>
/// <param name="Calls">The calls they were in, by group.</param>
internal sealed record DockedUser(IReadOnlyList<string> Groups, string SelectedGroup, IReadOnlyDictionary<string, string> Calls);
