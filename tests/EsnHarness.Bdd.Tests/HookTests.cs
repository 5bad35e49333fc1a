using EsnHarness.Bdd.Tests.Bindings;
using EsnHarness.Bdd.Tests.Support;
using Io.Cucumber.Messages.Types;
using NUnit.Framework;

namespace EsnHarness.Bdd.Tests;

public sealed class HookTests
{
    private FeatureWorkspace _workspace = null!;
    private Recorder _recorder = null!;
    private TestRunContext _context = null!;

    [SetUp]
    public void SetUp()
    {
        _workspace = new FeatureWorkspace();
        _recorder = new Recorder();
        _context = new TestRunContext();
        _context.Set(_recorder);
    }

    [TearDown]
    public void TearDown()
    {
        _workspace.Dispose();
        _recorder.Dispose();
    }

    [Test]
    public async Task RunAsync_Hooks_RunInOrderWithTagScopeAndAfterHooksAfterFailure()
    {
        _workspace.Write("hooks.feature", """
            Feature: Hooks
              @tagged
              Scenario: First
                Given a hooked step

              Scenario: Second
                Given a failing hooked step
                And a hooked step
            """);

        var (summary, _) = await _workspace.RunAsync(_workspace.Options(typeof(HookBindings)), _context);

        Assert.That(_recorder.Events, Is.EqualTo(new[]
        {
            "before run", "before feature",
            "before 1 First", "before 2", "before tagged", "before step", "step", "after step", "after (no error)",
            "before 1 Second", "before 2", "before step", "after step", "after (boom)",
            "after feature", "after run",
        }));
        Assert.That(summary.Results.Select(r => r.Status), Is.EqualTo(new[] { ScenarioStatus.Passed, ScenarioStatus.Failed }));
    }

    [Test]
    public async Task RunAsync_ScenarioHooks_AreTestStepsAndHookMessages()
    {
        _workspace.Write("hooks.feature", "Feature: Hooks\n  @tagged\n  Scenario: First\n    Given a hooked step\n");

        var (_, envelopes) = await _workspace.RunAsync(_workspace.Options(typeof(HookBindings)), _context);

        var hooks = envelopes.Select(e => e.Hook).OfType<Hook>().ToList();
        Assert.That(hooks.Select(h => h.Type), Is.EqualTo(new[]
        {
            HookType.BEFORE_TEST_RUN, HookType.AFTER_TEST_RUN, HookType.BEFORE_TEST_CASE, HookType.BEFORE_TEST_CASE, HookType.BEFORE_TEST_CASE,
            HookType.BEFORE_TEST_STEP, HookType.AFTER_TEST_STEP, HookType.AFTER_TEST_CASE,
        }));
        Assert.That(hooks.Single(h => h.TagExpression is not null).TagExpression, Is.EqualTo("@tagged"));
        var testCase = envelopes.Select(e => e.TestCase).OfType<TestCase>().Single();
        Assert.That(testCase.TestSteps.Select(s => s.HookId is null ? "step" : "hook"), Is.EqualTo(new[] { "hook", "hook", "hook", "step", "hook" }));
        Assert.That(envelopes.Count(e => e.TestRunHookFinished is not null), Is.EqualTo(2));
    }

    [Test]
    public async Task RunAsync_OutputHelper_AttachesToCurrentStep()
    {
        _workspace.Write("evidence.feature", "Feature: Evidence\n  Scenario: KPI\n    Given a hooked step\n    Given I attach evidence\n");

        var (_, envelopes) = await _workspace.RunAsync(_workspace.Options(typeof(HookBindings)), _context);

        var attachments = envelopes.Select(e => e.Attachment).OfType<Attachment>().ToList();
        var testCase = envelopes.Select(e => e.TestCase).OfType<TestCase>().Single();
        var attachStep = testCase.TestSteps.Where(s => s.PickleStepId is not null).Last();
        Assert.That(attachments.Select(a => (a.MediaType, a.Body, a.ContentEncoding, a.FileName)), Is.EqualTo(new[]
        {
            ("text/x.cucumber.log+plain", "log line", AttachmentContentEncoding.IDENTITY, (string?)null),
            ("application/vnd.esn.evidence+json", "{\"value\": 41.2}", AttachmentContentEncoding.IDENTITY, "kpi.json"),
            ("application/octet-stream", "AQID", AttachmentContentEncoding.BASE64, null),
        }));
        Assert.That(attachments.All(a => a.TestStepId == attachStep.Id), Is.True);
        var list = envelopes.ToList();
        var started = list.FindIndex(e => e.TestStepStarted?.TestStepId == attachStep.Id);
        var finished = list.FindIndex(e => e.TestStepFinished?.TestStepId == attachStep.Id);
        Assert.That(list.FindIndex(e => e.Attachment is not null), Is.EqualTo(started + 1));
        Assert.That(list.FindLastIndex(e => e.Attachment is not null), Is.EqualTo(finished - 1));
    }

    [Test]
    public async Task RunAsync_DryRun_MatchesStepsButRunsNothing()
    {
        _workspace.Write("hooks.feature", "Feature: Hooks\n  Scenario: First\n    Given a failing hooked step\n    And an undefined step\n");

        var (summary, envelopes) = await _workspace.RunAsync(_workspace.Options(typeof(HookBindings)) with { DryRun = true }, _context);

        Assert.That(_recorder.Events, Is.Empty);
        Assert.That(envelopes.StepStatuses("First"), Is.EqualTo(new[]
        {
            TestStepResultStatus.SKIPPED, TestStepResultStatus.SKIPPED, TestStepResultStatus.SKIPPED, TestStepResultStatus.UNDEFINED, TestStepResultStatus.SKIPPED,
        }));
        Assert.That(summary.Results.Single().Status, Is.EqualTo(ScenarioStatus.Undefined));
    }

    [Test]
    public async Task RunAsync_BeforeFeatureFails_ScenariosOfThatFeatureFailOthersPass()
    {
        _workspace.Write("a.feature", "@broken-setup\nFeature: A\n  Scenario: A1\n    Given a feature-hooked step\n  Scenario: A2\n    Given a feature-hooked step\n");
        _workspace.Write("b.feature", "Feature: B\n  Scenario: B1\n    Given a feature-hooked step\n");

        var (summary, _) = await _workspace.RunAsync(_workspace.Options(typeof(FailingFeatureHookBindings)), _context);

        Assert.That(summary.Results.Select(r => (r.Pickle.Name, r.Status)), Is.EqualTo(new[]
        {
            ("A1", ScenarioStatus.Failed), ("A2", ScenarioStatus.Failed), ("B1", ScenarioStatus.Passed),
        }));
        Assert.That(summary.Results[0].Message, Is.EqualTo("BeforeFeature hook failed: simulator did not start"));
    }

    [Test]
    public async Task SessionRunPickle_OnlySomePicklesRun_AfterFeatureStillRunsOnceAtFinish()
    {
        _workspace.Write("a.feature", "Feature: A\n  Scenario: A1\n    Given a hooked step\n  Scenario: A2\n    Given a hooked step\n");
        var session = await new GherkinRunner().StartAsync(_workspace.Options(typeof(HookBindings)), [], _context);

        var result = await session.RunPickleAsync(session.Pickles[0].Id);
        var summary = await session.FinishAsync();

        Assert.That(result.Status, Is.EqualTo(ScenarioStatus.Passed));
        Assert.That(summary.Results, Has.Count.EqualTo(1));
        Assert.That(_recorder.Events.Count(e => e == "after feature"), Is.EqualTo(1));
        Assert.That(_recorder.Events[^1], Is.EqualTo("after run"));
    }
}
