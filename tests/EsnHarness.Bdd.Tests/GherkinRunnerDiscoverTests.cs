using EsnHarness.Bdd.Tests.Support;
using NUnit.Framework;

namespace EsnHarness.Bdd.Tests;

public sealed class GherkinRunnerDiscoverTests
{
    private const string Outline = CallsFeature.Text;

    private FeatureWorkspace _workspace = null!;

    [SetUp]
    public void SetUp() => _workspace = new FeatureWorkspace();

    [TearDown]
    public void TearDown() => _workspace.Dispose();

    [Test]
    public void Discover_OutlineWithTaggedExamples_OnePicklePerRowWithLineValuesAndInheritedTags()
    {
        _workspace.Write("calls/calls.feature", Outline);

        var pickles = new GherkinRunner().Discover(_workspace.Options()).Pickles;

        Assert.That(pickles.Select(p => p.Name), Is.EqualTo(new[] { "Plain call", "Call A", "Call B", "Call C" }));
        Assert.That(pickles.Select(p => p.Line), Is.EqualTo(new[] { 8, 17, 18, 23 }));
        Assert.That(pickles[0].Uri, Is.EqualTo("calls/calls.feature"));
        Assert.That(pickles[0].Tags, Is.EqualTo(new[] { "@feature-tag", "@rule-scenario" }));
        Assert.That(pickles[3].Tags, Is.EqualTo(new[] { "@feature-tag", "@slow" }));
        Assert.That(pickles[2].ExampleValues, Is.EqualTo(new Dictionary<string, string> { ["group"] = "B", ["size"] = "2" }));
        Assert.That(pickles[2].DisplayName, Is.EqualTo("Call B (row 2: group=B, size=2)"));
        Assert.That(pickles[0].FeatureName, Is.EqualTo("Calls"));
    }

    [TestCase("calls/calls.feature:8", new[] { "Plain call" })]
    [TestCase("calls/calls.feature:18", new[] { "Call B" })]
    [TestCase("calls/calls.feature:15", new[] { "Call A", "Call B" })]
    [TestCase("calls/calls.feature:11", new[] { "Call A", "Call B", "Call C" })]
    [TestCase("calls/calls.feature:6", new[] { "Plain call", "Call A", "Call B", "Call C" })]
    [TestCase("calls/calls.feature:8:23", new[] { "Plain call", "Call C" })]
    public void Discover_PathWithLine_SelectsScenarioRowExamplesOrRule(string path, string[] expected)
    {
        _workspace.Write("calls/calls.feature", Outline);

        var pickles = new GherkinRunner().Discover(_workspace.Options() with { FeaturePaths = [path] }).Pickles;

        Assert.That(pickles.Select(p => p.Name), Is.EqualTo(expected));
    }

    [TestCase("@fast", new[] { "Call A", "Call B" })]
    [TestCase("@feature-tag and not @fast", new[] { "Plain call", "Call C" })]
    [TestCase("@rule-scenario or @slow", new[] { "Plain call", "Call C" })]
    public void Discover_TagExpression_SelectsMatchingPickles(string tags, string[] expected)
    {
        _workspace.Write("calls.feature", Outline);

        var pickles = new GherkinRunner().Discover(_workspace.Options() with { Tags = tags }).Pickles;

        Assert.That(pickles.Select(p => p.Name), Is.EqualTo(expected));
    }

    [Test]
    public void Discover_NameRegex_SelectsMatchingNames()
    {
        _workspace.Write("calls.feature", Outline);

        var pickles = new GherkinRunner().Discover(_workspace.Options() with { NameRegex = "^Call [AC]$" }).Pickles;

        Assert.That(pickles.Select(p => p.Name), Is.EqualTo(new[] { "Call A", "Call C" }));
    }

    [Test]
    public void Discover_InvalidTagExpression_ThrowsConfigurationErrorNamingIt()
    {
        _workspace.Write("calls.feature", Outline);

        var error = Assert.Throws<BddConfigurationException>(() => new GherkinRunner().Discover(_workspace.Options() with { Tags = "@a and" }));

        Assert.That(error!.Message, Does.StartWith("invalid tag expression '@a and'"));
        Assert.That(error.Message, Does.Not.Contain("\n"));
    }

