using System.CommandLine;
using EsnHarness.Bdd;
using EsnHarness.Cli.Commands;
using EsnHarness.Steps.WebConsoles;
using Microsoft.Extensions.Logging;

namespace EsnHarness.Cli.Internal;

/// <summary>The options of <c>esn run</c> (and the selection options <c>esn list</c> and <c>esn check</c> share).</summary>
internal sealed class RunOptionSet
{
    public Option<string?> Config { get; } = CommonOptions.Config();

    public Option<string?> Profile { get; } = CommonOptions.Profile();

    public Option<string[]> Endpoint { get; } = CommonOptions.Endpoint();

    public Option<string[]> Features { get; } = CommonOptions.Features();

    public Option<string?> Tags { get; } = CommonOptions.Tags();

    public Option<string?> Name { get; } = CommonOptions.Name();

    public Option<bool> DryRun { get; } = new("--dry-run") { Description = "Match every step to a definition, run nothing (finds undefined and ambiguous steps)." };

    public Option<bool> FailFast { get; } = new("--fail-fast") { Description = "Stop after the first scenario that does not pass; the rest are reported skipped." };

    public Option<int> Retry { get; } = new("--retry") { Description = "Run a failed scenario again up to N times (never undefined, ambiguous or pending); every attempt is reported." };

    public Option<string[]> Format { get; } = new("--format") { Description = "KIND:FILE with KIND message (Cucumber Messages NDJSON), junit or html; repeatable (default: esn.json 'formats')." };

    public Option<string?> Shard { get; } = new("--shard") { Description = "Run shard i of n (1-based), e.g. 2/4; default from JOB_COMPLETION_INDEX (0-based) and JOB_COMPLETION_TOTAL." };

    public Option<int?> Workers { get; } = new("--workers", "-w") { Description = "Scenarios run at once; 0 = one per processor, as in esn.json (default: the profile's 'workers', else esn.json 'workers', else one per processor)." };

    public Option<int?> MeasuredAtOnce { get; } = new("--measured-at-once") { Description = "Measured (@kpi) scenarios run at once, never beside functional ones (default 4); more finish sooner, but only as many as keep every KPI verdict the same (the kpi-beside benchmark's --at-once compares)." };

    public Option<bool> AllowEmpty { get; } = new("--allow-empty") { Description = "Let a run that selects no scenario pass (exit 0, reports written) instead of failing with exit 2." };

    public Option<string[]> Defect { get; } = new("--defect") { Description = "Switch a reference defect on in the embedded roles for this run (repeatable; `esn defects` lists them): shows which requirements catch it." };

    public Option<string?> Log { get; } = new("--log") { Description = "The run's log file (default: esn-run.log beside the first report): targets, each scenario's end, the reports, the embedded simulators' messages." };

    public Option<LogLevel> LogLevel { get; } = new("--log-level") { Description = "Least severe messages the log file keeps: Trace, Debug, Information (default), Warning, Error, Critical.", DefaultValueFactory = _ => Microsoft.Extensions.Logging.LogLevel.Information };

    public Option<string[]> Bindings { get; } = new("--bindings") { Description = "Assembly (.dll) of step definitions to use instead of the built-in ESN step library; repeatable." };

    public Option<string?> Screenshots { get; } = new("--screenshots")
    {
        Description = "When a web console's screen is attached to the results: 'failures' (default: a failing step's screen and Playwright trace) or 'all' (also the final screen of every passing scenario that used a web console).",
    };

    public void AddTo(Command command, bool selectionOnly = false)
    {
        Option[] selection = [Config, Features, Tags, Name, Shard, Bindings];
        Option[] running = [Profile, Endpoint, DryRun, FailFast, Retry, Format, Workers, MeasuredAtOnce, AllowEmpty, Defect, Log, LogLevel, Screenshots];
        foreach (var option in selectionOnly ? selection : selection.Concat(running))
        {
            command.Options.Add(option);
        }
    }

    public RunRequest Read(ParseResult parse, CliConsole console)
    {
        var retry = parse.GetValue(Retry);
        var workers = parse.GetValue(Workers);
        if (retry < 0)
        {
            throw new UsageException($"--retry {retry}: must be 0 or more");
        }

        var measuredAtOnce = parse.GetValue(MeasuredAtOnce);
        if (measuredAtOnce is < 1)
        {
            throw new UsageException($"--measured-at-once {measuredAtOnce}: must be 1 or more");
        }

        if (workers is < 0)
        {
            throw new UsageException($"--workers {workers}: must be a whole number, 0 or more (0 = one per processor)");
        }

        return new RunRequest(
            parse.GetValue(Config),
            parse.GetValue(Profile),
            CommonOptions.ParseEndpoints(parse.GetValue(Endpoint) ?? []),
            parse.GetValue(Features) ?? [],
            parse.GetValue(Tags),
            parse.GetValue(Name),
            parse.GetValue(DryRun),
            parse.GetValue(FailFast),
            retry,
            parse.GetValue(Format) ?? [],
            ShardOf(parse.GetValue(Shard), console.Environment),
            workers == 0 ? Environment.ProcessorCount : workers,
            parse.GetValue(Bindings) ?? [],
            parse.GetValue(AllowEmpty),
            parse.GetValue(Defect) ?? [],
            parse.GetValue(Log),
            parse.GetValue(LogLevel),
            ScreenshotsOf(parse.GetValue(Screenshots)),
            measuredAtOnce);
    }

    private static ScreenshotPolicy ScreenshotsOf(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "failures" => ScreenshotPolicy.Failures,
        "all" => ScreenshotPolicy.All,
        _ => throw new UsageException($"--screenshots {text}: use 'failures' (a failing step's screen and trace) or 'all' (also every passing scenario's final screen)"),
    };

    private static Shard? ShardOf(string? text, IReadOnlyDictionary<string, string> environment)
    {
        try
        {
            if (text is not null)
            {
                return Bdd.Shard.Parse(text);
            }

            if (!environment.TryGetValue("JOB_COMPLETION_INDEX", out var index) || string.IsNullOrWhiteSpace(index))
            {
                return null;
            }

            var total = environment.GetValueOrDefault("JOB_COMPLETION_TOTAL") ?? environment.GetValueOrDefault("ESN_SHARD_TOTAL");
            if (string.IsNullOrWhiteSpace(total))
            {
                throw new UsageException("JOB_COMPLETION_INDEX is set but JOB_COMPLETION_TOTAL is not: set it to the Indexed Job's completions");
            }

            return int.TryParse(index, out var zeroBased)
                ? Bdd.Shard.Parse($"{zeroBased + 1}/{total}")
                : throw new UsageException($"JOB_COMPLETION_INDEX '{index}' is not a whole number");
        }
        catch (BddConfigurationException error)
        {
            throw new UsageException(error.Message);
        }
    }
}
