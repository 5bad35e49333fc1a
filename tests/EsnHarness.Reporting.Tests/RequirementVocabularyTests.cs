using EsnHarness.Reporting.Tests.TestData;

namespace EsnHarness.Reporting.Tests;

/// <summary>The reporting vocabulary comes from esn.json: which tags are agencies, priorities and sources, and how the
/// readiness matrix orders and counts them.</summary>
public class RequirementVocabularyTests
{
    private static readonly RequirementVocabulary Underground = RequirementVocabulary.Default with
    {
        Agencies = ["BTP", "MPS"],
        Priorities = ["blocker", "wanted"],
        Capabilities = ["emergency", "voice"],
    };

    [Test]
    public void FromTags_OtherVocabulary_ItsAgenciesInItsOrderAndItsPriorities()
    {
        var tags = RequirementTags.FromTags(["@MPS", "@LAS", "@BTP", "@blocker", "@must"], Underground);

        Assert.Multiple(() =>
        {
            Assert.That(tags.Agencies, Is.EqualTo(new[] { "BTP", "MPS" }), "LAS is not an agency of this vocabulary");
            Assert.That(tags.Priority, Is.EqualTo("blocker"));
        });
    }

    [Test]
    public void ReadinessMatrix_OtherVocabulary_RowsColumnsAndBlockingPriorityAreItsOwn()
    {
        var run = new RunBuilder();
        var voice = run.Feature("features/voice/calls.feature", "Calls");
        voice.Scenario("Call on the Bank branch", "@REQ-LDN-VOICE-101", "@BTP", "@blocker").Given("a call");
        voice.Scenario("Call at Lambeth", "@REQ-LDN-VOICE-102", "@MPS", "@must").Given("a call");
        var emergency = run.Feature("features/emergency/alerts.feature", "Alerts");
        emergency.Scenario("Alert in a tunnel", "@REQ-LDN-EMERG-101", "@BTP", "@MPS", "@blocker").Given("an alert", ScenarioStatus.Failed, "lost");

        var matrix = ReadinessMatrix.From(ReportModel.FromEnvelopes(run.Build(), vocabulary: Underground));

        Assert.Multiple(() =>
        {
            Assert.That(matrix.Agencies, Is.EqualTo(new[] { "BTP", "MPS" }));
            Assert.That(matrix.Capabilities, Is.EqualTo(new[] { "emergency", "voice" }), "the vocabulary's order, not the run's");
            Assert.That((matrix["BTP", "voice"].Passing, matrix["BTP", "emergency"].Failing), Is.EqualTo((1, 1)));
            Assert.That(matrix["MPS", "voice"].Passing, Is.EqualTo(0), "@must blocks nothing in this vocabulary");
        });
    }

    [Test]
    public void ReadinessMatrix_DefaultVocabulary_LeavesOutAgenciesNoScenarioNames()
    {
        var matrix = ReadinessMatrix.From(ReportModel.FromEnvelopes(SampleRuns.Catalogue().Build()));

        Assert.That(matrix.Agencies, Is.EqualTo(new[] { "MPS", "LFB", "LAS" }), "BTP and COLP have no requirement in the run");
    }
}
