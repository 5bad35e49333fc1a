using EsnHarness.Reporting.Tests.TestData;

namespace EsnHarness.Reporting.Tests;

/// <summary>Issue 15 item 6: a feature's capability comes from its folder, or, outside the capability folders, from its tag.</summary>
public class FeatureCapabilityTests
{
    private TempDirectory _dir = null!;

    [SetUp]
    public void SetUp() => _dir = new TempDirectory();

    [TearDown]
    public void TearDown() => _dir.Dispose();

    [TestCase("features/mine.feature", "@interop", "interop")]
    [TestCase("drafts/mine.feature", "@Interop", "interop")]
    [TestCase("features/voice/mine.feature", "@interop", "voice")]
    [TestCase("features/mine.feature", "@LAS", "other")]
    public void Load_FeatureWithTags_TakesTheFolderElseTheCapabilityTag(string uri, string tag, string expected)
    {
        var run = new RunBuilder();
        run.Feature(uri, "A requirement owner's first requirement", "", tag).Scenario("EOC hears the crew", "@REQ-LDN-LAS-901", "@LAS").Given("a step");

        var model = ReportModel.Load([run.WriteTo(_dir.File("run.ndjson"))]);

        Assert.That(model.Features.Single().Capability, Is.EqualTo(expected));
    }
}
