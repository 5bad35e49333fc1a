namespace EsnHarness.Cli.Internal.Mutation;

/// <summary>What one run of a scenario with a defect on showed: whether it failed, whether the defect's code ran in it (the
/// run's own defect coverage), and the step it failed at.</summary>
internal sealed record RunEvidence(bool Failed, bool Reached, string? Step);
