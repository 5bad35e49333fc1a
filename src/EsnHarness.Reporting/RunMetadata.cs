namespace EsnHarness.Reporting;

/// <summary>
/// What the reports say about the run itself. Read from the <c>meta</c> envelope, the
/// <c>testRunStarted</c>/<c>testRunFinished</c> messages, the run-level
/// <c>application/vnd.esn.run+json</c> attachment (<see cref="RunInfoMediaType"/>) and the merge
/// record <see cref="NdjsonMerger"/> writes (<see cref="MergeInfoMediaType"/>).
/// Endpoint addresses are redacted of credentials before they reach this record.
/// </summary>
/// <param name="StartedAt">When the (earliest shard of the) run started.</param>
/// <param name="FinishedAt">When the (latest shard of the) run finished.</param>
/// <param name="Success">The run's overall success as the runner reported it; null if it never finished.</param>
/// <param name="Tool">The implementation that wrote the messages, e.g. "esn 1.0.0".</param>
/// <param name="Platform">Runtime and OS, e.g. ".NET 10.0 on Linux".</param>
/// <param name="Ci">CI system and build, when the run happened in CI.</param>
/// <param name="Profile">The target profile name (e.g. "reference").</param>
/// <param name="Targets">Role to endpoint, e.g. "mcx" to "https://mcx.test:443" (no credentials).</param>
/// <param name="Shards">The shard inputs merged into this report (one entry per input NDJSON).</param>
public sealed record RunMetadata(
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    bool? Success,
    string? Tool,
    string? Platform,
    string? Ci,
    string? Profile,
    IReadOnlyDictionary<string, string> Targets,
    IReadOnlyList<string> Shards)
{
    /// <summary>
    /// Media type of the run-level attachment a host writes once per run (attachment with
    /// <c>testRunStartedId</c> set and no test case): a JSON object
    /// <c>{"profile":"reference","targets":{"mcx":"http://127.0.0.1:5001"},"shard":"1/4","selection":{"features":["features"],
    /// "lines":["features/a.feature:12"],"tags":"@LAS","tagsFrom":"command line","name":"call","shard":"1/4"}}</c>.
    /// </summary>
    public const string RunInfoMediaType = "application/vnd.esn.run+json";

    /// <summary>
    /// Media type of the run-level attachment <see cref="NdjsonMerger"/> writes:
    /// <c>{"shards":[{"file":"a.ndjson","success":true,"started":"...","finished":"..."}]}</c>.
    /// </summary>
    public const string MergeInfoMediaType = "application/vnd.esn.merge+json";

    /// <summary>What was selected (run info <c>"selection"</c>); null when the writer did not record it. For merged shards, the first shard's.</summary>
    public SelectionReport? Selection { get; init; }

    /// <summary>The runner's own words on why the run did not succeed (<c>testRunFinished.message</c>), if it said.</summary>
    public string? FailureMessage { get; init; }

    /// <summary>Wall-clock duration of the run, if both ends are known.</summary>
    public TimeSpan? Duration => StartedAt is { } s && FinishedAt is { } f ? f - s : null;
}
