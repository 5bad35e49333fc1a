using EsnHarness.Bdd.Tests.Bindings;
using EsnHarness.Bdd.Tests.Support;
using Io.Cucumber.Messages.Types;
using NUnit.Framework;

namespace EsnHarness.Bdd.Tests;

public sealed class InterruptionTests
{
    private FeatureWorkspace _workspace = null!;
    private Recorder _runLog = null!;
    private TestRunContext _context = null!;

    [SetUp]
    public void SetUp()
    {
        _workspace = new FeatureWorkspace();
        _runLog = new Recorder();
        _context = new TestRunContext();
        _context.Set(_runLog);
        _workspace.Write("i.feature", """
            Feature: I
              Scenario: Busy
                Given a step that runs until the run is stopped
                Given a step that records "after the stop"
              Scenario: Queued
                Given a step that records "queued ran"
            """);
    }

    [TearDown]
    public void TearDown()
    {
        _workspace.Dispose();
        _runLog.Dispose();
    }

    [Test]
    public async Task RunAsync_CancelledMidStep_StepInterruptedCleanUpRunsAndSummaryListsWhatDidNotRun()
    {
        using var stop = new CancellationTokenSource();
        var collector = new EnvelopeCollector();
        var run = new GherkinRunner().RunAsync(_workspace.Options(typeof(InterruptBindings)), [collector], _context, stop.Token);
        await _runLog.WaitForAsync("running", TimeSpan.FromSeconds(10));

        await stop.CancelAsync();
        var summary = await run.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.That(summary.Interrupted, Is.True);
        Assert.That(summary.Success, Is.False);
        Assert.That(summary.Results, Has.Count.EqualTo(1));
        var busy = summary.Results[0];
        Assert.That(busy.Interrupted, Is.True);
        Assert.That(busy.Status, Is.EqualTo(ScenarioStatus.Failed));
        Assert.That(busy.Message, Does.StartWith("Interrupted: the run was stopped while this step was running"));
        Assert.That(summary.NotRun.Select(p => p.Name), Is.EqualTo(new[] { "Queued" }));
        Assert.That(_runLog.Events, Is.EqualTo(new[] { "running", "clean-up of Busy with a live token" }));
        Assert.That(collector.Envelopes.StepStatuses("Busy"), Is.EqualTo(new[] { TestStepResultStatus.FAILED, TestStepResultStatus.SKIPPED, TestStepResultStatus.PASSED }));
        var finished = collector.Envelopes[^1].TestRunFinished;
        Assert.That(finished?.Success, Is.False);
        Assert.That(finished?.Message, Does.Contain("the run was interrupted; 1 selected scenario did not run"));
    }

    [Test]
    public async Task RunAsync_CancelledBeforeStart_NothingRunsAndEveryPickleIsNotRun()
    {
        using var stop = new CancellationTokenSource();
        await stop.CancelAsync();

        var (summary, envelopes) = await _workspace.RunAsync(_workspace.Options(typeof(InterruptBindings)), _context, stop.Token);

        Assert.That(summary.Interrupted, Is.True);
        Assert.That(summary.Results, Is.Empty);
        Assert.That(summary.NotRun.Select(p => p.Name), Is.EqualTo(new[] { "Busy", "Queued" }));
        Assert.That(envelopes.Count(e => e.TestCaseStarted is not null), Is.Zero);
        Assert.That(envelopes.Count(e => e.TestCase is not null), Is.EqualTo(2), "the test cases are announced, so reports list them as not run");
    }
}
