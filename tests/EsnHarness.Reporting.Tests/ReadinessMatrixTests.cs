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
}
