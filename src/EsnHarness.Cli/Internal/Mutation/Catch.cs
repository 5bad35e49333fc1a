namespace EsnHarness.Cli.Internal.Mutation;

/// <summary>A scenario that failed against a defect it passes without: the step that failed and why.</summary>
internal sealed record Catch(string Defect, string Scenario, string Requirement, string Step, string Message);
