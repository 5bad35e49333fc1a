namespace EsnHarness.Cli;

/// <summary>A user mistake found by a command: printed as its lines, exit code 2, no stack trace.</summary>
public sealed class UsageException(IReadOnlyList<string> problems) : Exception(string.Join(Environment.NewLine, problems))
{
    /// <summary>Creates one with a single problem line.</summary>
    public UsageException(string problem)
        : this([problem])
    {
    }

    /// <summary>One line per problem.</summary>
    public IReadOnlyList<string> Problems { get; } = problems;
}
