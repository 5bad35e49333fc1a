using EsnHarness.Bdd.Tests.Bindings;
using EsnHarness.Bdd.Tests.Support;
using Io.Cucumber.Messages.Types;
using NUnit.Framework;

namespace EsnHarness.Bdd.Tests;

public sealed class ParallelExecutionTests
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
    public async Task RunAsync_TwoWorkers_ScenariosOverlapAndEachTestCaseStreamIsContiguous()
    {
        _workspace.Write("p.feature", """
            Feature: P
              Scenario: Alpha
                Given I meet "Beta"
              Scenario: Beta
                Given I meet "Alpha"
            """);

        var (summary, envelopes) = await _workspace.RunAsync(_workspace.Options(typeof(ParallelBindings)) with { Workers = 2 }, _context);

        Assert.That(summary.Failures, Is.Empty, () => summary.Failures[0].Message ?? string.Empty);
        var owners = envelopes.Select(OwnerOf).Where(o => o is not null).ToList();
        var blocks = owners.Zip(owners.Skip(1)).Count(p => p.First != p.Second) + 1;
        Assert.That(blocks, Is.EqualTo(2), "the messages of one test case must not interleave with another's");
        Assert.That(envelopes[^1].TestRunFinished, Is.Not.Null);
    }

    [Test]
    public async Task RunAsync_SerialAndExclusiveTags_NeverOverlapWithOthers()
    {
        _workspace.Write("p.feature", """
            Feature: P
              @serial
              Scenario: Serial
                Given I work for a while
              @exclusive:db
              Scenario: Db1
                Given I work for a while
              @exclusive:db
              Scenario: Db2
                Given I work for a while
              Scenario: Free1
                Given I work for a while
              Scenario: Free2
                Given I work for a while
              @serial
              Scenario: Serial2
                Given I work for a while
            """);

        var (summary, _) = await _workspace.RunAsync(_workspace.Options(typeof(ParallelBindings)) with { Workers = 4 }, _context);

        Assert.That(summary.Results, Has.Count.EqualTo(6));
        var events = _runLog.Events.ToList();
        foreach (var serial in new[] { "Serial", "Serial2" })
        {
            var enter = events.IndexOf($"enter {serial}");
            Assert.That(events[enter + 1], Is.EqualTo($"exit {serial}"), () => string.Join(", ", events));
        }

        var db1 = (events.IndexOf("enter Db1"), events.IndexOf("exit Db1"));
        var db2 = (events.IndexOf("enter Db2"), events.IndexOf("exit Db2"));
        Assert.That(db1.Item2 < db2.Item1 || db2.Item2 < db1.Item1, Is.True, () => string.Join(", ", events));
    }

    [Test]
    public void RunAsync_ZeroWorkers_ThrowsConfigurationError()
    {
        _workspace.Write("p.feature", "Feature: P\n  Scenario: S\n    Given I work for a while\n");

        Assert.ThrowsAsync<BddConfigurationException>(() => _workspace.RunAsync(_workspace.Options(typeof(ParallelBindings)) with { Workers = 0 }, _context));
    }

    private static string? OwnerOf(Envelope envelope) =>
        envelope.TestCaseStarted?.Id ?? envelope.TestStepStarted?.TestCaseStartedId ?? envelope.TestStepFinished?.TestCaseStartedId
        ?? envelope.Attachment?.TestCaseStartedId ?? envelope.TestCaseFinished?.TestCaseStartedId;
}
