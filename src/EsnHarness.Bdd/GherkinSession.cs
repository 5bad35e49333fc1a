using System.Collections.Concurrent;
using EsnHarness.Bdd.Internal;
using Messages = Io.Cucumber.Messages.Types;

namespace EsnHarness.Bdd;

/// <summary>A started run: its pickles can be run all at once or one by one (thread-safe), then it is finished once.</summary>
public sealed partial class GherkinSession
{
    private readonly GherkinRunOptions _options;
    private readonly RunServices _run;
    private readonly EnvelopeWriter _writer;
    private readonly FeatureSet _features;
    private readonly IReadOnlyList<TestCasePlan> _plans;
    private readonly FeatureHooks _featureHooks;
    private readonly ConcurrentDictionary<string, ScenarioResult> _results = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _globalErrors = new();
    private readonly TestCaseExecutor _executor;
    private int _failFastTriggered;
    private int _finished;
    private volatile bool _interrupted;

    /// <summary>The selected pickles, in run order.</summary>
    public IReadOnlyList<DiscoveredPickle> Pickles => _plans.Select(p => p.Pickle.Info).ToList();

    /// <summary>Feature files that did not parse.</summary>
    public IReadOnlyList<ParseProblem> ParseErrors => _features.ParseErrors;

    /// <summary>True when a BeforeTestRun hook failed: no scenario runs then.</summary>
    public bool BeforeTestRunFailed { get; private set; }

    /// <summary>Runs one pickle (with its retries) and returns its final result.</summary>
    /// <exception cref="ArgumentException">No selected pickle has that id.</exception>
    public async Task<ScenarioResult> RunPickleAsync(string pickleId, CancellationToken cancellationToken = default)
    {
        var plan = _plans.FirstOrDefault(p => p.Pickle.Pickle.Id == pickleId) ?? throw new ArgumentException($"no selected pickle has id {pickleId}", nameof(pickleId));
        if (BeforeTestRunFailed)
        {
            return new ScenarioResult(plan.Pickle.Info, ScenarioStatus.Failed, 0, "BeforeTestRun", string.Join("; ", _globalErrors), TimeSpan.Zero);
        }

        await RunPlanAsync(plan, cancellationToken).ConfigureAwait(false);
        return _results[plan.Id];
    }

    internal async Task RunAllAsync(CancellationToken cancellationToken)
    {
        if (!BeforeTestRunFailed)
        {
            await ScenarioScheduler.RunAsync(MeasuredLast(_plans), _options.Workers, plan => RunPlanAsync(plan, cancellationToken), cancellationToken).ConfigureAwait(false);
        }

        _interrupted = cancellationToken.IsCancellationRequested;
    }

    /// <summary>With a measurement lane, a run's unmeasured scenarios go first, then its measured ones, so the run does not
    /// alternate between the two and wait at every switch; within each part costliest first when
    /// <see cref="GherkinRunOptions.ScenarioCost"/> estimates them (a stable sort: ties, such as every scenario without an
    /// estimate, keep their order), so neither part ends on one long scenario started last.</summary>
    private IReadOnlyList<TestCasePlan> MeasuredLast(IReadOnlyList<TestCasePlan> plans)
    {
        if (_options.MeasurementLane is not { } lane)
        {
            return plans;
        }

        return [.. Costliest(plans.Where(p => !lane.IsMeasured(p.Pickle.Info.Tags))), .. Costliest(plans.Where(p => lane.IsMeasured(p.Pickle.Info.Tags)))];
    }

    private IEnumerable<TestCasePlan> Costliest(IEnumerable<TestCasePlan> plans) => _options.ScenarioCost is { } cost
        ? plans.OrderByDescending(p => cost(p.Pickle.Pickle.Steps.Select(s => s.Text).ToList()))
        : plans;

    /// <summary>Runs AfterTestRun hooks, writes <c>testRunFinished</c> and summarises. Only the first call does anything.</summary>
    public async Task<RunSummary> FinishAsync()
    {
        if (Interlocked.Exchange(ref _finished, 1) == 0)
        {
            await _featureHooks.FinishAllAsync().ConfigureAwait(false);
            await RunTestRunHooksAsync(HookKind.AfterTestRun, CancellationToken.None).ConfigureAwait(false);
            var summary = Summarise();
            var message = summary.Success ? null : DescribeFailure(summary);
            _writer.Write(Messages.Envelope.Create(new Messages.TestRunFinished(message, summary.Success, _run.Clock.Now(), null, _run.TestRunStartedId)));
            return summary;
        }

        return Summarise();
    }

    private RunSummary Summarise() => new(
        _plans.Where(p => _results.ContainsKey(p.Id)).Select(p => _results[p.Id]).ToList(),
        _features.ParseErrors,
        _globalErrors.ToList())
    {
        Interrupted = _interrupted,
        NotRun = _interrupted || BeforeTestRunFailed ? _plans.Where(p => !_results.ContainsKey(p.Id)).Select(p => p.Pickle.Info).ToList() : [],
    };

    private static string DescribeFailure(RunSummary summary)
    {
        var parts = summary.ParseErrors.Select(p => p.ToString()).Concat(summary.GlobalErrors).ToList();
        if (summary.Interrupted)
        {
            parts.Add($"the run was interrupted; {Plural.Of(summary.NotRun.Count, "selected scenario")} did not run");
        }

        if (summary.Failures.Count > 0)
        {
            parts.Add($"{Plural.Of(summary.Failures.Count, "scenario")} did not pass");
        }

        return string.Join("; ", parts);
    }

    private async Task RunPlanAsync(TestCasePlan plan, CancellationToken cancellationToken)
    {
        IDisposable? lane = null;
        if (_options.MeasurementLane is { } measurements)
        {
            try
            {
                lane = await measurements.EnterAsync(measurements.IsMeasured(plan.Pickle.Info.Tags), cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return; // the run was stopped before this scenario's turn: it did not run
            }
        }

        using var held = lane;
        var uri = plan.Pickle.Info.Uri;
        var featureError = await _featureHooks.BeforeAsync(uri, cancellationToken).ConfigureAwait(false);
        AttemptResult result;
        var attempt = 0;
        while (true)
        {
            var buffer = new List<Messages.Envelope>();
            var skipAll = Volatile.Read(ref _failFastTriggered) == 1;
            result = await _executor.RunAsync(plan, attempt, buffer, featureError, skipAll, cancellationToken).ConfigureAwait(false);
            var willBeRetried = result.Status == ScenarioStatus.Failed && attempt < _options.Retry && !cancellationToken.IsCancellationRequested;
            var startedId = buffer[0].TestCaseStarted.Id;
            buffer.Add(Messages.Envelope.Create(new Messages.TestCaseFinished(startedId, _run.Clock.Now(), willBeRetried)));
            _writer.WriteAll(buffer);
            if (!willBeRetried)
            {
                break;
            }

            attempt++;
        }

        _results[plan.Id] = new ScenarioResult(plan.Pickle.Info, result.Status, attempt + 1, result.FailedStep, result.Message, result.Duration, result.Steps, result.Interrupted);
        if (_options.FailFast && result.Status is not (ScenarioStatus.Passed or ScenarioStatus.Skipped))
        {
            Interlocked.Exchange(ref _failFastTriggered, 1);
        }

        // AfterFeature hooks are clean-up: they run to the end even when the run is being interrupted.
        await _featureHooks.AfterAsync(uri, CancellationToken.None).ConfigureAwait(false);
    }
}
