namespace EsnHarness.Reporting;

/// <summary>A feature file that did not parse: none of its scenarios ran, and the run did not pass.</summary>
/// <param name="Uri">The file, relative to the run's base folder.</param>
/// <param name="Line">1-based line of the problem (0 when unknown).</param>
/// <param name="Column">1-based column (0 when unknown).</param>
/// <param name="Message">The parser's words.</param>
public sealed record ParseErrorReport(string Uri, int Line, int Column, string Message)
{
    /// <summary><c>uri:line:column: message</c>.</summary>
    public override string ToString() => $"{Uri}:{Line}:{Column}: {Message}";
}
