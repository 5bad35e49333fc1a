using EsnHarness.Cli.Tests.Support;
using EsnHarness.Reporting;
using EsnHarness.Steps.Model;

namespace EsnHarness.Cli.Tests;

/// <summary>The reporting vocabulary comes from esn.json (#13 item 4): the readiness matrix's agencies and the priority
/// tags esn check and the reports know are the ones esn.json names; without a vocabulary section, the London ones.</summary>
[TestFixture]
public sealed class VocabularyTests
{
    private const string Vocabulary = """
        { "vocabulary": { "agencies": ["BTP", "COLP"], "priorities": ["blocker", "wanted"] } }
        """;

    private CliHarness _cli = null!;

    [SetUp]
    public void SetUp() => _cli = new CliHarness();

    [TearDown]
    public void TearDown() => _cli.Dispose();

    [Test]
    public void DefaultVocabulary_Agencies_AreTheContractsAgencies() =>
        Assert.That(RequirementVocabulary.Default.Agencies, Is.EqualTo(AgencyNames.All.Select(agency => agency.Name())),
            "the reports' default agencies are those of esn.common.v1.Agency, in its order");

    [Test]
    public async Task Run_EsnJsonVocabulary_ReadinessMatrixRowsAreItsAgencies()
    {
        _cli.Write("esn.json", Vocabulary);
        _cli.Write("features/underground/bank.feature", """
            Feature: Bank station
              @REQ-T-101 @BTP @MPS @blocker
              Scenario: a call at Bank
                Given a passing step
            """);

        var (exitCode, output, error) = await _cli.RunAsync("run", "--bindings", CliHarness.BindingsAssembly, "--format", "html:doc.html", "--format", "message:run.ndjson");
        var report = await _cli.RunAsync("report", "html", "--from", "run.ndjson", "--output", "again.html");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(0), output + error);
            Assert.That(File.ReadAllText(_cli.Path("doc.html")), Does.Contain("\"agencies\":[\"BTP\"]"), "MPS is not an agency of this vocabulary");
            Assert.That(report.ExitCode, Is.EqualTo(0), report.Output + report.Error);
            Assert.That(File.ReadAllText(_cli.Path("again.html")), Does.Contain("\"agencies\":[\"BTP\"]"), "esn report reads esn.json too");
        });
    }

    [Test]
    public async Task Check_EsnJsonPriorities_TheirTagsCountAndTheMissingOneIsNamed()
    {
        _cli.Write("esn.json", Vocabulary);
        _cli.Write("features/voice/calls.feature", """
            Feature: Calls
              @REQ-T-201 @wanted @london-assumption
              Scenario: with a priority of this vocabulary
                Given a passing step
              @REQ-T-202 @must
              Scenario: with a priority of another
                Given a passing step
            """);

        var (exitCode, output, _) = await _cli.RunAsync("check", "--bindings", CliHarness.BindingsAssembly);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1), output);
            Assert.That(output, Does.Contain("scenario 'with a priority of another' has no priority tag (@blocker, @wanted)"));
            Assert.That(output, Does.Not.Contain("'with a priority of this vocabulary'"));
        });
    }
}