    [Test]
    public void Discover_MissingFeaturePath_ThrowsConfigurationError()
    {
        var error = Assert.Throws<BddConfigurationException>(() => new GherkinRunner().Discover(_workspace.Options() with { FeaturePaths = ["nowhere"] }));

        Assert.That(error!.Message, Does.StartWith("feature path 'nowhere' does not exist"));
    }

    [Test]
    public void Discover_MalformedFile_ReportsUriLineColumnAndKeepsOtherFiles()
    {
        _workspace.Write("a-good.feature", "Feature: Good\n  Scenario: Works\n    Given a step\n");
        _workspace.Write("b-bad.feature", "Feature: Bad\n  Scenario: Broken\n    Given a step\n  This line is not Gherkin\n");

        var discovery = new GherkinRunner().Discover(_workspace.Options());

        Assert.That(discovery.Pickles.Select(p => p.Name), Is.EqualTo(new[] { "Works" }));
        Assert.That(discovery.ParseErrors, Has.Count.EqualTo(1));
        Assert.That(discovery.ParseErrors[0].ToString(), Does.StartWith("b-bad.feature:4:3: expected: "));
        Assert.That(discovery.ParseErrors[0].ToString(), Does.Contain("got 'This line is not Gherkin'"));
    }

    [Test]
    public void Discover_OtherLanguage_CompilesLocalisedKeywords()
    {
        _workspace.Write("fr.feature", "# language: fr\nFonctionnalité: Appels\n  Scénario: Appel de groupe\n    Soit une radio\n    Quand j'appelle\n");

        var pickles = new GherkinRunner().Discover(_workspace.Options()).Pickles;

        Assert.That(pickles.Single().Name, Is.EqualTo("Appel de groupe"));
        Assert.That(pickles.Single().FeatureName, Is.EqualTo("Appels"));
    }

    [Test]
    public void Discover_Shards_EveryPickleInExactlyOneShardAndStable()
    {
        var text = "Feature: Many\n" + string.Concat(Enumerable.Range(1, 40).Select(i => $"  Scenario: S{i}\n    Given step {i}\n"));
        _workspace.Write("many.feature", text);
        var runner = new GherkinRunner();

        var shards = Enumerable.Range(1, 3).Select(i => runner.Discover(_workspace.Options() with { Shard = new Shard(i, 3) }).Pickles.Select(p => p.Name).ToList()).ToList();
        var again = runner.Discover(_workspace.Options() with { Shard = Shard.Parse("2/3") }).Pickles.Select(p => p.Name);

        Assert.That(shards.SelectMany(s => s).Order(), Is.EquivalentTo(Enumerable.Range(1, 40).Select(i => $"S{i}")));
        Assert.That(shards.SelectMany(s => s).Distinct().Count(), Is.EqualTo(40));
        Assert.That(shards.All(s => s.Count > 0), Is.True);
        Assert.That(again, Is.EqualTo(shards[1]));
    }

    [TestCase("0/3")]
    [TestCase("4/3")]
    [TestCase("x")]
    public void ShardParse_Invalid_ThrowsConfigurationError(string text) =>
        Assert.Throws<BddConfigurationException>(() => Shard.Parse(text));

    [Test]
    public void Discover_FileWithSeveralErrors_ReportsEachOnItsOwnLine()
    {
        _workspace.Write("bad.feature", "Feature: Bad\n  Scenario: One\n    Given a step\n  oops one\n  Scenario: Two\n    Given a step\n  oops two\n");

        var problems = new GherkinRunner().Discover(_workspace.Options()).ParseErrors;

        Assert.That(problems.Select(p => (p.Line, p.Column)), Is.EqualTo(new[] { (4, 3), (7, 3) }));
        Assert.That(problems.All(p => !p.ToString().Contains('\n', StringComparison.Ordinal)), Is.True);
    }
}
