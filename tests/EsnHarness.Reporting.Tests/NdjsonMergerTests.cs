using EsnHarness.Reporting.Tests.TestData;

namespace EsnHarness.Reporting.Tests;

public class NdjsonMergerTests
{
    private TempDirectory _dir = null!;

    [SetUp]
    public void SetUp() => _dir = new TempDirectory();

    [TearDown]
    public void TearDown() => _dir.Dispose();

    private static RunBuilder Shard(string prefix, DateTimeOffset start, string uri, string name, ScenarioStatus status)
    {
        var run = new RunBuilder(prefix, start);
        run.Feature(uri, name).Scenario(name + " works", "@REQ-LDN-X-" + name.Length, "@MPS", "@must")
            .Given("the system is up").Then("it works", status, status == ScenarioStatus.Failed ? "it did not" : null);
        return run;
    }

    private IReadOnlyList<string> MergeToLines(params RunBuilder[] shards)
    {
        var paths = shards.Select((s, i) => s.WriteTo(_dir.File($"shard{i + 1}.ndjson"))).ToList();
        var output = _dir.File("merged.ndjson");
        NdjsonMerger.Merge(paths, output);
        return File.ReadAllLines(output);
    }

    [Test]
    public void Merge_ShardsWithTheSameIdScheme_IdsStayUniqueAndResolvable()
    {
        var t0 = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
        var lines = MergeToLines(
            Shard("", t0.AddSeconds(5), "features/voice/a.feature", "Voice", ScenarioStatus.Passed),
            Shard("", t0, "features/data/b.feature", "Data", ScenarioStatus.Passed));

        Assert.That(StreamIntegrity.Problems(lines), Is.Empty);
        Assert.That(lines.Count(l => l.StartsWith("{\"meta\"", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That(lines.Count(l => l.StartsWith("{\"testRunStarted\"", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That(lines.Count(l => l.StartsWith("{\"testRunFinished\"", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That(lines[^1], Does.StartWith("{\"testRunFinished\""));
    }

    [Test]
    public void Merge_Shards_RunSpansEarliestStartToLatestFinishAndFailsIfAnyShardFailed()
    {
        var t0 = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
        var a = Shard("", t0.AddSeconds(5), "features/voice/a.feature", "Voice", ScenarioStatus.Failed);
        var b = Shard("", t0, "features/data/b.feature", "Data", ScenarioStatus.Passed);
        var merged = _dir.File("merged.ndjson");
        NdjsonMerger.Merge([a.WriteTo(_dir.File("a.ndjson")), b.WriteTo(_dir.File("b.ndjson"))], merged);

        var model = ReportModel.Load([merged]);

        Assert.That(model.Run.StartedAt, Is.EqualTo(t0));
        Assert.That(model.Run.FinishedAt, Is.GreaterThan(t0.AddSeconds(5)));
        Assert.That(model.Run.Success, Is.False);
        Assert.That(model.Run.Shards, Is.EqualTo(new[] { "a.ndjson", "b.ndjson" }));
        Assert.That(model.Scenarios.Select(s => (s.Name, s.Status)),
            Is.EqualTo(new[] { ("Voice works", ScenarioStatus.Failed), ("Data works", ScenarioStatus.Passed) }));
    }

    [TestCase("", TestName = "Merge_ShardsSplittingOneFeature_SameIds_DocumentAndPicklesOnce")]
    [TestCase("b-", TestName = "Merge_ShardsSplittingOneFeature_DifferentIds_DocumentAndPicklesOnce")]
    public void Merge_ShardsSplittingOneFeature_DocumentAndPicklesOnce(string secondPrefix)
    {
        RunBuilder Build(string prefix, bool firstRuns)
        {
            var run = new RunBuilder(prefix);
            var feature = run.Feature("features/voice/split.feature", "Split feature");
            var one = feature.Scenario("One", "@REQ-LDN-VOICE-101", "@LFB", "@must").Given("step one");
            var two = feature.Scenario("Two", "@REQ-LDN-VOICE-102", "@LFB", "@must").Given("step two", ScenarioStatus.Failed, "two failed");
            (firstRuns ? two : one).NotRun();
            return run;
        }

        var lines = MergeToLines(Build("", firstRuns: true), Build(secondPrefix, firstRuns: false));
        var model = ReportModel.Load([_dir.File("merged.ndjson")]);

        Assert.That(StreamIntegrity.Problems(lines), Is.Empty);
        Assert.That(lines.Count(l => l.StartsWith("{\"source\"", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That(lines.Count(l => l.StartsWith("{\"gherkinDocument\"", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That(lines.Count(l => l.StartsWith("{\"pickle\"", StringComparison.Ordinal)), Is.EqualTo(2));
        Assert.That(lines.Count(l => l.StartsWith("{\"stepDefinition\"", StringComparison.Ordinal)), Is.EqualTo(2));
        Assert.That(model.Scenarios.Select(s => (s.Name, s.Status)), Is.EqualTo(new[] { ("One", ScenarioStatus.Passed), ("Two", ScenarioStatus.Failed) }));
    }

    [Test]
    public void Merge_ShardsWithDifferentTextForOneFeature_NamesTheFileThatDisagrees()
    {
        var a = Shard("", DateTimeOffset.UnixEpoch, "features/voice/a.feature", "Voice", ScenarioStatus.Passed).WriteTo(_dir.File("a.ndjson"));
        var b = Shard("", DateTimeOffset.UnixEpoch, "features/voice/a.feature", "Voices", ScenarioStatus.Passed).WriteTo(_dir.File("b.ndjson"));

        var error = Assert.Throws<ReportInputException>(() => NdjsonMerger.Merge([a, b]));

        Assert.That(error!.Message, Does.StartWith(b + ":2: features/voice/a.feature differs from the one in " + a));
    }

    [Test]
    public void Merge_CatalogueWithItself_KeepsEveryScenarioOnceWithItsResult()
    {
        var run = SampleRuns.Catalogue();
        var lines = MergeToLines(run, SampleRuns.Catalogue("x"));
        var model = ReportModel.Load([_dir.File("merged.ndjson")]);

        Assert.That(StreamIntegrity.Problems(lines), Is.Empty);
        Assert.That(model.Scenarios.Select(s => (s.Name, s.Status)), Is.EquivalentTo(run.Scenarios.Select(s => (s.Name, s.ExpectedStatus))));
        Assert.That(model.Run.Profile, Is.EqualTo("reference"));
    }

    [Test]
    public void Merge_MalformedShard_NamesFileAndLine()
    {
        var good = SampleRuns.Catalogue().WriteTo(_dir.File("good.ndjson"));
        var bad = _dir.File("bad.ndjson");
        File.WriteAllText(bad, "{\"testRunStarted\":{\"id\":\"1\",\"timestamp\":{\"seconds\":0,\"nanos\":0}}}\nnot json\n");

        var error = Assert.Throws<ReportInputException>(() => NdjsonMerger.Merge([good, bad]));

        Assert.That(error!.Message, Does.StartWith(bad + ":2: not a Cucumber Messages envelope"));
    }
}
