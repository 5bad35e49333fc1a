namespace EsnHarness.Bdd;

/// <summary>A feature file the Gherkin parser rejected.</summary>
/// <param name="Uri">The file, relative to the base directory.</param>
/// <param name="Line">1-based line of the problem.</param>
/// <param name="Column">1-based column, 0 when unknown.</param>
/// <param name="Message">The parser's words.</param>
public sealed record ParseProblem(string Uri, int Line, int Column, string Message)
{
    /// <summary>The console line: <c>uri:line:col: message</c>.</summary>
    public override string ToString() => $"{Uri}:{Line}:{Column}: {Message}";
}
