using EsnHarness.Bdd.Tests.Bindings;
using EsnHarness.Bdd.Tests.Support;
using Io.Cucumber.Messages.Types;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace EsnHarness.Bdd.Tests;

public sealed class GherkinRunnerTimeTests
{
    private FeatureWorkspace _workspace = null!;
    private Recorder _recorder = null!;

    [SetUp]
    public void SetUp()
    {
        _workspace = new FeatureWorkspace();
        _recorder = new Recorder();
    }

    [TearDown]
    public void TearDown()
    {
        _workspace.Dispose();
        _recorder.Dispose();
    }

    [Test]
    public async Task RunAsync_FakeTimeProvider_TimestampsAndDurationsComeFromIt()
    {
        _workspace.Write("t.feature", "Feature: T\n  Scenario: S\n    Given the dispatcher is logged in\n    When the call is answered\n");
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        var context = new TestRunContext();
        context.Set(_recorder);
        var collector = new EnvelopeCollector();

        var summary = await new GherkinRunner(time).RunAsync(_workspace.Options(typeof(MethodNameBindings)), [collector], context);

        Assert.That(summary.Success, Is.True, () => string.Join("\n", summary.Results.Select(r => r.Describe())));
        Assert.That(_recorder.Events, Is.EqualTo(new[] { "underscores", "pascal case" }));
        var started = collector.Envelopes.Select(e => e.TestRunStarted).OfType<TestRunStarted>().Single();
        Assert.That(started.Timestamp.Seconds, Is.EqualTo(time.GetUtcNow().ToUnixTimeSeconds()));
        Assert.That(collector.Envelopes.Select(e => e.TestStepFinished).OfType<TestStepFinished>().All(f => f.TestStepResult.Duration.Seconds == 0 && f.TestStepResult.Duration.Nanos == 0), Is.True);
        var patterns = collector.Envelopes.Select(e => e.StepDefinition).OfType<StepDefinition>().Select(d => d.Pattern.Source);
        Assert.That(patterns, Is.EqualTo(new[] { "the dispatcher is logged in", "the call is answered" }));
    }

    [Test]
    public async Task ScenarioResultDescribe_Failure_ShowsLocationStepAndReason()
    {
        _workspace.Write("t.feature", "Feature: T\n  Scenario: Undefined one\n    Given nothing is bound here\n");
        var context = new TestRunContext();
        context.Set(_recorder);

        var (summary, _) = await _workspace.RunAsync(_workspace.Options(typeof(MethodNameBindings)), context);

        Assert.That(summary.Results.Single().Describe(), Does.StartWith(
            "t.feature:2 Undefined one: UNDEFINED\n    Given nothing is bound here\n      Undefined step \"Given nothing is bound here\".\n      Add a step definition such as:\n      [Given(\"nothing is bound here\")]"));
    }
}
