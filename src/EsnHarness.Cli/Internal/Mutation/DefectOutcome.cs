namespace EsnHarness.Cli.Internal.Mutation;

/// <summary>One defect's pass: the scenarios that could reach it and those that failed against it.</summary>
internal sealed record DefectOutcome(ReferenceDefect Defect, IReadOnlyList<string> Reachable, IReadOnlyList<Catch> Catches, TimeSpan Duration)
{
    public bool Caught => Catches.Count > 0;
}
