using EsnHarness.Reporting.Tests.TestData;

namespace EsnHarness.Reporting.Tests;

public class ReportModelTests
{
    private TempDirectory _dir = null!;

    [SetUp]
    public void SetUp() => _dir = new TempDirectory();

    [TearDown]
    public void TearDown() => _dir.Dispose();

    private ReportModel LoadCatalogue() => ReportModel.Load([SampleRuns.Catalogue().WriteTo(_dir.File("run.ndjson"))]);

    [Test]
    public void Load_Catalogue_GroupsScenariosByFeatureWithCapability()
    {
        var model = LoadCatalogue();

        Assert.That(model.Features.Select(f => (f.Capability, f.Name, f.Scenarios.Count)), Is.EqualTo(new[]
        {
            ("voice", "PTT access on an operational group", 4),
            ("emergency", "Emergency alert reaches the control room", 3),
        }));
        Assert.That(model.Features[0].Description, Does.StartWith("As a firefighter on FLON-OPS01\nI need"));
        Assert.That(model.Features[1].Rules.Single().Name, Is.EqualTo("Alerts carry location"));
        Assert.That(model.Features[1].Rules.Single().Description, Is.EqualTo("Every emergency alert carries the last known position."));
    }

    [Test]
    public void Load_Catalogue_EachScenarioHasTheStatusOfItsWorstStep()
    {
        var run = SampleRuns.Catalogue();
        var model = ReportModel.Load([run.WriteTo(_dir.File("run.ndjson"))]);

        Assert.That(model.Scenarios.Select(s => (s.Name, s.Status)), Is.EquivalentTo(run.Scenarios.Select(s => (s.Name, s.ExpectedStatus))));
        Assert.That(model.Scenarios.Select(s => s.Status), Does.Contain(ScenarioStatus.NotRun).And.Contain(ScenarioStatus.Undefined).And.Contain(ScenarioStatus.Pending));
    }

    [Test]
    public void Load_FailedScenario_KeepsTheFailingStepAndMessage()
    {
        var failed = LoadCatalogue().Scenarios.Single(s => s.Requirement.RequirementId == "REQ-LDN-VOICE-002");

        Assert.That(failed.FirstProblemStep!.Text, Is.EqualTo("95% of bursts are heard within 300 ms"));
        Assert.That(failed.FirstProblemStep.Keyword, Is.EqualTo("Then "));
        Assert.That(failed.FirstProblemStep.ErrorMessage, Is.EqualTo("Expected p95 < 300 ms but was 412.0 ms"));
    }

    [Test]
    public void Load_EvidenceAttachment_BecomesEvidenceNotAnAttachment()
    {
        var scenario = LoadCatalogue().Scenarios.Single(s => s.Requirement.RequirementId == "REQ-LDN-VOICE-001");

        var evidence = scenario.Evidence.Single();
        Assert.That((evidence.Metric, evidence.Unit, evidence.Percentile, evidence.Limit, evidence.Value, evidence.Passed, evidence.Count),
            Is.EqualTo(("KPI1 access time", "ms", (double?)95, (double?)300, (double?)67.5, true, 100)));
        Assert.That(evidence.Samples, Is.EqualTo(SampleRuns.PttSamples));
        Assert.That(scenario.Steps.SelectMany(s => s.Attachments), Is.Empty);
        Assert.That(scenario.Description, Is.EqualTo("KPI1: the MCPTT access time is below 300 ms\nfor 95 % of at least 100 requests in surface coverage."));
    }

    [Test]
    public void Load_TextAttachment_IsKeptOnItsStep()
    {
        var scenario = LoadCatalogue().Scenarios.Single(s => s.Requirement.RequirementId == "REQ-LDN-EMERG-003");

        var attachment = scenario.Steps[^1].Attachments.Single();
        Assert.That((attachment.MediaType, attachment.FileName, attachment.IsBase64), Is.EqualTo(("text/plain", "exchange.txt", false)));
        Assert.That(attachment.Body, Does.Contain("CancelEmergency"));
    }

    [Test]
    public void Load_RequirementTags_AreRead()
    {
        var requirement = LoadCatalogue().Scenarios.First().Requirement;

        Assert.That(requirement, Is.EqualTo(new RequirementTags("REQ-LDN-VOICE-001", requirement.Agencies, "must", requirement.Sources, true)));
        Assert.That(requirement.Agencies, Is.EqualTo(new[] { "MPS", "LFB" }));
        Assert.That(requirement.Sources, Is.EqualTo(new[] { "3gpp-22.179-R-6.15.3.2-012" }));
    }

    [Test]
    public void Load_RunInfo_GivesTimesProfileAndTargetsWithoutSecrets()
    {
        var run = LoadCatalogue().Run;

        Assert.That(run.Profile, Is.EqualTo("reference"));
        Assert.That(run.Targets, Is.EqualTo(new Dictionary<string, string>
        {
            ["cad"] = "https://cad.las.example:8443/api?…",
            ["mcx"] = "http://127.0.0.1:5001/",
        }));
        Assert.That(run.StartedAt, Is.EqualTo(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero)));
        Assert.That(run.Duration, Is.GreaterThan(TimeSpan.Zero));
        Assert.That(run.Success, Is.False);
        Assert.That(run.Tool, Is.EqualTo("esn-test-builder 1.0.0"));
        Assert.That(run.Shards, Is.EqualTo(new[] { "run.ndjson" }));
    }

    [Test]
    public void Load_CckRetry_UsesTheLastAttempt()
    {
        var model = ReportModel.Load([Path.Combine(TestContext.CurrentContext.TestDirectory, "Cck", "retry.ndjson")]);

        var byName = model.Scenarios.ToDictionary(s => s.Name, s => s.Status);
        Assert.That(byName["Test cases that fail are retried if within the --retry limit"], Is.EqualTo(ScenarioStatus.Passed));
        Assert.That(byName["Test cases won't retry after failing more than the --retry limit"], Is.EqualTo(ScenarioStatus.Failed));
    }

    [Test]
    public void Load_CckExamplesTables_OnePicklePerRowWithTheRowLine()
    {
        var model = ReportModel.Load([Path.Combine(TestContext.CurrentContext.TestDirectory, "Cck", "examples-tables.ndjson")]);

        var lines = model.Scenarios.Select(s => s.Line).ToList();
        Assert.That(lines, Is.Unique);
        Assert.That(model.Scenarios.Count(), Is.GreaterThan(model.Features.Count));
    }

    [Test]
    public void Load_CckHooks_FailedStepFailsTheScenarioAndHooksStayOutWhenTheyPass()
    {
        var model = ReportModel.Load([Path.Combine(TestContext.CurrentContext.TestDirectory, "Cck", "hooks.ndjson")]);

        var failed = model.Scenarios.Single(s => s.Name == "No tags and a failed step");
        Assert.That(failed.Status, Is.EqualTo(ScenarioStatus.Failed));
        Assert.That(failed.FirstProblemStep!.IsHook, Is.False);
        Assert.That(model.Scenarios.SelectMany(s => s.Steps).Where(s => s.IsHook), Is.Empty);
    }

    [Test]
    public void Load_NoPaths_SaysSo()
    {
        var error = Assert.Throws<ReportInputException>(() => ReportModel.Load([]));

        Assert.That(error!.Message, Is.EqualTo("no NDJSON input given"));
    }
}
