using EsnHarness.Reporting.Tests.TestData;

namespace EsnHarness.Reporting.Tests;

public class ReadinessMatrixTests
{
    [Test]
    public void From_Catalogue_CountsMustRequirementsPerAgencyAndCapability()
    {
        var matrix = ReadinessMatrix.From(ReportModel.FromEnvelopes(SampleRuns.Catalogue().Build()));

        Assert.That(matrix.Capabilities, Is.EqualTo(new[] { "voice", "emergency" }));
        var counts = matrix.Cells.ToDictionary(c => $"{c.Agency} {c.Capability}", c => (c.Passing, c.Failing, c.NotRun));
        Assert.That(counts, Is.EqualTo(new Dictionary<string, (int, int, int)>
        {
            ["MPS voice"] = (1, 1, 1),
            ["LFB voice"] = (1, 0, 1),
            ["LAS voice"] = (0, 1, 0),
            ["MPS emergency"] = (1, 0, 0),
            ["LFB emergency"] = (0, 0, 0),
            ["LAS emergency"] = (1, 1, 0),
        }));
    }

    [Test]
    public void From_OutlineRowsOfOneRequirement_CountOnceAndFailIfAnyRowFails()
    {
        var run = new RunBuilder();
        var feature = run.Feature("features/data/status.feature", "Status messages");
        feature.Scenario("Status 1", "@REQ-LDN-DATA-001", "@LFB", "@must").Given("status 1 is sent");
        feature.Scenario("Status 2", "@REQ-LDN-DATA-001", "@LFB", "@must").Given("status 2 is sent", ScenarioStatus.Failed, "lost");

        var cell = ReadinessMatrix.From(ReportModel.FromEnvelopes(run.Build()))["LFB", "data"];

        Assert.That((cell.Passing, cell.Failing, cell.NotRun), Is.EqualTo((0, 1, 0)));
    }

    private const string TookPart = "application/vnd.esn.participants+json";

    [Test]
    public void From_PassTaggedForAgenciesThatDidNotTakePart_CreditsOnlyTheAgencyThatDid()
    {
        var run = new RunBuilder();
        var feature = run.Feature("features/voice/floor.feature", "Floor control");
        feature.Scenario("Queued", "@REQ-LDN-VOICE-011", "@MPS", "@LFB", "@LAS", "@must")
            .Given("a second talker is queued")
            .Attach("{\"agencies\":[\"LFB\"],\"by\":[{\"agency\":\"LFB\",\"what\":\"FF Jones (Terminal)\"}]}", TookPart, "participants.json");

        var matrix = ReadinessMatrix.From(ReportModel.FromEnvelopes(run.Build()));

        Assert.Multiple(() =>
        {
            Assert.That(Counts(matrix["LFB", "voice"]), Is.EqualTo((1, 0, 0)));
            Assert.That(Counts(matrix["MPS", "voice"]), Is.EqualTo((0, 0, 1)), "MPS's terminals never ran it: not evidence for MPS");
            Assert.That(Counts(matrix["LAS", "voice"]), Is.EqualTo((0, 0, 1)));
        });
    }

    [Test]
    public void From_OneExamplesRowPerAgency_EachAgencyJudgedByItsOwnRow()
    {
        var run = new RunBuilder();
        var feature = run.Feature("features/voice/calls.feature", "Group calls");
        feature.Scenario("Call (MPS)", "@REQ-LDN-VOICE-001", "@MPS", "@must").Given("a call").Attach("{\"agencies\":[\"MPS\"]}", TookPart);
        feature.Scenario("Call (LAS)", "@REQ-LDN-VOICE-001", "@LAS", "@must").Given("a call", ScenarioStatus.Failed, "nobody heard")
            .Attach("{\"agencies\":[\"LAS\"]}", TookPart);

        var matrix = ReadinessMatrix.From(ReportModel.FromEnvelopes(run.Build()));

        Assert.Multiple(() =>
        {
            Assert.That(Counts(matrix["MPS", "voice"]), Is.EqualTo((1, 0, 0)), "MPS's own row passed");
            Assert.That(Counts(matrix["LAS", "voice"]), Is.EqualTo((0, 1, 0)), "LAS's own row failed");
        });
    }

    [Test]
    public void From_FailureBeforeAnAgencyTookPart_StillFailsForEveryTaggedAgency()
    {
        var run = new RunBuilder();
        var feature = run.Feature("features/voice/calls.feature", "Group calls");
        feature.Scenario("Call", "@REQ-LDN-VOICE-002", "@MPS", "@LFB", "@must").Given("a call", ScenarioStatus.Failed, "log-on refused")
            .Attach("{\"agencies\":[]}", TookPart);

        var matrix = ReadinessMatrix.From(ReportModel.FromEnvelopes(run.Build()));

        Assert.That(new[] { Counts(matrix["MPS", "voice"]), Counts(matrix["LFB", "voice"]) }, Is.All.EqualTo((0, 1, 0)));
    }

    private static (int Passing, int Failing, int NotRun) Counts(ReadinessCell cell) => (cell.Passing, cell.Failing, cell.NotRun);
}
