using EsnHarness.Steps.Model;

namespace EsnHarness.Steps.Drivers;

/// <summary>One row of an Airwave migration plan: a talkgroup, the borough it belongs to, and the ESN group it moves to.</summary>
/// <param name="Talkgroup">The Airwave talkgroup.</param>
/// <param name="Borough">The borough (or BCU) whose wave moves it.</param>
/// <param name="Group">The ESN group it is patched to until then and replaced by afterwards.</param>
public sealed record MigrationTalkgroup(string Talkgroup, string Borough, GroupName Group);
