namespace EsnHarness.Cli.Internal;

/// <summary>One report of a run: written, or not and why (<see cref="Error"/>).</summary>
internal sealed record ReportOutcome(ReportFormat Format, string? Error)
{
    public bool Written => Error is null;
}
