using EsnHarness.Bdd;

namespace EsnHarness.Cli.Internal;

/// <summary>Everything the end-of-run summary reports.</summary>
/// <param name="Summary">What the runner did.</param>
/// <param name="Selection">What was asked for.</param>
/// <param name="Catalogue">Scenarios in the catalogue the selection was taken from (example rows one by one).</param>
/// <param name="Reports">Each report, written or not.</param>
/// <param name="Messages">Where the run's NDJSON is (kept even when not asked for, if a report could not be written).</param>
/// <param name="Elapsed">Wall time of the run.</param>
/// <param name="StoppedBy">The signal that interrupted the run (SIGINT, SIGTERM), if one did.</param>
/// <param name="Log">The run's log file, if it has one.</param>
internal sealed record RunOutcome(RunSummary Summary, SelectionFacts Selection, int Catalogue, IReadOnlyList<ReportOutcome> Reports, string? Messages, TimeSpan Elapsed, string? StoppedBy, string? Log = null)
{
    /// <summary>Selected scenarios: those that ran and those the interruption left unstarted.</summary>
    public int Selected => Summary.Results.Count + Summary.NotRun.Count;
}
