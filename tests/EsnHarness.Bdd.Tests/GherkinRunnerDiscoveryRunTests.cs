using EsnHarness.Bdd.Tests.Bindings;
using EsnHarness.Bdd.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;

namespace EsnHarness.Bdd.Tests;

public sealed class GherkinRunnerDiscoveryRunTests
{
    private const string Sums = """
        Feature: Calculator
          Scenario: Add two numbers
            Given I have entered 50 into the calculator
            And I have entered 70 into the calculator
            When I press add
            Then the result should be 120 on the screen

          @slow
          Scenario: Wrong sum
            Given I have entered 1 into the calculator
            When I press add
            Then the result should be 3 on the screen
        """;

    private FeatureWorkspace _workspace = null!;

    [SetUp]
    public void SetUp() => _workspace = new FeatureWorkspace();

    [TearDown]
    public void TearDown() => _workspace.Dispose();

    [Test]
    public async Task RunAsync_FromDiscovery_WritesTheSameMessagesAsARunOfTheOptions()
    {
        _workspace.Write("selected/sums.feature", Sums);
        _workspace.Write("other/more.feature", Sums.Replace("Calculator", "More sums", StringComparison.Ordinal));
        var options = _workspace.Options(typeof(CalculatorBindings)) with { FeaturePaths = ["selected"], CataloguePaths = ["selected", "other"], Tags = "not @slow" };
        var start = new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero);

        var parsedByTheRun = await LinesOfAsync(sinks => new GherkinRunner(new FakeTimeProvider(start)).RunAsync(options, sinks));
        var runner = new GherkinRunner(new FakeTimeProvider(start));
        var fromDiscovery = await LinesOfAsync(sinks => runner.RunAsync(runner.Discover(options), sinks));

        Assert.That(fromDiscovery, Is.EqualTo(parsedByTheRun));
        Assert.That(fromDiscovery.Count(line => line.StartsWith("{\"testCaseFinished\"", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That(fromDiscovery.Count(line => line.StartsWith("{\"gherkinDocument\"", StringComparison.Ordinal)), Is.EqualTo(2), "the catalogue's other file is recorded");
    }

    [Test]
    public async Task RunAsync_FromDiscovery_RunsWhatWasDiscoveredWithoutReadingTheFilesAgain()
    {
        var path = _workspace.Write("sums.feature", Sums);
        var runner = new GherkinRunner();
        var discovery = runner.Discover(_workspace.Options(typeof(CalculatorBindings)));
        File.WriteAllText(path, "Feature: Changed after discovery\n  Scenario: Not discovered\n    Given an undefined step\n");

        var collector = new EnvelopeCollector();
        var summary = await runner.RunAsync(discovery, [collector]);

        Assert.That(summary.Results.Select(r => (r.Pickle.Name, r.Status)), Is.EqualTo(new[] { ("Add two numbers", ScenarioStatus.Passed), ("Wrong sum", ScenarioStatus.Failed) }));
    }

    [Test]
    public void RunAsync_DiscoveryNotMadeByDiscover_ThrowsArgumentException()
    {
        var made = new Discovery([], [], []);

        Assert.That(() => new GherkinRunner().RunAsync(made, []), Throws.ArgumentException.With.Message.Contains("GherkinRunner.Discover"));
    }

    private static async Task<List<string>> LinesOfAsync(Func<IReadOnlyList<IEnvelopeSink>, Task<RunSummary>> run)
    {
        var collector = new EnvelopeCollector();
        await run([collector]);
        return [.. collector.Envelopes.Select(NdjsonSerializer.Serialize)];
    }
}
