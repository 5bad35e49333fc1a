namespace EsnHarness.Stubs;

/// <summary>Thrown when one or more mapping files are not valid; <see cref="Exception.Message"/> is the first
/// problem in one line (plus how many more), <see cref="Problems"/> lists them all.</summary>
public sealed class StubMappingException(IReadOnlyList<StubProblem> problems)
    : Exception(Describe(problems))
{
    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<StubProblem> Problems { get; } = problems;

    private static string Describe(IReadOnlyList<StubProblem> problems) => problems.Count switch
    {
        0 => "invalid stub mappings",
        1 => problems[0].ToString(),
        _ => $"{problems[0]} (and {problems.Count - 1} more problem{(problems.Count == 2 ? string.Empty : "s")}; run 'esn stubs check' to list them)",
    };
}
