namespace EsnHarness.Targets;

/// <summary>esn.json or a profile is wrong. Each problem is one line that names the file, field or variable and what is wrong.</summary>
public sealed class ProfileException(IReadOnlyList<string> problems)
    : Exception(string.Join(Environment.NewLine, problems))
{
    /// <summary>One line per problem.</summary>
    public IReadOnlyList<string> Problems { get; } = problems;
}
