using EsnHarness.Bdd.Tests.Bindings;
using EsnHarness.Bdd.Tests.Support;
using Io.Cucumber.Messages.Types;
using NUnit.Framework;

namespace EsnHarness.Bdd.Tests;

/// <summary>Undefined steps: each reported, with the closest existing steps and a snippet typed as the values are elsewhere.</summary>
public sealed class UndefinedStepAdviceTests
{
    private FeatureWorkspace _workspace = null!;

    [SetUp]
    public void SetUp() => _workspace = new FeatureWorkspace();

    [TearDown]
    public void TearDown() => _workspace.Dispose();

    [Test]
    public async Task RunAsync_QuotedNamesKnownFromOtherSteps_SnippetTypesThemAsThoseParameterTypes()
    {
        _workspace.Write("p.feature", """
            Feature: P
              Scenario: S
                Given "Sgt Jones" is registered
                When "Sgt Jones" speaks to "Blue Watch" on the radio
            """);

        var (summary, envelopes) = await _workspace.RunAsync(_workspace.Options(typeof(PeopleBindings)));

        var message = summary.Results.Single().Message!;
        Assert.That(message, Does.Contain("[When(\"{person} speaks to {team} on the radio\")]\npublic void WhenSpeaksToOnTheRadio(Person person, Team team)"));
        var best = envelopes.Select(e => e.Suggestion).OfType<Suggestion>().Single().Snippets[0].Code;
        Assert.That(best, Does.StartWith("[When(\"{person} speaks to {team} on the radio\")]"));
    }

    [Test]
    public async Task RunAsync_ValueWrittenAsStringAndAsCustomType_CustomTypeWins()
    {
        _workspace.Write("p.feature", """
            Feature: P
              Scenario: S
                When "Blue Watch" assembles
            """);

        var (summary, _) = await _workspace.RunAsync(_workspace.Options(typeof(PeopleBindings)));

        Assert.That(summary.Results.Single().Message, Does.Contain("[When(\"{team} assembles\")]"), "one example writes Blue Watch as a {team}, another as a {string}");
    }

    [Test]
    public async Task RunAsync_UnknownQuotedValue_WordBeforeItOrTheBuiltInStringDecides()
    {
        _workspace.Write("p.feature", """
            Feature: P
              Scenario: S
                When "Someone" waves at team "Red"
            """);

        var (summary, _) = await _workspace.RunAsync(_workspace.Options(typeof(PeopleBindings)));

        Assert.That(summary.Results.Single().Message, Does.Contain("[When(\"{string} waves at team {team}\")]\npublic void WhenWavesAtTeam(string string1, Team team)"));
    }

    [Test]
    public async Task RunAsync_SeveralUndefinedSteps_EachReportedWithTheClosestExistingSteps()
    {
        _workspace.Write("p.feature", """
            Feature: P
              Scenario: S
                Given "PC Patel" is registred
                When "PC Patel" presses the emergency buton
                Then nothing else matters at all
            """);

        var (summary, _) = await _workspace.RunAsync(_workspace.Options(typeof(PeopleBindings)));

        var undefined = summary.Results.Single().Steps!.Where(s => s.Status == ScenarioStatus.Undefined).ToList();
        Assert.That(undefined.Select(s => s.Text), Is.EqualTo(new[] { "Given \"PC Patel\" is registred", "When \"PC Patel\" presses the emergency buton", "Then nothing else matters at all" }));
        Assert.That(undefined[0].Message, Does.Contain("Did you mean:\n  Given {person} is registered   (e.g. Given \"PC Patel\" is registered)\nOr add a step definition such as:"));
        Assert.That(undefined[1].Message, Does.Contain("Did you mean:\n  When {person} presses the emergency button\n"));
        Assert.That(undefined[2].Message, Does.Not.Contain("Did you mean"));
        Assert.That(undefined[2].Message, Does.Contain("Add a step definition such as:\n[Then(\"nothing else matters at all\")]"));
    }

    [Test]
    public async Task RunAsync_ListParameterType_SnippetNamesTheGenericCSharpType()
    {
        _workspace.Write("p.feature", """
            Feature: P
              Scenario: S
                Given "PC Patel" joins "Blue Watch"
                When people "PC Patel" and "Sgt Jones" arrive
            """);

        var (summary, _) = await _workspace.RunAsync(_workspace.Options(typeof(PeopleBindings)));

        Assert.That(summary.Results.Single().Message, Does.Contain("[When(\"people {people} arrive\")]\npublic void WhenPeopleArrive(IReadOnlyList<Person> people)"));
    }
}
