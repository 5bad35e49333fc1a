using EsnHarness.Bdd.Tests.Support;
using Io.Cucumber.Messages.Types;
using NUnit.Framework;

namespace EsnHarness.Bdd.Tests;

/// <summary>Line selections that point at nothing say what is there instead; the catalogue around a selection is recorded.</summary>
public sealed class GherkinRunnerSelectionTests
{
    private const string Outline = CallsFeature.Text;

    private FeatureWorkspace _workspace = null!;

    [SetUp]
    public void SetUp() => _workspace = new FeatureWorkspace();

    [TearDown]
    public void TearDown() => _workspace.Dispose();

    [TestCase(9, "is a step of the scenario at line 8; scenarios start at lines 8 and 11")]
    [TestCase(12, "is a step of the scenario outline at line 11; scenarios start at lines 8 and 11")]
    [TestCase(16, "is the header of the examples at line 15 of the scenario outline at line 11, not a row (rows at lines 17 and 18)")]
    [TestCase(14, "is a tag line of the examples at line 15 of the scenario outline at line 11")]
    [TestCase(7, "is a tag line of the scenario at line 8")]
    [TestCase(4, "is in the Background at line 3, which runs before each scenario and is not one itself")]
    [TestCase(10, "is a blank line after the scenario at line 8")]
    [TestCase(1, "is the Feature's tag line (the Feature is at line 2)")]
    [TestCase(99, "is past the end of the file (23 lines)")]
    public void Discover_LineThatSelectsNothing_SaysWhatIsThereAndWhereScenariosStart(int line, string expected)
    {
        _workspace.Write("calls.feature", Outline);

        var discovery = new GherkinRunner().Discover(_workspace.Options() with { FeaturePaths = [$"calls.feature:{line}"] });

        Assert.That(discovery.Pickles, Is.Empty);
        Assert.That(discovery.SelectionProblems, Has.Count.EqualTo(1));
        Assert.That(discovery.SelectionProblems[0].ToString(), Does.StartWith($"calls.feature:{line} {expected}"));
        Assert.That(discovery.SelectionProblems[0].ToString(), Does.EndWith("scenarios start at lines 8 and 11"));
    }

    [Test]
    public void Discover_GoodAndBadLine_OnlyTheBadOneIsAProblem()
    {
        _workspace.Write("calls.feature", Outline);

        var discovery = new GherkinRunner().Discover(_workspace.Options() with { FeaturePaths = ["calls.feature:8:9"] });

        Assert.That(discovery.Pickles.Select(p => p.Name), Is.EqualTo(new[] { "Plain call" }));
        Assert.That(discovery.SelectionProblems.Select(p => p.Line), Is.EqualTo(new[] { 9 }));
    }

    [Test]
    public void Discover_ManyScenarios_NamesTheNearestThree()
    {
        _workspace.Write("many.feature", "Feature: Many\n" + string.Concat(Enumerable.Range(1, 6).Select(i => $"  Scenario: S{i}\n    Given step {i}\n")));

        var problem = new GherkinRunner().Discover(_workspace.Options() with { FeaturePaths = ["many.feature:7"] }).SelectionProblems.Single();

        Assert.That(problem.Description, Is.EqualTo("is a step of the scenario at line 6; the nearest scenarios start at lines 4, 6 and 8"));
    }

    [Test]
    public async Task RunAsync_CataloguePaths_OtherFilesRecordedAsDocumentsWithoutPickles()
    {
        _workspace.Write("voice/calls.feature", Outline);
        _workspace.Write("data/sds.feature", "Feature: SDS\n  Scenario: Send\n    Given a radio\n");
        _workspace.Write("data/broken.feature", "Feature: Broken\n  Scenario: x\n    Given a radio\n  not gherkin\n");

        var (summary, envelopes) = await _workspace.RunAsync(_workspace.Options() with { FeaturePaths = ["voice/calls.feature:8"], CataloguePaths = ["."], DryRun = true });

        Assert.That(summary.Results.Select(r => r.Pickle.Name), Is.EqualTo(new[] { "Plain call" }));
        Assert.That(summary.ParseErrors, Is.Empty, "a catalogue file outside the selection does not fail the run");
        Assert.That(envelopes.Select(e => e.GherkinDocument?.Uri).OfType<string>(), Is.EqualTo(new[] { "voice/calls.feature", "data/sds.feature" }));
        Assert.That(envelopes.Select(e => e.Source?.Uri).OfType<string>(), Is.EqualTo(new[] { "voice/calls.feature", "data/sds.feature" }));
        Assert.That(envelopes.Select(e => e.Pickle).OfType<Pickle>().Select(p => p.Name), Is.EqualTo(new[] { "Plain call" }));
    }
}
