using EsnHarness.Bdd.Tests.Bindings;
using EsnHarness.Bdd.Tests.Support;
using Io.Cucumber.Messages.Types;
using NUnit.Framework;

namespace EsnHarness.Bdd.Tests;

public sealed class ScenarioExecutionTests
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
    }

    [TearDown]
    public void TearDown()
    {
        _workspace.Dispose();
        _runLog.Dispose();
    }

    [Test]
    public async Task RunAsync_ConstructorInjection_SharedWithinScenarioNewPerScenarioDisposedAtEnd()
    {
        _workspace.Write("di.feature", """
            @di
            Feature: DI
              Scenario: One
                Given the writer stores 5
                Then the reader sees 5

              Scenario Outline: Two
                Given the writer stores <n>
                Then the reader sees <n>
                And the scenario context knows the example row
                Examples:
                  | n |
                  | 7 |
            """);

        var (summary, _) = await _workspace.RunAsync(_workspace.Options(typeof(WriterBindings), typeof(ReaderBindings)), _context);

        Assert.That(summary.Failures, Is.Empty, () => summary.Failures[0].Message ?? string.Empty);
        var created = _runLog.Events.Where(e => e.StartsWith("created", StringComparison.Ordinal)).Select(e => e[8..]).ToList();
        var disposed = _runLog.Events.Where(e => e.StartsWith("disposed", StringComparison.Ordinal)).Select(e => e[9..]).ToList();
        Assert.That(created, Has.Count.EqualTo(2).And.Unique);
        Assert.That(disposed, Is.EqualTo(created));
    }

    [Test]
    public async Task RunAsync_UndefinedStep_SuggestsPasteableCSharpSnippet()
    {
        _workspace.Write("u.feature", "Feature: U\n  Scenario: S\n    When the caller dials 999 \"urgently\"\n");

        var (summary, envelopes) = await _workspace.RunAsync(_workspace.Options(typeof(OutcomeBindings)), _context);

        var result = summary.Results.Single();
        Assert.That(result.Status, Is.EqualTo(ScenarioStatus.Undefined));
        Assert.That(result.Message, Does.Contain("[When(\"the caller dials {int} {string}\")]\npublic void WhenTheCallerDials(int int1, string string1)\n{\n    throw new PendingStepException();\n}"));
        var suggestion = envelopes.Select(e => e.Suggestion).OfType<Suggestion>().Single();
        Assert.That(suggestion.Snippets[0].Language, Is.EqualTo("csharp"));
        Assert.That(suggestion.PickleStepId, Is.EqualTo(envelopes.Select(e => e.Pickle).OfType<Pickle>().Single().Steps[0].Id));
    }

    [Test]
    public async Task RunAsync_AmbiguousStep_ListsEveryCandidateMethod()
    {
        _workspace.Write("a.feature", "Feature: A\n  Scenario: S\n    Given a duplicated step\n");

        var (summary, envelopes) = await _workspace.RunAsync(_workspace.Options(typeof(OutcomeBindings)), _context);

        var result = summary.Results.Single();
        Assert.That(result.Status, Is.EqualTo(ScenarioStatus.Ambiguous));
        Assert.That(result.Message, Does.Contain("EsnHarness.Bdd.Tests.Bindings.OutcomeBindings.First() via 'a duplicated step'"));
        Assert.That(result.Message, Does.Contain("EsnHarness.Bdd.Tests.Bindings.OutcomeBindings.Second(String) via 'a {word} step'"));
        Assert.That(envelopes.Select(e => e.TestCase).OfType<TestCase>().Single().TestSteps[0].StepDefinitionIds, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task RunAsync_PendingAndSkip_ReportedWithMessages()
    {
        _workspace.Write("p.feature", """
            Feature: P
              Scenario: Pending
                Given a pending outcome step
                And a passing outcome step
              Scenario: Skipped
                Given the target lacks group calls
                And a passing outcome step
            """);

        var (summary, envelopes) = await _workspace.RunAsync(_workspace.Options(typeof(OutcomeBindings)), _context);

        Assert.That(summary.Results.Select(r => (r.Status, r.Message)), Is.EqualTo(new[]
        {
            (ScenarioStatus.Pending, "radio driver not written"),
            (ScenarioStatus.Skipped, "the target has no group call support"),
        }));
        Assert.That(envelopes.StepStatuses("Skipped"), Is.EqualTo(new[] { TestStepResultStatus.SKIPPED, TestStepResultStatus.SKIPPED }));
        Assert.That(summary.Success, Is.False);
        Assert.That(summary.Counts[ScenarioStatus.Pending], Is.EqualTo(1));
    }

    [Test]
    public async Task RunAsync_Retry_RerunsFailedUntilPassEveryAttemptReported()
    {
        _workspace.Write("r.feature", "Feature: R\n  Scenario: Flaky\n    Given a step that fails 2 times\n");

        var (summary, envelopes) = await _workspace.RunAsync(_workspace.Options(typeof(FlakyBindings)) with { Retry = 3 }, _context);

        Assert.That(summary.Results.Single().Status, Is.EqualTo(ScenarioStatus.Passed));
        Assert.That(summary.Results.Single().Attempts, Is.EqualTo(3));
        Assert.That(envelopes.Select(e => e.TestCaseStarted).OfType<TestCaseStarted>().Select(s => s.Attempt), Is.EqualTo(new long[] { 0, 1, 2 }));
        Assert.That(envelopes.Select(e => e.TestCaseFinished).OfType<TestCaseFinished>().Select(f => f.WillBeRetried), Is.EqualTo(new[] { true, true, false }));
    }

    [Test]
    public async Task RunAsync_RetryExhausted_ScenarioFails()
    {
        _workspace.Write("r.feature", "Feature: R\n  Scenario: Broken\n    Given a step that always fails\n");

        var (summary, envelopes) = await _workspace.RunAsync(_workspace.Options(typeof(FlakyBindings)) with { Retry = 1 }, _context);

        Assert.That(summary.Results.Single().Status, Is.EqualTo(ScenarioStatus.Failed));
        Assert.That(envelopes.Count(e => e.TestCaseStarted is not null), Is.EqualTo(2));
    }

    [Test]
    public async Task RunAsync_FailFast_SkipsScenariosAfterFirstFailure()
    {
        _workspace.Write("f.feature", """
            Feature: F
              Scenario: Bad
                Given a step that always fails
              Scenario: Later
                Given a step that notes "later ran"
            """);

        var (summary, envelopes) = await _workspace.RunAsync(_workspace.Options(typeof(FlakyBindings)) with { FailFast = true }, _context);

        Assert.That(_runLog.Events, Does.Not.Contain("later ran"));
        Assert.That(summary.Results.Select(r => r.Status), Is.EqualTo(new[] { ScenarioStatus.Failed, ScenarioStatus.Skipped }));
        Assert.That(envelopes.StepStatuses("Later"), Is.EqualTo(new[] { TestStepResultStatus.SKIPPED }));
    }

    [Test]
    public async Task RunAsync_Cancelled_StopsReturnsInterruptedAndClosesMessageStream()
    {
        _workspace.Write("c.feature", """
            Feature: C
              Scenario: Waits
                Given a step that waits for cancellation
              Scenario: Never
                Given a step that notes "never"
            """);
        using var cancellation = new CancellationTokenSource();
        var collector = new EnvelopeCollector();
        var run = new GherkinRunner().RunAsync(_workspace.Options(typeof(FlakyBindings)), [collector], _context, cancellation.Token);
        await _runLog.WaitForAsync("waiting", TimeSpan.FromSeconds(10));

        await cancellation.CancelAsync();

        var summary = await run.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.That(summary.Interrupted, Is.True);
        Assert.That(_runLog.Events, Does.Not.Contain("never"));
        Assert.That(collector.Envelopes[^1].TestRunFinished?.Success, Is.False);
    }

    [Test]
    public async Task RunAsync_RandomOrderWithSeed_SameShuffleEveryTime()
    {
        _workspace.Write("o.feature", "Feature: O\n" + string.Concat(Enumerable.Range(1, 10).Select(i => $"  Scenario: S{i}\n    Given a step that notes \"S{i}\"\n")));
        var options = _workspace.Options(typeof(FlakyBindings)) with { Order = ScenarioOrder.Random, RandomSeed = 42 };

        await _workspace.RunAsync(options, _context);
        var first = _runLog.Events.ToList();
        await _workspace.RunAsync(options, _context);
        var second = _runLog.Events.Skip(10).ToList();
        await _workspace.RunAsync(options with { Order = ScenarioOrder.Reverse }, _context);
        var reversed = _runLog.Events.Skip(20).ToList();

        Assert.That(first, Is.EquivalentTo(Enumerable.Range(1, 10).Select(i => $"S{i}")));
        Assert.That(first, Is.Not.EqualTo(Enumerable.Range(1, 10).Select(i => $"S{i}")));
        Assert.That(second, Is.EqualTo(first));
        Assert.That(reversed, Is.EqualTo(Enumerable.Range(1, 10).Reverse().Select(i => $"S{i}")));
    }
}
