using EsnHarness.Bdd.Tests.Bindings;
using EsnHarness.Bdd.Tests.Support;
using NUnit.Framework;

namespace EsnHarness.Bdd.Tests;

/// <summary>Measured scenarios (@kpi) never run beside unmeasured ones; they run beside each other up to the lane's workers.</summary>
public sealed class MeasurementLaneTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    [Test]
    public async Task EnterAsync_MeasuredWhileUnmeasuredRuns_WaitsUntilItLeaves()
    {
        var lane = new MeasurementLane("@kpi", workers: 2);
        var functional = await lane.EnterAsync(measured: false, CancellationToken.None);

        var measurement = lane.EnterAsync(measured: true, CancellationToken.None);
        var waitedFirst = measurement.IsCompleted;
        functional.Dispose();
        using var admitted = await measurement.WaitAsync(Deadline);

        Assert.That(waitedFirst, Is.False, "a measurement must not start beside functional work");
    }

    [Test]
    public async Task EnterAsync_MeasurementWaiting_NewUnmeasuredWorkWaitsBehindIt()
    {
        var lane = new MeasurementLane("@kpi", workers: 1);
        var functional = await lane.EnterAsync(measured: false, CancellationToken.None);
        var measurement = lane.EnterAsync(measured: true, CancellationToken.None);

        var later = lane.EnterAsync(measured: false, CancellationToken.None);
        var laterStartedEarly = later.IsCompleted;
        functional.Dispose();
        var measuring = await measurement.WaitAsync(Deadline);
        var laterDuringMeasurement = later.IsCompleted;
        measuring.Dispose();
        using var afterwards = await later.WaitAsync(Deadline);

        Assert.Multiple(() =>
        {
            Assert.That(laterStartedEarly, Is.False, "no new functional work once a measurement waits");
            Assert.That(laterDuringMeasurement, Is.False, "functional work waits for the measurement to finish");
        });
    }

    [Test]
    public async Task EnterAsync_Measurements_RunBesideEachOtherUpToWorkers()
    {
        var lane = new MeasurementLane("@kpi", workers: 2);

        var first = await lane.EnterAsync(measured: true, CancellationToken.None);
        var second = await lane.EnterAsync(measured: true, CancellationToken.None).WaitAsync(Deadline);
        var third = lane.EnterAsync(measured: true, CancellationToken.None);
        var thirdEarly = third.IsCompleted;
        first.Dispose();
        using var admitted = await third.WaitAsync(Deadline);
        second.Dispose();

        Assert.That(thirdEarly, Is.False, "at most two measurements at once");
    }

    [Test]
    public async Task EnterAsync_CancelledWhileWaiting_ThrowsAndFreesTheQueue()
    {
        var lane = new MeasurementLane("@kpi", workers: 1);
        var functional = await lane.EnterAsync(measured: false, CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var measurement = lane.EnterAsync(measured: true, cancel.Token);

        await cancel.CancelAsync();
        Assert.ThrowsAsync<TaskCanceledException>(() => measurement);
        var next = await lane.EnterAsync(measured: false, CancellationToken.None).WaitAsync(Deadline);
        next.Dispose();
        functional.Dispose();
    }

    [TestCase("kpi", 1)]
    [TestCase("@kpi", 0)]
    public void Constructor_BadTagOrWorkers_ArgumentException(string tag, int workers) =>
        Assert.Throws<ArgumentException>(() => _ = new MeasurementLane(tag, workers));

    [Test]
    public async Task RunAsync_WithLane_MeasuredScenariosNeverOverlapUnmeasuredOnes()
    {
        var (summary, events) = await RunLoggedAsync("""
            Feature: M
              @kpi
              Scenario: K1
                Given I work for a while
              Scenario: F1
                Given I work for a while
              @kpi
              Scenario: K2
                Given I work for a while
              Scenario: F2
                Given I work for a while
              Scenario: F3
                Given I work for a while
            """, options => options with { Workers = 5, MeasurementLane = new MeasurementLane("@kpi", 2) });

        var spans = new[] { "K1", "K2", "F1", "F2", "F3" }.ToDictionary(n => n, n => (Enter: events.IndexOf($"enter {n}"), Exit: events.IndexOf($"exit {n}")));
        Assert.That(summary.Results, Has.Count.EqualTo(5));
        foreach (var k in new[] { "K1", "K2" })
        {
            foreach (var f in new[] { "F1", "F2", "F3" })
            {
                Assert.That(spans[k].Exit < spans[f].Enter || spans[f].Exit < spans[k].Enter, Is.True,
                    () => $"{k} overlapped {f}: {string.Join(", ", events)}");
            }
        }
    }

    [Test]
    public async Task RunAsync_WithScenarioCost_UnmeasuredThenMeasuredEachCostliestFirst()
    {
        var (summary, events) = await RunLoggedAsync("""
            Feature: M
              @kpi
              Scenario: K1
                Given I work for a while
              @kpi
              Scenario: K3
                Given I work for a while
                And I work for a while
                And I work for a while
              Scenario: F1
                Given I work for a while
              Scenario: F2
                Given I work for a while
                And I work for a while
              @kpi
              Scenario: K2
                Given I work for a while
                And I work for a while
            """, options => options with { Workers = 1, MeasurementLane = new MeasurementLane("@kpi", 1), ScenarioCost = steps => steps.Count });

        var started = events.Where(e => e.StartsWith("enter ", StringComparison.Ordinal)).Select(e => e["enter ".Length..]).Distinct().ToList();
        Assert.That(summary.Results, Has.Count.EqualTo(5));
        Assert.That(started, Is.EqualTo(new[] { "F2", "F1", "K3", "K2", "K1" }));
    }

    /// <summary>
    /// Runs <paramref name="feature"/> against <see cref="ParallelBindings"/> with the options <paramref name="configure"/>
    /// gives, and returns the summary and what the steps recorded, in order ("enter K1", "exit K1", ...).
    /// </summary>
    private static async Task<(RunSummary Summary, List<string> Events)> RunLoggedAsync(string feature, Func<GherkinRunOptions, GherkinRunOptions> configure)
    {
        using var workspace = new FeatureWorkspace();
        using var log = new Recorder();
        var context = new TestRunContext();
        context.Set(log);
        workspace.Write("m.feature", feature);
        var (summary, _) = await workspace.RunAsync(configure(workspace.Options(typeof(ParallelBindings))), context);
        return (summary, [.. log.Events]);
    }
}
